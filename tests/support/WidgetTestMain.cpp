// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for the desktop windows: a QApplication on the offscreen platform (or Xvfb when QT_QPA_PLATFORM says so).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "translations/Translations.h"

#include <QApplication>
#include <QDir>

#include <unistd.h>

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/vanthu-test-runtime-%1").arg(getuid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VanThuTests"));
    vanthu::installTranslations(vanthu::languageFromArguments(QApplication::arguments()));
    return Catch::Session().run(argc, argv);
}
