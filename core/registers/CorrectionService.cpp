// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/CorrectionService.h"

#include "common/IsoTime.h"
#include "common/JsonWriter.h"
#include "common/TextNormalize.h"
#include "common/VietnamTime.h"
#include "core/Workspace.h"
#include "core/domain/FieldLimits.h"
#include "core/events/DocumentEvents.h"
#include "core/registers/FieldValidation.h"
#include "core/search/SearchIndexWriter.h"
#include "core/store/AuditRepository.h"
#include "core/store/DocumentRepository.h"
#include "core/store/EventRepository.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vanthu::core
{
namespace
{

struct CorrectionText
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionText)
};

Error invalid(const QString& message, const QString& detail)
{
    return Error{ErrorCode::InvalidInput, message, detail};
}

Result<QDate> dateValue(const QString& text, bool required, const QString& field)
{
    if (text.trimmed().isEmpty()) {
        if (required) {
            return invalid(CorrectionText::tr("The field %1 needs a date (YYYY-MM-DD).").arg(field),
                           QStringLiteral("date required"));
        }
        return QDate();
    }
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        return invalid(CorrectionText::tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(text),
                       QStringLiteral("bad date"));
    }
    return date;
}

/** Recipients as the CLI and the history write them: "identifier|name" (or just the name), one per line. */
QString recipientsText(const QList<Recipient>& recipients)
{
    QStringList lines;
    for (const Recipient& recipient : recipients) {
        lines.append(recipient.organId.isEmpty() ? recipient.organName
                                                 : recipient.organId + QLatin1Char('|') + recipient.organName);
    }
    return lines.join(QLatin1Char('\n'));
}

Result<QList<Recipient>> recipientsValue(const QString& value)
{
    QList<Recipient> recipients;
    for (const QString& line : value.split(QRegularExpression(QStringLiteral("[\n;]")), Qt::SkipEmptyParts)) {
        const qsizetype bar = line.indexOf(QLatin1Char('|'));
        const Recipient input = bar < 0 ? Recipient{QString(), line} : Recipient{line.left(bar), line.mid(bar + 1)};
        if (normalizedLine(input.organId).isEmpty() && normalizedLine(input.organName).isEmpty()) {
            continue;
        }
        auto recipient = validatedRecipient(input);
        if (!recipient) {
            return recipient.error();
        }
        recipients.append(*recipient);
    }
    if (recipients.isEmpty()) {
        return invalid(CorrectionText::tr("An outgoing document needs at least one recipient: one per line or "
                                          "separated by \";\", as \"name\" or \"identifier|name\"."),
                       QStringLiteral("no recipients"));
    }
    return recipients;
}

/** The old and the new value of one field, as text, after @p correction is applied to @p record. */
struct Change
{
    QString before;
    QString after;
    bool searched = false; ///< the field is in the search index
};

Result<Change> apply(DocumentRecord& record, const FieldCorrection& correction)
{
    DocumentFields& fields = record.fields;
    const QString& field = correction.field;
    Change change;
    auto text = [&](QString& target, bool searched) {
        change.before = target;
        target =
            field == QLatin1String("description") ? normalizedText(correction.value) : normalizedLine(correction.value);
        change.after = target;
        change.searched = searched;
    };
    if (field == QLatin1String("subject")) {
        text(fields.subject, true);
    } else if (field == QLatin1String("organName")) {
        text(fields.organName, true);
    } else if (field == QLatin1String("signerPosition")) {
        text(fields.signerPosition, false);
    } else if (field == QLatin1String("signerName")) {
        text(fields.signerName, false);
    } else if (field == QLatin1String("description")) {
        text(fields.description, false);
    } else if (field == QLatin1String("toPlaces")) {
        text(record.incoming->toPlaces, false);
        if (auto checked = checkField(Field::ToPlaces, change.after); !checked) {
            return checked.error();
        }
    } else if (field == QLatin1String("recipients")) {
        auto recipients = recipientsValue(correction.value);
        if (!recipients) {
            return recipients.error();
        }
        change.before = recipientsText(record.outgoing->recipients);
        record.outgoing->recipients = *recipients;
        change.after = recipientsText(record.outgoing->recipients);
        change.searched = true;
    } else if (field == QLatin1String("copyHolder")) {
        text(record.outgoing->copyHolder, false);
        if (auto checked = checkField(Field::CopyHolder, change.after); !checked) {
            return checked.error();
        }
    } else if (field == QLatin1String("issuedDate") || field == QLatin1String("dueDate")
               || field == QLatin1String("transferDate")) {
        QDate* target = field == QLatin1String("issuedDate") ? &fields.issuedDate
                        : field == QLatin1String("dueDate")  ? &fields.dueDate
                        : record.incoming                    ? &record.incoming->transferDate
                                                             : &record.outgoing->transferDate;
        auto date = dateValue(correction.value, field == QLatin1String("issuedDate"), field);
        if (!date) {
            return date.error();
        }
        change.before = isoDate(*target);
        *target = *date;
        change.after = isoDate(*target);
    } else if (field == QLatin1String("urgency")) {
        auto urgency = parseUrgency(correction.value);
        if (!urgency) {
            return urgency.error();
        }
        change.before = urgencyKey(fields.urgency);
        fields.urgency = *urgency;
        change.after = urgencyKey(fields.urgency);
    } else if (field == QLatin1String("pageAmount")) {
        bool number = false;
        const int pages = correction.value.trimmed().toInt(&number);
        if (!number) {
            return invalid(CorrectionText::tr("The number of pages must be a number."), QStringLiteral("not a number"));
        }
        if (auto checked = checkThreeDigitCount(CorrectionText::tr("Number of pages"), pages); !checked) {
            return checked.error();
        }
        change.before = QString::number(fields.pageAmount);
        fields.pageAmount = pages;
        change.after = QString::number(pages);
    }
    return change;
}

Result<void> appendAudit(Database& database, const QString& action, const DocumentRecord& record,
                         const QByteArray& payload, const QDateTime& at, const QString& actor)
{
    auto appended = AuditRepository(database).append(
        AuditRecord{action, QStringLiteral("document"), QString::number(record.id.value), QString::fromUtf8(payload)},
        actor, at);
    if (!appended) {
        return appended.error();
    }
    return {};
}

/** A draft has no register entry yet: it changes by new versions, and its number is given when it is issued. */
Error notInRegister(const DocumentRecord& record)
{
    return Error{ErrorCode::Conflict,
                 CorrectionText::tr("Document %1 is not in a register yet (%2): there is no entry to correct or number "
                                    "to void.")
                     .arg(record.id.value)
                     .arg(stateName(record.state)),
                 QStringLiteral("no register entry")};
}

Error notFound(DocumentId id)
{
    return Error{ErrorCode::NotFound, CorrectionText::tr("There is no document with the id %1.").arg(id.value),
                 QStringLiteral("document not found")};
}

Result<DocumentRecord> existing(DocumentRepository& documents, DocumentId id)
{
    auto found = documents.get(id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return notFound(id);
    }
    return **found;
}

} // namespace

CorrectionService::CorrectionService(Workspace& workspace) : m_workspace(workspace)
{
}

QStringList CorrectionService::correctableFields(Direction direction)
{
    QStringList fields{QStringLiteral("subject"),        QStringLiteral("organName"),   QStringLiteral("issuedDate"),
                       QStringLiteral("signerPosition"), QStringLiteral("signerName"),  QStringLiteral("urgency"),
                       QStringLiteral("dueDate"),        QStringLiteral("description"), QStringLiteral("pageAmount"),
                       QStringLiteral("transferDate")};
    fields.append(direction == Direction::Incoming ? QStringLiteral("toPlaces") : QStringLiteral("copyHolder"));
    if (direction == Direction::Outgoing) {
        fields.append(QStringLiteral("recipients"));
    }
    return fields;
}

Result<DocumentRecord> CorrectionService::correct(const FieldCorrection& correction, const TaskToken& token)
{
    token.progress(0, 1);
    auto reason = validatedReason(correction.reason);
    if (!reason) {
        return reason.error();
    }
    if (auto go = token.checkpoint(); !go) {
        return go.error();
    }
    Database& database = m_workspace.database();
    auto transaction = WriteTransaction::begin(database);
    if (!transaction) {
        return transaction.error();
    }
    DocumentRepository documents(database);
    auto found = existing(documents, correction.id);
    if (!found) {
        return found.error();
    }
    DocumentRecord record = *found;
    if (!record.incoming && !record.outgoing) {
        return notInRegister(record);
    }
    if (!record.voidReason.isEmpty()) {
        return Error{ErrorCode::Conflict,
                     CorrectionText::tr("The number of this entry was voided (%1); it is not corrected any more.")
                         .arg(record.voidReason),
                     QStringLiteral("entry void")};
    }
    const QStringList allowed = correctableFields(record.direction);
    if (!allowed.contains(correction.field)) {
        return invalid(CorrectionText::tr("The field \"%1\" cannot be corrected. These can: %2. A wrong number is "
                                          "voided instead, and the document registered again.")
                           .arg(correction.field, allowed.join(QStringLiteral(", "))),
                       QStringLiteral("field %1").arg(correction.field));
    }
    auto change = apply(record, correction);
    if (!change) {
        return change.error();
    }
    if (change->before == change->after) {
        return invalid(CorrectionText::tr("The field already holds this value: there is nothing to correct."),
                       QStringLiteral("unchanged"));
    }
    const QDateTime now = m_workspace.clock().now();
    auto fields = validatedIncomingFields(record.fields, vietnamDate(now));
    if (!fields) {
        return fields.error();
    }
    record.fields = *fields;
    if (auto written = documents.updateFields(record.id, record.fields); !written) {
        return written.error();
    }
    if (record.incoming) {
        if (auto written = documents.updateIncoming(record.id, *record.incoming); !written) {
            return written.error();
        }
    }
    if (record.outgoing) {
        if (auto written = documents.updateOutgoing(record.id, *record.outgoing); !written) {
            return written.error();
        }
    }
    const QString& actor = m_workspace.actor();
    EventRecord event =
        events::correctedEvent(record.uid, correction.field, change->before, change->after, *reason, now, actor);
    if (auto appended = EventRepository(database).append(event); !appended) {
        return appended.error();
    }
    JsonWriter audit;
    audit.beginObject();
    audit.field(u"field", correction.field);
    audit.field(u"from", change->before);
    audit.field(u"to", change->after);
    audit.field(u"reason", *reason);
    audit.field(u"event", event.id);
    audit.endObject();
    if (auto audited = appendAudit(database, QStringLiteral("correct"), record, audit.bytes(), now, actor); !audited) {
        return audited.error();
    }
    if (auto go = token.checkpoint(); !go) {
        return go.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    token.progress(1, 1);
    if (change->searched) {
        m_workspace.searchIndex().enqueue({IndexJob{record, {}, true}});
    }
    return record;
}

Result<DocumentRecord> CorrectionService::voidNumber(DocumentId id, const QString& reasonText, const TaskToken& token)
{
    token.progress(0, 1);
    auto reason = validatedReason(reasonText);
    if (!reason) {
        return reason.error();
    }
    if (auto go = token.checkpoint(); !go) {
        return go.error();
    }
    Database& database = m_workspace.database();
    auto transaction = WriteTransaction::begin(database);
    if (!transaction) {
        return transaction.error();
    }
    DocumentRepository documents(database);
    auto found = existing(documents, id);
    if (!found) {
        return found.error();
    }
    DocumentRecord record = *found;
    if (!record.incoming && !record.outgoing) {
        return notInRegister(record);
    }
    if (!record.voidReason.isEmpty()) {
        return Error{ErrorCode::Conflict,
                     CorrectionText::tr("The number of this entry is already void (%1).").arg(record.voidReason),
                     QStringLiteral("already void")};
    }
    const QDateTime now = m_workspace.clock().now();
    const QString& actor = m_workspace.actor();
    if (auto written = documents.voidEntry(id, *reason, now, actor); !written) {
        return written.error();
    }
    const QString series = record.incoming ? record.incoming->seriesCode : record.outgoing->seriesCode;
    const int year = record.incoming ? record.incoming->year : record.outgoing->year;
    const qint64 number = record.incoming ? record.incoming->arrivalNumber : record.outgoing->number;
    EventRecord event = events::voidedEvent(record.uid, series, year, number, *reason, now, actor);
    if (auto appended = EventRepository(database).append(event); !appended) {
        return appended.error();
    }
    JsonWriter audit;
    audit.beginObject();
    audit.field(u"series", series);
    audit.field(u"year", static_cast<qint64>(year));
    audit.field(u"number", number);
    audit.field(u"reason", *reason);
    audit.field(u"event", event.id);
    audit.endObject();
    if (auto audited = appendAudit(database, QStringLiteral("void"), record, audit.bytes(), now, actor); !audited) {
        return audited.error();
    }
    if (auto go = token.checkpoint(); !go) {
        return go.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    token.progress(1, 1);
    record.voidReason = *reason;
    record.voidedAt = now;
    record.voidedBy = actor;
    return record;
}

Result<QList<EventRecord>> CorrectionService::history(DocumentId id)
{
    DocumentRepository documents(m_workspace.database());
    auto found = existing(documents, id);
    if (!found) {
        return found.error();
    }
    return EventRepository(m_workspace.database()).eventsFor(found->uid);
}

} // namespace vanthu::core
