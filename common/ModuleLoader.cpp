// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ModuleLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <dlfcn.h>
#include <map>
#include <mutex>

namespace vanthu
{
namespace
{

struct ModuleLoaderText
{
    Q_DECLARE_TR_FUNCTIONS(ModuleLoaderText)
};

QString runningProgram()
{
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
}

QStringList candidateFolders()
{
    QStringList folders;
    if (qEnvironmentVariableIsSet("VANTHU_MODULE_DIR")) {
        folders << qEnvironmentVariable("VANTHU_MODULE_DIR");
    }
    const QString program = runningProgram();
    const QString programFolder = QFileInfo(program).absolutePath();
    folders << QDir(programFolder).filePath(QStringLiteral(VANTHU_INSTALLED_MODULE_RELATIVE));
    // A build-tree path compiled into the binary is searched only by programs of that build tree, so an installed
    // program never loads code from a folder that happens to exist under the same name on another machine.
    const QString buildRoot = QStringLiteral(VANTHU_BUILD_ROOT) + QLatin1Char('/');
    if (program.startsWith(buildRoot)) {
        folders << QStringLiteral(VANTHU_BUILD_MODULE_DIR);
    }
    return folders;
}

} // namespace

Result<void*> loadModuleSymbol(const QString& moduleFile, const char* symbol)
{
    static std::mutex mutex;
    static std::map<QString, void*> handles;
    const std::lock_guard lock(mutex);
    void* handle = nullptr;
    if (const auto loaded = handles.find(moduleFile); loaded != handles.end()) {
        handle = loaded->second;
    } else {
        QString failures;
        for (const QString& folder : candidateFolders()) {
            const QString path = QDir(folder).filePath(moduleFile);
            if (!QFile::exists(path)) {
                continue;
            }
            handle = ::dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
            if (handle != nullptr) {
                break;
            }
            failures += QString::fromLocal8Bit(::dlerror()) + QLatin1Char(' ');
        }
        if (handle == nullptr) {
            return Error{
                ErrorCode::Unsupported,
                ModuleLoaderText::tr("A part of VanThu (%1) is missing or damaged. Reinstall VanThu.").arg(moduleFile),
                failures.isEmpty() ? QStringLiteral("not found in %1").arg(candidateFolders().join(u':')) : failures};
        }
        handles.emplace(moduleFile, handle);
    }
    void* address = ::dlsym(handle, symbol);
    if (address == nullptr) {
        return Error{
            ErrorCode::Unsupported,
            ModuleLoaderText::tr("A part of VanThu (%1) is missing or damaged. Reinstall VanThu.").arg(moduleFile),
            QStringLiteral("no symbol %1").arg(QString::fromLatin1(symbol))};
    }
    return address;
}

bool moduleInstalled(const QString& moduleFile)
{
    const QStringList folders = candidateFolders();
    return std::any_of(folders.begin(), folders.end(), [&moduleFile](const QString& folder) {
        return QFile::exists(QDir(folder).filePath(moduleFile));
    });
}

} // namespace vanthu
