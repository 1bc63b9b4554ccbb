// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-cli: everything the desktop application does with registers, from a terminal or a script.
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <map>

namespace {

struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(vanthu::cli::Main)
};

QString overview()
{
    return MainText::tr(
        "Usage: vanthu-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  init                      create a workspace for an agency\n"
        "  series list|add           show or add numbering series\n"
        "  register incoming         register a received document (số đến)\n"
        "  register outgoing         register an issued document and give its number\n"
        "  list incoming|outgoing    list a register, newest first\n"
        "  show ID                   show one document\n"
        "  audit verify              verify the hash-chained audit trail\n"
        "\n"
        "Global options: --workspace FOLDER, --json, --actor NAME, --lang vi|en.\n"
        "\"vanthu-cli COMMAND --help\" lists the options of a command.\n");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vanthu-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VANTHU_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    vanthu::installTranslations(vanthu::languageFromArguments(arguments));

    const QStringList words = vanthu::cli::CliContext::commandWords(arguments.mid(1));
    const QString command = words.value(0);
    if (command.isEmpty() || command == QLatin1String("help")) {
        QTextStream(stdout) << overview();
        return command.isEmpty() && !arguments.contains(QStringLiteral("--help")) ? vanthu::cli::ExitUsage
                                                                                   : vanthu::cli::ExitOk;
    }
    const std::map<QString, std::function<int(vanthu::cli::CliContext&)>> commands{
        {QStringLiteral("init"), vanthu::cli::runInit},     {QStringLiteral("series"), vanthu::cli::runSeries},
        {QStringLiteral("register"), vanthu::cli::runRegister}, {QStringLiteral("list"), vanthu::cli::runList},
        {QStringLiteral("show"), vanthu::cli::runShow},     {QStringLiteral("audit"), vanthu::cli::runAudit},
    };
    const auto found = commands.find(command);
    vanthu::cli::CliContext context(command, words.value(1), arguments);
    if (found == commands.end()) {
        QTextStream(stderr) << MainText::tr("vanthu-cli: unknown command \"%1\".").arg(command) << '\n'
                            << overview();
        return vanthu::cli::ExitUsage;
    }
    return found->second(context);
}
