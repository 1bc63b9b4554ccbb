// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-cli correct, void and history: corrections without deletion (issue 13).
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "common/VietnamTime.h"
#include "core/registers/CorrectionService.h"
#include "core/registers/DocumentJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct CorrectionCommandText
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionCommandText)
};

/** One line of the history in the clerk's words. */
QString historyLine(const core::EventRecord& event)
{
    const QJsonObject payload = QJsonDocument::fromJson(event.payload).object();
    auto text = [&payload](const char* key) {
        return payload.value(QLatin1String(key)).toString();
    };
    QString what;
    if (event.type == QLatin1String("document.registered")) {
        what = CorrectionCommandText::tr("registered (%1)").arg(text("state"));
    } else if (event.type == QLatin1String("document.imported")) {
        what = CorrectionCommandText::tr("in the register before the change log began");
    } else if (event.type == QLatin1String("document.corrected")) {
        what = CorrectionCommandText::tr("corrected %1: \"%2\" → \"%3\"; reason: %4")
                   .arg(text("field"), text("from"), text("to"), text("reason"));
    } else if (event.type == QLatin1String("document.voided")) {
        what = CorrectionCommandText::tr("number %1 voided; reason: %2")
                   .arg(payload.value(QLatin1String("number")).toInteger())
                   .arg(text("reason"));
    } else if (event.type == QLatin1String("document.drafted")) {
        what = CorrectionCommandText::tr("entered as a draft (%1)").arg(text("state"));
    } else if (event.type == QLatin1String("document.approved")) {
        what = CorrectionCommandText::tr("version %1 approved (by %2)")
                   .arg(payload.value(QLatin1String("version")).toInteger())
                   .arg(text("by"));
    } else if (event.type == QLatin1String("document.signed")) {
        what = CorrectionCommandText::tr("signed by %1: version %2")
                   .arg(text("signer"))
                   .arg(payload.value(QLatin1String("version")).toInteger());
    } else if (event.type == QLatin1String("document.file-added")) {
        what = CorrectionCommandText::tr("file %1 added as version %2 (%3); reason: %4")
                   .arg(payload.value(QLatin1String("attachment")).toInteger())
                   .arg(payload.value(QLatin1String("version")).toInteger())
                   .arg(text("fileName"), text("reason"));
    } else {
        what = event.type;
    }
    return QStringLiteral("%1  %2  %3").arg(vietnamIsoTimestamp(event.at), event.actor, what);
}

} // namespace

int runCorrect(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption field(QStringLiteral("field"),
                                   CorrectionCommandText::tr("The field to correct: subject, organName, issuedDate, "
                                                             "signerPosition, signerName, urgency, dueDate, "
                                                             "description, pageAmount, transferDate, toPlaces "
                                                             "(incoming) or copyHolder (outgoing)."),
                                   QStringLiteral("FIELD"));
    const QCommandLineOption value(QStringLiteral("value"),
                                   CorrectionCommandText::tr("The corrected value (dates as YYYY-MM-DD; empty clears "
                                                             "an optional field)."),
                                   QStringLiteral("VALUE"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    CorrectionCommandText::tr("Why the entry is corrected (kept in the register)."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({field, value, reason});
    if (auto exit = context.parse(parser,
                                  CorrectionCommandText::tr("Correct one field of a register entry; the history keeps "
                                                            "the old value and the reason."),
                                  QStringLiteral("ID"))) {
        return *exit;
    }
    const auto id = context.documentId();
    if (!id || !parser.isSet(field) || !parser.isSet(value)) {
        return context.usage(CorrectionCommandText::tr("Give the document id, --field, --value and --reason, e.g. "
                                                       "\"correct 17 --field subject --value \"...\" --reason "
                                                       "\"typing error\"\"."));
    }
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto corrected =
        core::CorrectionService(**workspace)
            .correct(core::FieldCorrection{*id, parser.value(field), parser.value(value), parser.value(reason)});
    if (!corrected) {
        return context.fail(corrected.error());
    }
    if (context.json()) {
        context.printJson(core::documentToJson(*corrected));
    } else {
        context.printLine(
            CorrectionCommandText::tr("Document %1 corrected: %2.").arg(corrected->id.value).arg(parser.value(field)));
    }
    return ExitOk;
}

int runVoid(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    CorrectionCommandText::tr("Why the number was given by mistake."),
                                    QStringLiteral("TEXT"));
    parser.addOption(reason);
    if (auto exit = context.parse(parser,
                                  CorrectionCommandText::tr("Void the number of a register entry given by mistake: "
                                                            "the entry stays, shown void, and the number is never "
                                                            "given again."),
                                  QStringLiteral("ID"))) {
        return *exit;
    }
    const auto id = context.documentId();
    if (!id) {
        return context.usage(CorrectionCommandText::tr("Give the document id and --reason, e.g. \"void 17 --reason "
                                                       "\"numbered twice\"\"."));
    }
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto voided = core::CorrectionService(**workspace).voidNumber(*id, parser.value(reason));
    if (!voided) {
        return context.fail(voided.error());
    }
    if (context.json()) {
        context.printJson(core::documentToJson(*voided));
    } else {
        context.printLine(CorrectionCommandText::tr("The number of document %1 is void.").arg(voided->id.value));
    }
    return ExitOk;
}

int runHistory(CliContext& context)
{
    QCommandLineParser parser;
    if (auto exit = context.parse(parser, CorrectionCommandText::tr("Show every change of one document, oldest first."),
                                  QStringLiteral("ID"))) {
        return *exit;
    }
    const auto id = context.documentId();
    if (!id) {
        return context.usage(CorrectionCommandText::tr("Give the document id, e.g. \"history 17\"."));
    }
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto events = core::CorrectionService(**workspace).history(*id);
    if (!events) {
        return context.fail(events.error());
    }
    if (context.json()) {
        QJsonArray array;
        for (const core::EventRecord& event : *events) {
            array.append(QJsonObject{{QStringLiteral("id"), event.id},
                                     {QStringLiteral("type"), event.type},
                                     {QStringLiteral("schema"), event.schema},
                                     {QStringLiteral("at"), event.at.toUTC().toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("actor"), event.actor},
                                     {QStringLiteral("payload"), QJsonDocument::fromJson(event.payload).object()}});
        }
        context.printJson(QJsonObject{{QStringLiteral("document"), id->value}, {QStringLiteral("events"), array}});
        return ExitOk;
    }
    for (const core::EventRecord& event : *events) {
        context.printLine(historyLine(event));
    }
    return ExitOk;
}

} // namespace vanthu::cli
