// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "common/VietnamTime.h"
#include "core/audit/AuditService.h"
#include "core/domain/DocumentType.h"
#include "core/registers/DocumentJson.h"
#include "core/registers/RegisterService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct ShowCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommandText)
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
    printField(context, ShowCommandText::tr("Document id"), QString::number(record.id.value));
    if (record.incoming) {
        printField(context, ShowCommandText::tr("Arrival number"),
                   QStringLiteral("%1/%2 (%3)")
                       .arg(record.incoming->arrivalNumber)
                       .arg(record.incoming->year)
                       .arg(record.incoming->seriesCode));
        printField(context, ShowCommandText::tr("Arrival date"), dateText(record.incoming->arrivalDate));
    }
    if (record.outgoing) {
        printField(context, ShowCommandText::tr("Series"),
                   QStringLiteral("%1, %2").arg(record.outgoing->seriesCode).arg(record.outgoing->year));
    }
    printField(context, ShowCommandText::tr("Type"), type ? type->name : fields.typeKey);
    printField(context, ShowCommandText::tr("Number/symbol"), fields.code.display());
    printField(context, ShowCommandText::tr("Date of the document"), dateText(fields.issuedDate));
    printField(context, ShowCommandText::tr("Issuing agency"), fields.organName);
    printField(context, ShowCommandText::tr("Subject"), fields.subject);
    printField(context, ShowCommandText::tr("Signer"),
               QStringList{fields.signerPosition, fields.signerName}.join(QStringLiteral(" ")).trimmed());
    printField(context, ShowCommandText::tr("Urgency"), core::urgencyName(fields.urgency));
    printField(context, ShowCommandText::tr("Secrecy"), core::secrecyName(fields.secrecy));
    printField(context, ShowCommandText::tr("Pages"),
               fields.pageAmount ? QString::number(fields.pageAmount) : QString());
    printField(context, ShowCommandText::tr("Deadline"), dateText(fields.dueDate));
    if (record.incoming) {
        printField(context, ShowCommandText::tr("Receiving unit or person"), record.incoming->toPlaces);
        printField(context, ShowCommandText::tr("Handed on"), dateText(record.incoming->transferDate));
        if (record.incoming->duplicateOf) {
            printField(context, ShowCommandText::tr("Registered again despite"),
                       ShowCommandText::tr("document %1: %2")
                           .arg(record.incoming->duplicateOf->value)
                           .arg(record.incoming->duplicateReason));
        }
    }
    if (record.outgoing) {
        QStringList names;
        for (const core::Recipient& recipient : record.outgoing->recipients) {
            names.append(recipient.organName);
        }
        printField(context, ShowCommandText::tr("Recipients"), names.join(QStringLiteral("; ")));
        printField(context, ShowCommandText::tr("File copy kept by"), record.outgoing->copyHolder);
        printField(context, ShowCommandText::tr("Copies issued"), QString::number(record.outgoing->issuedAmount));
    }
    printField(context, ShowCommandText::tr("Notes"), fields.description);
    printField(context, ShowCommandText::tr("edXML document id"), fields.edxmlDocumentId);
    printField(context, ShowCommandText::tr("Registered by"),
               QStringLiteral("%1, %2").arg(record.createdBy, vietnamIsoTimestamp(record.createdAt)));
    for (const core::AttachmentRecord& attachment : record.attachments) {
        printField(context, ShowCommandText::tr("Attachment %1").arg(attachment.ordinal),
                   ShowCommandText::tr("%1, %n page(s), %2 bytes, SHA-256 %3", "", attachment.pageCount)
                       .arg(attachment.fileName)
                       .arg(attachment.size)
                       .arg(attachment.sha256));
    }
}

} // namespace

int runShow(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption history(QStringLiteral("history"), ShowCommandText::tr("Also print the audit history."));
    parser.addOption(history);
    if (auto exit = context.parse(parser, ShowCommandText::tr("Show one registered document."), QStringLiteral("ID"))) {
        return *exit;
    }
    bool ok = false;
    const qint64 id = context.action().toLongLong(&ok);
    if (!ok || id <= 0) {
        return context.usage(ShowCommandText::tr("Give the document id, e.g. \"show 17\"."));
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
