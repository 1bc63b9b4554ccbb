// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-cli: everything the desktop application does with registers, from a terminal or a script.
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/GuiModule.h"
#include "app/cli/PageDrawing.h"
#include "common/LargePageHeap.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <functional>
#include <map>
#include <memory>

#include <unistd.h>

namespace
{

struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(MainText)
};

QString overview()
{
    return MainText::tr("Usage: vanthu-cli COMMAND [options]\n"
                        "\n"
                        "Commands:\n"
                        "  init                      create a workspace for an agency\n"
                        "  series list|add           show or add numbering series\n"
                        "  register incoming         register a received document (số đến)\n"
                        "  register outgoing         register an issued document and give its number\n"
                        "  draft add --pdf FILE ...  add a draft of an outgoing document (no number yet)\n"
                        "  draft list                the outgoing documents waiting to be issued\n"
                        "  sign --document ID ...    the leader signs a draft's current version in the workspace\n"
                        "  issue (--signed FILE | --document ID) --seal PNG (--p12 FILE | --pkcs11 ...)\n"
                        "                            check the leader's signature, number, date and seal a\n"
                        "                            document, and register it (as the window's Issue)\n"
                        "  list incoming|outgoing    list a register, newest first\n"
                        "  show ID                   show one document\n"
                        "  correct ID --field F --value V --reason R\n"
                        "                            correct a field of an entry (the history keeps both)\n"
                        "  void ID --reason R        void a number given by mistake (never given again)\n"
                        "  attach ID --pdf FILE --reason R [--replaces N]\n"
                        "                            add a file later, as a new version (nothing is replaced)\n"
                        "  history ID                every change of one document\n"
                        "  recheck ID [--offline]    check a document's signatures again and store the report\n"
                        "  reports ID                the stored checks of a document's signatures\n"
                        "  search WORDS              full-text search, with or without diacritics\n"
                        "  audit verify              verify the hash-chained audit trail\n"
                        "  backup --out FOLDER       back up the workspace while others keep working\n"
                        "  restore FOLDER            check a backup and restore it (--verify-only: check only)\n"
                        "  export-register incoming|outgoing --out FILE\n"
                        "                            print a register to PDF, or export it to CSV or XLSX\n"
                        "  sign --in FILE --out FILE (--p12 FILE | --pkcs11 MODULE --token LABEL --key ID)\n"
                        "                            sign a PDF as PAdES; --out-dir FOLDER FILE... for a batch\n"
                        "  tokens --pkcs11 MODULE    list the tokens and the certificates on them\n"
                        "  verify FILE               check the signatures of a PDF (--trust-anchor, --json)\n"
                        "  ltv --in FILE --out FILE  add validation data (B-LT) and, with --tsa, a document\n"
                        "                            timestamp (B-LTA) to a signed PDF\n"
                        "  trust list|add|remove     the certification authorities trusted by verify\n"
                        "  demo                      create a demo workspace of Hà Nội agencies\n"
                        "\n"
                        "Global options: --workspace FOLDER, --json, --actor NAME, --lang vi|en.\n"
                        "\"vanthu-cli COMMAND --help\" lists the options of a command.\n");
}

// Commands that paint PDFs need Qt Gui's font machinery; it runs on the offscreen platform, without a display.
// Signing needs them only for visible appearances; an invisible signature starts faster without Qt Gui.
bool needsGui(const QString& command, const QStringList& arguments)
{
    if (command == QLatin1String("sign")) {
        // A version in the workspace is signed with the leader's appearance unless told otherwise.
        bool visible = arguments.contains(QStringLiteral("--document"));
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QString& argument = arguments[i];
            if (argument.startsWith(QLatin1String("--appearance="))) {
                return argument != QLatin1String("--appearance=none");
            }
            if (argument == QLatin1String("--appearance")) {
                return arguments.value(i + 1) != QLatin1String("none");
            }
            visible = visible || argument.startsWith(QLatin1String("--document="));
        }
        return visible;
    }
    return command == QLatin1String("demo") || command == QLatin1String("export-register")
           || command == QLatin1String("issue");
}

QStringList rawArguments(int argc, char* argv[])
{
    QStringList arguments;
    for (int index = 0; index < argc; ++index) {
        arguments.append(QString::fromLocal8Bit(argv[index]));
    }
    return arguments;
}

} // namespace

int main(int argc, char* argv[])
{
    const QStringList raw = rawArguments(argc, argv);
    const QString firstCommand = vanthu::cli::CliContext::commandWords(raw.mid(1)).value(0);
    if (firstCommand == QLatin1String("verify")) {
        vanthu::reserveLargePageHeap(std::size_t{64} << 20);
    }
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(firstCommand, raw)) {
        auto gui = vanthu::cli::createGuiApplication(argc, argv);
        if (!gui) {
            QTextStream(stderr) << gui.error().message << '\n';
            return vanthu::cli::exitCodeFor(gui.error().code);
        }
        application = std::move(*gui);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
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
        {QStringLiteral("init"), vanthu::cli::runInit},
        {QStringLiteral("series"), vanthu::cli::runSeries},
        {QStringLiteral("register"), vanthu::cli::runRegister},
        {QStringLiteral("correct"), vanthu::cli::runCorrect},
        {QStringLiteral("void"), vanthu::cli::runVoid},
        {QStringLiteral("issue"), vanthu::cli::runIssue},
        {QStringLiteral("draft"), vanthu::cli::runDraft},
        {QStringLiteral("attach"), vanthu::cli::runAttach},
        {QStringLiteral("history"), vanthu::cli::runHistory},
        {QStringLiteral("recheck"), vanthu::cli::runRecheck},
        {QStringLiteral("reports"), vanthu::cli::runReports},
        {QStringLiteral("backup"), vanthu::cli::runBackup},
        {QStringLiteral("restore"), vanthu::cli::runRestore},
        {QStringLiteral("list"), vanthu::cli::runList},
        {QStringLiteral("show"), vanthu::cli::runShow},
        {QStringLiteral("audit"), vanthu::cli::runAudit},
        {QStringLiteral("export-register"),
         [](vanthu::cli::CliContext& context) {
             return vanthu::cli::runGuiCommand(QStringLiteral("export-register"), context);
         }},
        {QStringLiteral("demo"), vanthu::cli::runDemo},
        {QStringLiteral("search"), vanthu::cli::runSearch},
        {QStringLiteral("sign"), vanthu::cli::runSign},
        {QStringLiteral("tokens"), vanthu::cli::runTokens},
        {QStringLiteral("verify"), vanthu::cli::runVerify},
        {QStringLiteral("ltv"), vanthu::cli::runLtv},
        {QStringLiteral("trust"), vanthu::cli::runTrust},
        // Hidden: the child process that draws pages for verify --visual (PageDrawing.h).
        {QStringLiteral("render-pages"), vanthu::cli::runRenderPages},
    };
    const auto found = commands.find(command);
    vanthu::cli::CliContext context(command, words.value(1), arguments);
    if (found == commands.end()) {
        QTextStream(stderr) << MainText::tr("vanthu-cli: unknown command \"%1\".").arg(command) << '\n' << overview();
        return vanthu::cli::ExitUsage;
    }
    return found->second(context);
}
