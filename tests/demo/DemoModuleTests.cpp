// SPDX-License-Identifier: GPL-3.0-or-later
// The demo is a module of its own, vanthu-demo.so (decision 62): `vanthu-cli demo` creates the demo workspace through
// it, an installation without it says that the demo is not installed, the window takes the demo signing defaults
// from it only where it is installed, and neither front end carries the demo's own code.
#include "tests/support/CliRunner.h"
#include "tests/support/oracles/ToolRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>

using vanthu::test::runCli;

namespace
{

const QString DemoModuleFile = QStringLiteral(VANTHU_DEMO_MODULE);

/**
 * A program copied out of the build tree with a module folder of its own, as an installation has them: a program of
 * the build tree would also find the build tree's modules, the demo among them. The folder holds the modules every
 * installation has and, when @p withDemo, the demo module.
 */
class Installation
{
public:
    explicit Installation(bool withDemo)
    {
        REQUIRE(m_root.isValid());
        REQUIRE(QDir().mkpath(modules()));
        // Programs go into bin/, so the folder an installed program also looks in (../lib/…/vanthu) is inside too.
        REQUIRE(QDir().mkpath(path(QStringLiteral("bin"))));
        QStringList installed{QStringLiteral(VANTHU_CLI_GUI_MODULE), QStringLiteral(VANTHU_POPPLER_MODULE)};
        if (withDemo) {
            installed.append(DemoModuleFile);
        }
        for (const QString& module : installed) {
            REQUIRE(QFile::link(module, QDir(modules()).filePath(QFileInfo(module).fileName())));
        }
    }

    [[nodiscard]] QString modules() const
    {
        return m_root.filePath(QStringLiteral("modules"));
    }

    /** Runs a copy of @p program with @p arguments and this installation's module folder. */
    vanthu::test::CliResult run(const QString& program, const QStringList& arguments,
                                QProcessEnvironment environment = QProcessEnvironment::systemEnvironment()) const
    {
        const QString copy = path(QStringLiteral("bin/") + QFileInfo(program).fileName());
        if (!QFileInfo::exists(copy)) {
            REQUIRE(QFile::copy(program, copy));
        }
        environment.insert(QStringLiteral("VANTHU_MODULE_DIR"), modules());
        return vanthu::test::runProgram(copy, arguments, environment);
    }

    [[nodiscard]] QString path(const QString& name) const
    {
        return m_root.filePath(name);
    }

private:
    QTemporaryDir m_root;
};

QStringList demoArguments(const QString& workspace, int count)
{
    return {QStringLiteral("--workspace"), workspace,
            QStringLiteral("demo"),        QStringLiteral("--count"),
            QString::number(count),        QStringLiteral("--json")};
}

/**
 * The lines of `nm -C` on @p binary that name the demo's own code: what the demo module is made of (demo/, not
 * demo/api), defined there or referenced.
 */
QStringList demoCodeIn(const QString& binary)
{
    const vanthu::test::ToolRun nm = vanthu::test::runTool(QStringLiteral("nm"), {QStringLiteral("-C"), binary});
    INFO(nm.describe().toStdString());
    REQUIRE(nm.succeeded());
    QStringList found;
    for (const QString& line : QString::fromUtf8(nm.standardOutput).split(QLatin1Char('\n'))) {
        for (const char* name : {"vanthu::demo::generateDemoWorkspace(", "vanthu::demo::createDemoPki(",
                                 "vanthu::demo::demoPkiOf(", "vanthu::demo::DemoCatalogue::"}) {
            if (line.contains(QLatin1String(name))) {
                found.append(line.trimmed());
                break;
            }
        }
    }
    return found;
}

} // namespace

TEST_CASE("vanthu-cli demo creates the demo workspace through the demo module", "[cli][demo]")
{
    QTemporaryDir directory;
    const QString workspace = directory.filePath(QStringLiteral("demo"));
    // The program of the build tree, which finds the demo module in the build tree's module folder.
    const auto created = runCli(
        workspace, {QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("12"), QStringLiteral("--json")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.json().value(QStringLiteral("incoming")).toInt()
              + created.json().value(QStringLiteral("outgoing")).toInt()
          == 12);
    CHECK(QFileInfo::exists(workspace + QStringLiteral("/demo-pki/lanh-dao-demo.p12")));
    const auto listed = runCli(workspace, {QStringLiteral("list"), QStringLiteral("incoming")});
    CHECK(listed.exitCode == 0);
    CHECK(runCli(workspace, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);
}

TEST_CASE("an installation without the demo module says the demo is not installed, one with it creates the demo",
          "[cli][demo]")
{
    const Installation production(false);
    QStringList inEnglish = demoArguments(production.path(QStringLiteral("ws")), 5);
    inEnglish << QStringLiteral("--lang") << QStringLiteral("en");
    const auto refused = production.run(QStringLiteral(VANTHU_CLI), inEnglish);
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 10); // Unsupported, as for every part of the environment VanThu lacks
    CHECK(refused.out.contains(QLatin1String("The demo is not installed")));
    CHECK(refused.out.contains(QLatin1String("vanthu-demo")));
    CHECK_FALSE(QFileInfo::exists(production.path(QStringLiteral("ws/vanthu.db"))));
    // Vietnamese by default, like every message.
    QStringList inVietnamese = demoArguments(production.path(QStringLiteral("ws")), 5);
    inVietnamese.removeAll(QStringLiteral("--json"));
    const auto vietnamese = production.run(QStringLiteral(VANTHU_CLI), inVietnamese);
    CHECK(vietnamese.exitCode == 10);
    CHECK(vietnamese.err.contains(QLatin1String("vanthu-demo")));
    CHECK_FALSE(vietnamese.err.contains(QLatin1String("The demo is not installed")));
    // The help of the command needs no module.
    CHECK(production.run(QStringLiteral(VANTHU_CLI), {QStringLiteral("demo"), QStringLiteral("--help")}).exitCode == 0);

    // The same copied program, with the demo module in its module folder.
    const Installation withDemo(true);
    const auto created =
        withDemo.run(QStringLiteral(VANTHU_CLI), demoArguments(withDemo.path(QStringLiteral("ws")), 5));
    INFO(created.err.toStdString());
    CHECK(created.exitCode == 0);
    CHECK(QFileInfo::exists(withDemo.path(QStringLiteral("ws/demo-pki/co-quan-demo.p12"))));
}

TEST_CASE("only the demo module carries the demo's code, the command line and its Qt Gui module do not", "[cli][demo]")
{
    // The check finds what it looks for where it is.
    CHECK(demoCodeIn(DemoModuleFile).size() >= 3);
    for (const QString& binary : {QStringLiteral(VANTHU_CLI), QStringLiteral(VANTHU_CLI_GUI_MODULE)}) {
        INFO(binary.toStdString());
        CHECK(demoCodeIn(binary) == QStringList());
    }
}

#ifdef VANTHU_WINDOW
TEST_CASE("the window carries none of the demo's code and takes the demo signing defaults from the module only",
          "[gui][demo]")
{
    for (const QString& binary : {QStringLiteral(VANTHU_WINDOW), QStringLiteral(VANTHU_GUI_LIBRARY)}) {
        INFO(binary.toStdString());
        CHECK(demoCodeIn(binary) == QStringList());
    }

    QTemporaryDir directory;
    const QString workspace = directory.filePath(QStringLiteral("demo"));
    REQUIRE(runCli(workspace, {QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("4")}).exitCode == 0);
    for (const bool withDemo : {true, false}) {
        INFO((withDemo ? "with the demo module" : "without the demo module"));
        const Installation installation(withDemo);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("VANTHU_EXIT_WHEN_READY"), QStringLiteral("1"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), installation.path(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), installation.path(QStringLiteral("data")));
        const auto window =
            installation.run(QStringLiteral(VANTHU_WINDOW), {QStringLiteral("--workspace"), workspace}, environment);
        INFO(window.err.toStdString());
        REQUIRE(window.exitCode == 0);
        CHECK(window.out.contains(QLatin1String("ready")));
        const QSettings settings(installation.path(QStringLiteral("config/VanThu/VanThu.conf")), QSettings::IniFormat);
        const QString leaderKey = settings.value(QStringLiteral("signing/certificate/pkcs12Path")).toString();
        if (withDemo) {
            CHECK(leaderKey == workspace + QStringLiteral("/demo-pki/lanh-dao-demo.p12"));
        } else {
            CHECK(leaderKey.isEmpty());
        }
    }
}
#endif
