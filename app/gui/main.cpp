// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu: the desktop application.
#include "app/gui/MainWindow.h"
#include "core/Workspace.h"
#include "translations/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

#include <sys/resource.h>

int main(int argc, char* argv[])
{
    // No core dumps: a dump could hold document text or, later, key material (KeePassXC does the same).
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VanThu"));
    QApplication::setApplicationName(QStringLiteral("VanThu"));
    QApplication::setApplicationVersion(QStringLiteral(VANTHU_VERSION));
    vanthu::installTranslations(vanthu::languageFromArguments(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "VanThu – official documents and registers"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption({QStringLiteral("w"), QStringLiteral("workspace")},
                                             QApplication::translate("main", "Workspace folder to open."),
                                             QApplication::translate("main", "folder"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QApplication::translate("main", "Language: vi (default) or en."),
                                            QStringLiteral("vi|en"));
    parser.addOptions({workspaceOption, languageOption});
    parser.process(application);

    QString folder = parser.value(workspaceOption);
    if (folder.isEmpty()) {
        folder = qEnvironmentVariable("VANTHU_WORKSPACE");
    }
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace");
    }
    vanthu::core::WorkspaceOptions options;
    options.actor = qEnvironmentVariable("USER", QStringLiteral("desktop"));
    auto workspace = vanthu::core::Workspace::open(folder, options);
    if (!workspace) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "VanThu"), workspace.error().message);
        return 1;
    }
    vanthu::gui::MainWindow window(**workspace);
    window.show();
    return QApplication::exec();
}
