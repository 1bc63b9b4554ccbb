// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "demo/api/DemoModule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace vanthu::cli
{
namespace
{

struct DemoCommandText
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommandText)
};

} // namespace

int runDemo(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("count"), DemoCommandText::tr("Number of documents (default 300)."),
                                   DemoCommandText::tr("n"), QStringLiteral("300"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  DemoCommandText::tr("Random seed; the same seed gives the same "
                                                      "workspace."),
                                  DemoCommandText::tr("n"), QStringLiteral("20200305"));
    parser.addOptions({count, seed});
    if (auto exit =
            context.parse(parser, DemoCommandText::tr("Create a demo workspace of Hà Nội agencies."), QString())) {
        return *exit;
    }
    bool countOk = false;
    demo::DemoOptions options;
    options.documentCount = parser.value(count).toInt(&countOk);
    options.seed = parser.value(seed).toUInt();
    if (!countOk || options.documentCount < 1 || options.documentCount > 100000) {
        return context.usage(DemoCommandText::tr("--count must be a number from 1 to 100000."));
    }
    const bool showProgress = !context.json();
    options.progress = [showProgress](int done, int total) {
        if (showProgress && (done % 50 == 0 || done == total)) {
            QTextStream(stderr) << DemoCommandText::tr("%1 of %2 documents").arg(done).arg(total) << '\n';
        }
        return true;
    };
    // The demo is a module of its own (demo/api/DemoModule.h): a production installation says it is not installed.
    auto installed = demo::demoModule();
    if (!installed) {
        return context.fail(installed.error());
    }
    auto summary = (*installed)->createWorkspace(context.workspacePath(), options);
    if (!summary) {
        return context.fail(summary.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("workspace"), summary->directory},
                                      {QStringLiteral("incoming"), summary->incoming},
                                      {QStringLiteral("outgoing"), summary->outgoing}});
    } else {
        context.printLine(DemoCommandText::tr("Demo workspace created in %1: %2 incoming and %3 outgoing documents.")
                              .arg(summary->directory)
                              .arg(summary->incoming)
                              .arg(summary->outgoing));
    }
    return ExitOk;
}

} // namespace vanthu::cli
