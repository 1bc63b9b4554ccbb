// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for suites that paint (PDF rendering): a QGuiApplication on the offscreen platform, no display needed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "tests/support/QtTestEnvironment.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    vanthu::test::prepareQtEnvironment();
    QGuiApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
