// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for the desktop windows: a QApplication on the offscreen platform (or Xvfb when QT_QPA_PLATFORM says so).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "tests/support/QtTestEnvironment.h"
#include "translations/Translations.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    vanthu::test::prepareQtEnvironment();
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VanThuTests"));
    // Each test process keeps its own preferences: tests run in parallel and remember window layouts and settings.
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    vanthu::installTranslations(vanthu::languageFromArguments(QApplication::arguments()));
    return Catch::Session().run(argc, argv);
}
