// SPDX-License-Identifier: GPL-3.0-or-later
// The entry points of vanthu-cli-gui.so (see GuiModule.h).
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/GuiModuleEntries.h"
#include "render/QtAppearanceRenderer.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

#define VANTHU_EXPORT extern "C" __attribute__((visibility("default")))

VANTHU_EXPORT QCoreApplication* vanthu_cli_create_gui_application(int& argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        // Qt Gui wants a private runtime folder; root shells often have none.
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/vanthu-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(runtime));
        QFile::setPermissions(QString::fromLocal8Bit(runtime),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    return new QGuiApplication(argc, argv);
}

// "export-register" is the only command the module runs; `demo` runs the demo module (demo/api/DemoModule.h).
VANTHU_EXPORT int vanthu_cli_run_gui_command(const QString& /*command*/, vanthu::cli::CliContext& context)
{
    return vanthu::cli::runExport(context);
}

VANTHU_EXPORT const vanthu::signing::AppearanceRenderer* vanthu_cli_appearance_renderer()
{
    static const vanthu::render::QtAppearanceRenderer renderer;
    return &renderer;
}
