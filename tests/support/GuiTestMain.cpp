// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for suites that paint (PDF rendering): a QGuiApplication on the offscreen platform, no display needed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QDir>
#include <QGuiApplication>

#include <unistd.h>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/vanthu-test-runtime-%1").arg(getuid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
    QGuiApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
