// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for suites that need only Qt Core (the headless build runs these).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
