// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-cli recheck and reports: stored checks of a registered document's signatures (issues 12 and 13).
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "common/IsoTime.h"
#include "common/VietnamTime.h"
#include "core/registers/VerificationService.h"
#include "signing/verify/ReportText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct VerificationCommandText
{
    Q_DECLARE_TR_FUNCTIONS(VerificationCommandText)
};

/** One stored report in the clerk's words: when, by whom, online or offline, what it found. */
QString reportLine(const core::VerificationRecord& record)
{
    return QStringLiteral("%1  %2  %3  %4 (%5)")
        .arg(vietnamIsoTimestamp(record.checkedAt), record.checkedBy,
             record.online ? VerificationCommandText::tr("online") : VerificationCommandText::tr("offline"),
             core::signatureStatusName(record.status), record.verdict);
}

QJsonObject reportJson(const core::VerificationRecord& record, bool withReport)
{
    QJsonObject json{{QStringLiteral("id"), record.id},
                     {QStringLiteral("version"), record.versionId},
                     {QStringLiteral("checkedAt"), isoUtcTimestamp(record.checkedAt)},
                     {QStringLiteral("checkedBy"), record.checkedBy},
                     {QStringLiteral("online"), record.online},
                     {QStringLiteral("status"), core::signatureStatusKey(record.status)},
                     {QStringLiteral("verdict"), record.verdict}};
    if (withReport) {
        json.insert(QStringLiteral("report"), QJsonDocument::fromJson(record.reportJson).object());
    }
    return json;
}

} // namespace

int runRecheck(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption offline(
        QStringLiteral("offline"),
        VerificationCommandText::tr("Do not ask the certification authorities about revocation: the stored report then "
                                    "says \"revocation not yet checked\" unless the document holds the answers."));
    parser.addOption(offline);
    if (auto exit = context.parse(
            parser,
            VerificationCommandText::tr("Check the signatures of a registered document again and store the new report "
                                        "(earlier reports are kept)."),
            QStringLiteral("ID"))) {
        return *exit;
    }
    const auto id = context.documentId();
    if (!id) {
        return context.usage(VerificationCommandText::tr("Give the document id, e.g. \"recheck 17\"."));
    }
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    signing::ValidationOptions options = signing::trustStoreOptions((*workspace)->directory());
    options.checkRevocationOnline = !parser.isSet(offline);
    auto recheck = core::VerificationService(**workspace).recheck(*id, options);
    if (!recheck) {
        return context.fail(recheck.error());
    }
    if (context.json()) {
        context.printJson(reportJson(recheck->stored, true));
    } else {
        context.printLine(VerificationCommandText::tr("Stored report: %1").arg(reportLine(recheck->stored)));
        QString text = signing::reportAsText(recheck->report);
        text.chop(1); // printLine ends the line
        context.printLine(text);
    }
    return verifyExitCode(recheck->report.verdict);
}

int runReports(CliContext& context)
{
    QCommandLineParser parser;
    if (auto exit = context.parse(
            parser, VerificationCommandText::tr("List the stored checks of a document's signatures, oldest first."),
            QStringLiteral("ID"))) {
        return *exit;
    }
    const auto id = context.documentId();
    if (!id) {
        return context.usage(VerificationCommandText::tr("Give the document id, e.g. \"reports 17\"."));
    }
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto reports = core::VerificationService(**workspace).reports(*id);
    if (!reports) {
        return context.fail(reports.error());
    }
    if (context.json()) {
        QJsonArray array;
        for (const core::VerificationRecord& record : *reports) {
            array.append(reportJson(record, true));
        }
        context.printJson(QJsonObject{{QStringLiteral("document"), id->value}, {QStringLiteral("reports"), array}});
        return ExitOk;
    }
    if (reports->isEmpty()) {
        context.printLine(
            VerificationCommandText::tr("The signatures of document %1 were never checked.").arg(id->value));
    }
    for (const core::VerificationRecord& record : *reports) {
        context.printLine(reportLine(record));
    }
    return ExitOk;
}

} // namespace vanthu::cli
