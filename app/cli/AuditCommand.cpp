// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/audit/AuditService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct AuditCommandText
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommandText)
};

} // namespace

int runAudit(CliContext& context)
{
    QCommandLineParser parser;
    if (auto exit = context.parse(parser, AuditCommandText::tr("Verify the hash-chained audit trail."),
                                  QStringLiteral("verify"))) {
        return *exit;
    }
    if (context.action() != QLatin1String("verify")) {
        return context.usage(AuditCommandText::tr("The only audit action is \"verify\"."));
    }
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto report = core::AuditService(**workspace).verify();
    if (!report) {
        return context.fail(report.error());
    }
    if (context.json()) {
        QJsonArray problems;
        for (const core::AuditProblem& problem : report->problems) {
            problems.append(QJsonObject{{QStringLiteral("kind"), core::auditProblemKey(problem.kind)},
                                        {QStringLiteral("seq"), problem.seq},
                                        {QStringLiteral("message"), problem.message}});
        }
        context.printJson(QJsonObject{{QStringLiteral("intact"), report->intact()},
                                      {QStringLiteral("entries"), report->entriesChecked},
                                      {QStringLiteral("problems"), problems}});
    } else if (report->intact()) {
        context.printLine(AuditCommandText::tr("The audit trail is intact: %n entries verified.", "",
                                               static_cast<int>(report->entriesChecked)));
    } else {
        context.printLine(AuditCommandText::tr("THE AUDIT TRAIL HAS BEEN TAMPERED WITH:"));
        for (const core::AuditProblem& problem : report->problems) {
            context.printLine(QStringLiteral("  - ") + problem.message);
        }
    }
    return report->intact() ? ExitOk : ExitIntegrity;
}

} // namespace vanthu::cli
