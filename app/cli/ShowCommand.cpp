// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/audit/AuditService.h"
#include "core/common/VietnamTime.h"
#include "core/domain/DocumentType.h"
#include "core/registers/DocumentJson.h"
#include "core/registers/RegisterService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vanthu::cli {
namespace {

struct ShowText
{
    Q_DECLARE_TR_FUNCTIONS(vanthu::cli::ShowCommand)
};

QString dateText(const QDate& date)
{
    return date.isValid() ? vietnameseShortDate(date) : QString();
}

void printField(const CliContext& context, const QString& label, const QString& value)
{
    if (!value.isEmpty()) {
        context.printLine(QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -28).arg(value));
    }
}

void printText(const CliContext& context, const core::DocumentRecord& record)
{
    const core::DocumentFields& fields = record.fields;
    const core::DocumentType* type = core::DocumentTypes::byKey(fields.typeKey);
    printField(context, ShowText::tr("Document id"), QString::number(record.id.value));
    if (record.incoming) {
        printField(context, ShowText::tr("Arrival number"),
                   QStringLiteral("%1/%2 (%3)").arg(record.incoming->arrivalNumber).arg(record.incoming->year)
                       .arg(record.incoming->seriesCode));
        printField(context, ShowText::tr("Arrival date"), dateText(record.incoming->arrivalDate));
    }
    if (record.outgoing) {
        printField(context, ShowText::tr("Series"),
                   QStringLiteral("%1, %2").arg(record.outgoing->seriesCode).arg(record.outgoing->year));
    }
    printField(context, ShowText::tr("Type"), type ? type->name : fields.typeKey);
    printField(context, ShowText::tr("Number/symbol"), fields.code.display());
    printField(context, ShowText::tr("Date of the document"), dateText(fields.issuedDate));
    printField(context, ShowText::tr("Issuing agency"), fields.organName);
    printField(context, ShowText::tr("Subject"), fields.subject);
    printField(context, ShowText::tr("Signer"),
               QStringList{fields.signerPosition, fields.signerName}.join(QStringLiteral(" ")).trimmed());
    printField(context, ShowText::tr("Urgency"), core::urgencyName(fields.urgency));
    printField(context, ShowText::tr("Secrecy"), core::secrecyName(fields.secrecy));
    printField(context, ShowText::tr("Pages"), fields.pageAmount ? QString::number(fields.pageAmount) : QString());
    printField(context, ShowText::tr("Deadline"), dateText(fields.dueDate));
    if (record.incoming) {
        printField(context, ShowText::tr("Receiving unit or person"), record.incoming->toPlaces);
        printField(context, ShowText::tr("Handed on"), dateText(record.incoming->transferDate));
        if (record.incoming->duplicateOf) {
            printField(context, ShowText::tr("Registered again despite"),
                       ShowText::tr("document %1: %2")
                           .arg(record.incoming->duplicateOf->value)
                           .arg(record.incoming->duplicateReason));
        }
    }
    if (record.outgoing) {
        QStringList names;
        for (const core::Recipient& recipient : record.outgoing->recipients) {
            names.append(recipient.organName);
        }
        printField(context, ShowText::tr("Recipients"), names.join(QStringLiteral("; ")));
        printField(context, ShowText::tr("File copy kept by"), record.outgoing->copyHolder);
        printField(context, ShowText::tr("Copies issued"), QString::number(record.outgoing->issuedAmount));
    }
    printField(context, ShowText::tr("Notes"), fields.description);
    printField(context, ShowText::tr("edXML document id"), fields.edxmlDocumentId);
    printField(context, ShowText::tr("Registered by"),
               QStringLiteral("%1, %2").arg(record.createdBy, vietnamIsoTimestamp(record.createdAt)));
    for (const core::AttachmentRecord& attachment : record.attachments) {
        printField(context, ShowText::tr("Attachment %1").arg(attachment.ordinal),
                   ShowText::tr("%1, %n page(s), %2 bytes, SHA-256 %3", "", attachment.pageCount)
                       .arg(attachment.fileName)
                       .arg(attachment.size)
                       .arg(attachment.sha256));
    }
}

} // namespace

int runShow(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption history(QStringLiteral("history"), ShowText::tr("Also print the audit history."));
    parser.addOption(history);
    if (auto exit = context.parse(parser, ShowText::tr("Show one registered document."), QStringLiteral("ID"))) {
        return *exit;
    }
    bool ok = false;
    const qint64 id = context.action().toLongLong(&ok);
    if (!ok || id <= 0) {
        return context.usage(ShowText::tr("Give the document id, e.g. \"show 17\"."));
    }
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto record = core::RegisterService(**workspace).document(core::DocumentId{id});
    if (!record) {
        return context.fail(record.error());
    }
    QList<core::AuditEntry> entries;
    if (parser.isSet(history)) {
        auto loaded = core::AuditService(**workspace).documentHistory(record->id);
        if (!loaded) {
            return context.fail(loaded.error());
        }
        entries = *loaded;
    }
    if (context.json()) {
        QJsonObject json = core::documentToJson(*record);
        if (parser.isSet(history)) {
            QJsonArray array;
            for (const core::AuditEntry& entry : entries) {
                array.append(QJsonObject{{QStringLiteral("seq"), entry.seq},
                                         {QStringLiteral("at"), entry.at},
                                         {QStringLiteral("actor"), entry.actor},
                                         {QStringLiteral("action"), entry.action}});
            }
            json.insert(QStringLiteral("history"), array);
        }
        context.printJson(json);
        return ExitOk;
    }
    printText(context, *record);
    for (const core::AuditEntry& entry : entries) {
        context.printLine(QStringLiteral("  #%1  %2  %3  %4").arg(entry.seq).arg(entry.at, entry.actor, entry.action));
    }
    return ExitOk;
}

} // namespace vanthu::cli
