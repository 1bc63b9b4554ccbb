// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/DocumentRepository.h"
#include "common/IsoTime.h"

#include "common/TextFold.h"
#include "core/store/Database.h"

#include <QStringList>

namespace vanthu::core
{
namespace
{

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFrom(const Rows& rows, int column)
{
    return rows.isNull(column) ? QDate() : QDate::fromString(rows.text(column), Qt::ISODate);
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// Columns shared by both registers' listings, after the register-specific first five:
// id, series code, year, number, register date.
const QString RowTail = QStringLiteral(
    "d.code_number, d.code_notation, d.issued_date, d.type_key, d.subject, d.organ_name, d.signer_position, "
    "d.signer_name, %1, %2, %3, e.transfer_date, d.description, d.urgency, d.secrecy, "
    "(SELECT count(*) FROM attachment a WHERE a.document_id = d.id), d.state, d.void_reason, "
    "(SELECT r.status || ' ' || r.online FROM verification_report r WHERE r.version_id = (SELECT v.id FROM "
    "document_version v WHERE v.document_id = d.id AND v.attachment_ordinal = 1 ORDER BY v.number DESC LIMIT 1) "
    "ORDER BY r.id DESC LIMIT 1)");

const QString IncomingRowSelect =
    QStringLiteral("SELECT d.id, s.code, e.year, e.arrival_number, e.arrival_date, ")
    + RowTail.arg(QStringLiteral("e.to_places"), QStringLiteral("''"), QStringLiteral("0"))
    + QStringLiteral(" FROM incoming_entry e JOIN document d ON d.id = e.document_id "
                     "JOIN series s ON s.id = e.series_id ");

const QString OutgoingRowSelect =
    QStringLiteral("SELECT d.id, s.code, e.year, e.number, d.issued_date, ")
    + RowTail.arg(QStringLiteral("(SELECT group_concat(r.organ_name, '; ') FROM (SELECT organ_name FROM "
                                 "outgoing_recipient WHERE document_id = d.id ORDER BY ordinal) r)"),
                  QStringLiteral("e.copy_holder"), QStringLiteral("e.issued_amount"))
    + QStringLiteral(" FROM outgoing_entry e JOIN document d ON d.id = e.document_id "
                     "JOIN series s ON s.id = e.series_id ");

RegisterRow rowFrom(const Rows& rows, Direction direction)
{
    RegisterRow row;
    row.id = DocumentId{rows.integer(0)};
    row.direction = direction;
    row.seriesCode = rows.text(1);
    row.year = static_cast<int>(rows.integer(2));
    row.number = rows.integer(3);
    row.registerDate = dateFrom(rows, 4);
    row.code = DocumentCode{rows.text(5), rows.text(6)};
    row.issuedDate = dateFrom(rows, 7);
    row.typeKey = rows.text(8);
    row.subject = rows.text(9);
    row.organName = rows.text(10);
    row.signerPosition = rows.text(11);
    row.signerName = rows.text(12);
    row.receivers = rows.text(13);
    row.copyHolder = rows.text(14);
    row.issuedAmount = static_cast<int>(rows.integer(15));
    row.transferDate = dateFrom(rows, 16);
    row.description = rows.text(17);
    row.urgency = static_cast<Urgency>(rows.integer(18));
    row.secrecy = static_cast<Secrecy>(rows.integer(19));
    row.attachmentCount = static_cast<int>(rows.integer(20));
    row.state = parseState(rows.text(21)).value_or(DocumentState::Registered);
    row.voidReason = rows.text(22);
    // "<status> <online>" of the latest report of the current version; NULL when it was never checked.
    if (!rows.isNull(23)) {
        const QStringList latest = rows.text(23).split(QLatin1Char(' '));
        row.signatureStatus = parseSignatureStatus(latest.value(0));
        row.signatureCheckedOnline = latest.value(1) == QLatin1String("1");
    }
    return row;
}

bool sameOrgan(const DocumentFields& fields, const QString& organId, const QString& organName)
{
    if (!fields.organId.isEmpty() && !organId.isEmpty()) {
        return fields.organId == organId;
    }
    return foldForSearch(fields.organName).simplified() == foldForSearch(organName).simplified();
}

} // namespace

DocumentRepository::DocumentRepository(Database& database) : m_database(database)
{
}

Result<DocumentId> DocumentRepository::insertDocument(const DocumentRecord& record, const QDate& registerDate)
{
    const DocumentFields& fields = record.fields;
    auto id = m_database.insert(
        QStringLiteral(
            "INSERT INTO document (direction, type_key, legal_normative, code_number, code_notation, issued_date, "
            "organ_name, organ_id, subject, signer_position, signer_name, urgency, secrecy, language, page_amount, "
            "description, due_date, edxml_document_id, register_date, created_at, created_by, uid, "
            "sender_organ_id, state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {directionKey(record.direction),
         fields.typeKey,
         fields.legalNormative ? 1 : 0,
         fields.code.number,
         fields.code.notation,
         dateValue(fields.issuedDate),
         fields.organName,
         fields.organId,
         fields.subject,
         fields.signerPosition,
         fields.signerName,
         static_cast<int>(fields.urgency),
         static_cast<int>(fields.secrecy),
         fields.language,
         fields.pageAmount,
         fields.description,
         dateValue(fields.dueDate),
         textOrNull(fields.edxmlDocumentId),
         dateValue(registerDate),
         isoUtcTimestamp(record.createdAt),
         record.createdBy,
         record.uid,
         record.senderOrganId,
         stateKey(record.state)});
    if (!id) {
        return id.error();
    }
    return DocumentId{*id};
}

Result<void> DocumentRepository::insertIncoming(DocumentId id, const IncomingDetails& details)
{
    return m_database.execute(
        QStringLiteral("INSERT INTO incoming_entry (document_id, series_id, year, arrival_number, arrival_date, "
                       "arrived_at, to_places, transfer_date, duplicate_of, duplicate_reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id.value, details.seriesId, details.year, details.arrivalNumber, dateValue(details.arrivalDate),
         isoUtcTimestamp(details.arrivedAt), details.toPlaces, dateValue(details.transferDate),
         details.duplicateOf ? QVariant(details.duplicateOf->value) : QVariant(QMetaType(QMetaType::LongLong)),
         details.duplicateReason});
}

Result<void> DocumentRepository::insertRecipients(DocumentId id, const QList<Recipient>& recipients)
{
    int ordinal = 0;
    for (const Recipient& recipient : recipients) {
        auto added = m_database.execute(QStringLiteral("INSERT INTO outgoing_recipient (document_id, ordinal, "
                                                       "organ_id, organ_name) VALUES (?, ?, ?, ?)"),
                                        {id.value, ++ordinal, recipient.organId, recipient.organName});
        if (!added) {
            return added;
        }
    }
    return {};
}

Result<void> DocumentRepository::insertOutgoing(DocumentId id, const OutgoingDetails& details)
{
    auto inserted = m_database.execute(
        QStringLiteral("INSERT INTO outgoing_entry (document_id, series_id, year, number, drafting_unit, "
                       "copy_holder, issued_amount, transfer_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {id.value, details.seriesId, details.year, details.number, details.draftingUnit, details.copyHolder,
         details.issuedAmount, dateValue(details.transferDate)});
    if (!inserted) {
        return inserted;
    }
    return insertRecipients(id, details.recipients);
}

Result<qint64> DocumentRepository::insertAttachment(DocumentId id, const AttachmentRecord& attachment)
{
    return m_database.insert(
        QStringLiteral("INSERT INTO attachment (document_id, ordinal, file_name, sha256, size, "
                       "page_count) VALUES (?, ?, ?, ?, ?, ?)"),
        {id.value, attachment.ordinal, attachment.fileName, attachment.sha256, attachment.size, attachment.pageCount});
}

Result<QList<DuplicateCandidate>> DocumentRepository::findIncomingDuplicates(const DocumentFields& fields)
{
    QList<DuplicateCandidate> candidates;
    const QString select =
        QStringLiteral("SELECT d.id, d.organ_id, d.organ_name, d.edxml_document_id, s.code, e.year, e.arrival_number, "
                       "e.arrival_date FROM document d JOIN incoming_entry e ON e.document_id = d.id "
                       "JOIN series s ON s.id = e.series_id ");
    auto collect = [&](Rows& rows, bool byEdxmlId) -> Result<void> {
        while (rows.next()) {
            const DocumentId id{rows.integer(0)};
            const bool already = std::any_of(candidates.begin(), candidates.end(),
                                             [&](const DuplicateCandidate& seen) { return seen.id == id; });
            if (already || (!byEdxmlId && !sameOrgan(fields, rows.text(1), rows.text(2)))) {
                continue;
            }
            candidates.append(DuplicateCandidate{id, rows.text(4), static_cast<int>(rows.integer(5)), rows.integer(6),
                                                 dateFrom(rows, 7), byEdxmlId});
        }
        // A read error must not pass as "no earlier registration".
        return rows.failed() ? Result<void>(rows.error()) : Result<void>();
    };
    if (!fields.edxmlDocumentId.isEmpty()) {
        auto rows = m_database.query(select
                                         + QStringLiteral("WHERE d.edxml_document_id = ? AND d.direction = "
                                                          "'incoming' ORDER BY d.id"),
                                     {fields.edxmlDocumentId});
        if (!rows) {
            return rows.error();
        }
        if (auto collected = collect(*rows, true); !collected) {
            return collected.error();
        }
    }
    if (!fields.code.isEmpty() && fields.issuedDate.isValid()) {
        auto rows = m_database.query(select
                                         + QStringLiteral("WHERE d.direction = 'incoming' AND d.code_number = ? "
                                                          "AND d.code_notation = ? AND d.issued_date = ? "
                                                          "ORDER BY d.id"),
                                     {fields.code.number, fields.code.notation, dateValue(fields.issuedDate)});
        if (!rows) {
            return rows.error();
        }
        if (auto collected = collect(*rows, false); !collected) {
            return collected.error();
        }
    }
    return candidates;
}

Result<qint64> DocumentRepository::insertVersion(DocumentId id, const DocumentVersion& version)
{
    return m_database.insert(
        QStringLiteral("INSERT INTO document_version (document_id, number, attachment_ordinal, parent_id, kind, "
                       "sha256, size, file_name, created_at, created_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id.value, version.number, version.attachmentOrdinal,
         version.parentId ? QVariant(*version.parentId) : QVariant(), versionKindKey(version.kind), version.sha256,
         version.size, version.fileName, isoUtcTimestamp(version.createdAt), version.createdBy});
}

Result<QList<DocumentVersion>> DocumentRepository::versions(DocumentId id)
{
    auto rows = m_database.query(
        QStringLiteral("SELECT id, number, attachment_ordinal, parent_id, kind, sha256, size, file_name, created_at, "
                       "created_by FROM document_version WHERE document_id = ? ORDER BY number"),
        {id.value});
    if (!rows) {
        return rows.error();
    }
    QList<DocumentVersion> list;
    while (rows->next()) {
        DocumentVersion version;
        version.id = rows->integer(0);
        version.number = static_cast<int>(rows->integer(1));
        version.attachmentOrdinal = static_cast<int>(rows->integer(2));
        if (!rows->isNull(3)) {
            version.parentId = rows->integer(3);
        }
        version.kind = parseVersionKind(rows->text(4)).value_or(VersionKind::Received);
        version.sha256 = rows->text(5);
        version.size = rows->integer(6);
        version.fileName = rows->text(7);
        version.createdAt = QDateTime::fromString(rows->text(8), Qt::ISODateWithMs);
        version.createdBy = rows->text(9);
        list.append(version);
    }
    if (rows->failed()) {
        return rows->error();
    }
    return list;
}

Result<void> DocumentRepository::updateFields(DocumentId id, const DocumentFields& fields)
{
    return m_database.execute(
        QStringLiteral("UPDATE document SET type_key = ?, legal_normative = ?, code_number = ?, code_notation = ?, "
                       "issued_date = ?, organ_name = ?, organ_id = ?, subject = ?, signer_position = ?, "
                       "signer_name = ?, urgency = ?, secrecy = ?, language = ?, page_amount = ?, description = ?, "
                       "due_date = ? WHERE id = ?"),
        {fields.typeKey, fields.legalNormative ? 1 : 0, fields.code.number, fields.code.notation,
         dateValue(fields.issuedDate), fields.organName, fields.organId, fields.subject, fields.signerPosition,
         fields.signerName, static_cast<int>(fields.urgency), static_cast<int>(fields.secrecy), fields.language,
         fields.pageAmount, fields.description, dateValue(fields.dueDate), id.value});
}

Result<void> DocumentRepository::updateState(DocumentId id, DocumentState state)
{
    return m_database.execute(QStringLiteral("UPDATE document SET state = ? WHERE id = ?"),
                              {stateKey(state), id.value});
}

Result<void> DocumentRepository::updateAttachment(DocumentId id, const AttachmentRecord& attachment)
{
    return m_database.execute(
        QStringLiteral(
            "UPDATE attachment SET file_name = ?, sha256 = ?, size = ?, page_count = ? WHERE document_id = ? "
            "AND ordinal = ?"),
        {attachment.fileName, attachment.sha256, attachment.size, attachment.pageCount, id.value, attachment.ordinal});
}

Result<void> DocumentRepository::updateRegisterDate(DocumentId id, const QDate& registerDate)
{
    return m_database.execute(QStringLiteral("UPDATE document SET register_date = ? WHERE id = ?"),
                              {dateValue(registerDate), id.value});
}

Result<void> DocumentRepository::updateIncoming(DocumentId id, const IncomingDetails& details)
{
    return m_database.execute(
        QStringLiteral("UPDATE incoming_entry SET to_places = ?, transfer_date = ? WHERE document_id = ?"),
        {details.toPlaces, dateValue(details.transferDate), id.value});
}

Result<void> DocumentRepository::updateOutgoing(DocumentId id, const OutgoingDetails& details)
{
    auto updated = m_database.execute(
        QStringLiteral("UPDATE outgoing_entry SET copy_holder = ?, transfer_date = ? WHERE document_id = ?"),
        {details.copyHolder, dateValue(details.transferDate), id.value});
    if (!updated) {
        return updated;
    }
    // The recipients are the entry's current list; the corrections' events keep every earlier one.
    if (auto cleared =
            m_database.execute(QStringLiteral("DELETE FROM outgoing_recipient WHERE document_id = ?"), {id.value});
        !cleared) {
        return cleared;
    }
    return insertRecipients(id, details.recipients);
}

Result<void> DocumentRepository::voidEntry(DocumentId id, const QString& reason, const QDateTime& at, const QString& by)
{
    return m_database.execute(
        QStringLiteral("UPDATE document SET void_reason = ?, voided_at = ?, voided_by = ? WHERE id = ?"),
        {reason, isoUtcTimestamp(at), by, id.value});
}

Result<QList<AttachmentRecord>> DocumentRepository::attachments(DocumentId id)
{
    auto rows = m_database.query(QStringLiteral("SELECT id, ordinal, file_name, sha256, size, page_count FROM "
                                                "attachment WHERE document_id = ? ORDER BY ordinal"),
                                 {id.value});
    if (!rows) {
        return rows.error();
    }
    QList<AttachmentRecord> list;
    while (rows->next()) {
        list.append(AttachmentRecord{rows->integer(0), static_cast<int>(rows->integer(1)), rows->text(2), rows->text(3),
                                     rows->integer(4), static_cast<int>(rows->integer(5))});
    }
    if (rows->failed()) {
        return rows->error();
    }
    return list;
}

Result<std::optional<DocumentRecord>> DocumentRepository::get(DocumentId id)
{
    auto rows = m_database.query(
        QStringLiteral("SELECT direction, type_key, legal_normative, code_number, code_notation, issued_date, "
                       "organ_name, organ_id, subject, signer_position, signer_name, urgency, secrecy, language, "
                       "page_amount, description, due_date, edxml_document_id, created_at, created_by, uid, "
                       "sender_organ_id, state, void_reason, voided_at, voided_by FROM document WHERE id = ?"),
        {id.value});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        if (rows->failed()) {
            return rows->error();
        }
        return std::optional<DocumentRecord>();
    }
    DocumentRecord record;
    record.id = id;
    record.direction = parseDirection(rows->text(0)).value_or(Direction::Incoming);
    DocumentFields& fields = record.fields;
    fields.typeKey = rows->text(1);
    fields.legalNormative = rows->integer(2) != 0;
    fields.code = DocumentCode{rows->text(3), rows->text(4)};
    fields.issuedDate = dateFrom(*rows, 5);
    fields.organName = rows->text(6);
    fields.organId = rows->text(7);
    fields.subject = rows->text(8);
    fields.signerPosition = rows->text(9);
    fields.signerName = rows->text(10);
    fields.urgency = static_cast<Urgency>(rows->integer(11));
    fields.secrecy = static_cast<Secrecy>(rows->integer(12));
    fields.language = rows->text(13);
    fields.pageAmount = static_cast<int>(rows->integer(14));
    fields.description = rows->text(15);
    fields.dueDate = dateFrom(*rows, 16);
    fields.edxmlDocumentId = rows->text(17);
    record.createdAt = QDateTime::fromString(rows->text(18), Qt::ISODateWithMs);
    record.createdBy = rows->text(19);
    record.uid = rows->text(20);
    record.senderOrganId = rows->text(21);
    record.state = parseState(rows->text(22)).value_or(DocumentState::Registered);
    record.voidReason = rows->text(23);
    record.voidedAt = QDateTime::fromString(rows->text(24), Qt::ISODateWithMs);
    record.voidedBy = rows->text(25);

    if (record.direction == Direction::Incoming) {
        auto entry = m_database.query(
            QStringLiteral("SELECT e.series_id, s.code, e.year, e.arrival_number, e.arrival_date, e.arrived_at, "
                           "e.to_places, e.transfer_date, e.duplicate_of, e.duplicate_reason FROM incoming_entry e "
                           "JOIN series s ON s.id = e.series_id WHERE e.document_id = ?"),
            {id.value});
        if (!entry) {
            return entry.error();
        }
        if (entry->next()) {
            IncomingDetails details;
            details.seriesId = entry->integer(0);
            details.seriesCode = entry->text(1);
            details.year = static_cast<int>(entry->integer(2));
            details.arrivalNumber = entry->integer(3);
            details.arrivalDate = dateFrom(*entry, 4);
            details.arrivedAt = QDateTime::fromString(entry->text(5), Qt::ISODateWithMs);
            details.toPlaces = entry->text(6);
            details.transferDate = dateFrom(*entry, 7);
            if (!entry->isNull(8)) {
                details.duplicateOf = DocumentId{entry->integer(8)};
            }
            details.duplicateReason = entry->text(9);
            record.incoming = details;
        } else if (entry->failed()) {
            return entry->error();
        }
    } else {
        auto entry = m_database.query(
            QStringLiteral("SELECT e.series_id, s.code, e.year, e.number, e.drafting_unit, e.copy_holder, "
                           "e.issued_amount, e.transfer_date FROM outgoing_entry e JOIN series s ON "
                           "s.id = e.series_id WHERE e.document_id = ?"),
            {id.value});
        if (!entry) {
            return entry.error();
        }
        if (entry->next()) {
            OutgoingDetails details;
            details.seriesId = entry->integer(0);
            details.seriesCode = entry->text(1);
            details.year = static_cast<int>(entry->integer(2));
            details.number = static_cast<int>(entry->integer(3));
            details.draftingUnit = entry->text(4);
            details.copyHolder = entry->text(5);
            details.issuedAmount = static_cast<int>(entry->integer(6));
            details.transferDate = dateFrom(*entry, 7);
            record.outgoing = details;
        } else if (entry->failed()) {
            return entry->error();
        }
        if (record.outgoing) {
            auto recipients = m_database.query(QStringLiteral("SELECT organ_id, organ_name FROM outgoing_recipient "
                                                              "WHERE document_id = ? ORDER BY ordinal"),
                                               {id.value});
            if (!recipients) {
                return recipients.error();
            }
            while (recipients->next()) {
                record.outgoing->recipients.append(Recipient{recipients->text(0), recipients->text(1)});
            }
            if (recipients->failed()) {
                return recipients->error();
            }
        }
    }
    auto files = attachments(id);
    if (!files) {
        return files.error();
    }
    record.attachments = *files;
    auto history = versions(id);
    if (!history) {
        return history.error();
    }
    record.versions = *history;
    return std::optional<DocumentRecord>(record);
}

Result<QList<RegisterRow>> DocumentRepository::listRegister(Direction direction, const RegisterQuery& query)
{
    const bool incoming = direction == Direction::Incoming;
    const QString numberColumn = incoming ? QStringLiteral("e.arrival_number") : QStringLiteral("e.number");
    const QString dateColumn = incoming ? QStringLiteral("e.arrival_date") : QStringLiteral("d.issued_date");
    // One statement text per direction and order, so each is prepared once; absent filters are bound as NULL.
    const QString sql = (incoming ? IncomingRowSelect : OutgoingRowSelect)
                        + QStringLiteral("WHERE e.series_id = ? AND e.year = ? AND %1 %2 ? "
                                         "AND (? IS NULL OR %3 >= ?) AND (? IS NULL OR %3 <= ?) "
                                         "ORDER BY %1 %4 LIMIT ?")
                              .arg(numberColumn, query.ascending ? QStringLiteral(">") : QStringLiteral("<"),
                                   dateColumn, query.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    const qint64 cursor = query.afterNumber.value_or(query.ascending ? 0 : std::numeric_limits<qint64>::max());
    const QVariant from = query.fromDate ? dateValue(*query.fromDate) : QVariant(QMetaType(QMetaType::QString));
    const QVariant to = query.toDate ? dateValue(*query.toDate) : QVariant(QMetaType(QMetaType::QString));
    auto rows = m_database.query(sql, {query.seriesId, query.year, cursor, from, from, to, to, query.limit});
    if (!rows) {
        return rows.error();
    }
    QList<RegisterRow> list;
    while (rows->next()) {
        list.append(rowFrom(*rows, direction));
    }
    if (rows->failed()) {
        return rows->error(); // a printed register must never be silently short
    }
    return list;
}

Result<QList<qint64>> DocumentRepository::listingIds(const RegisterListing& listing, const QString& matchExpression)
{
    const bool incoming = listing.direction == Direction::Incoming;
    const QString number = incoming ? QStringLiteral("e.arrival_number") : QStringLiteral("e.number");
    QString keys;
    switch (listing.order) {
    case RegisterOrder::Number:
        break;
    case RegisterOrder::Date:
        keys = incoming ? QStringLiteral("e.arrival_date") : QStringLiteral("d.issued_date");
        break;
    case RegisterOrder::Code:
        keys = QStringLiteral("fold_text(d.code_notation) %1, CAST(d.code_number AS INTEGER)");
        break;
    case RegisterOrder::Subject:
        // Type keys are the folded type names with hyphens ("quyet-dinh"), so they sort like the names.
        keys = QStringLiteral("d.type_key %1, fold_text(d.subject)");
        break;
    case RegisterOrder::Party:
        keys = incoming ? QStringLiteral("fold_text(d.organ_name)")
                        : QStringLiteral("fold_text((SELECT organ_name FROM outgoing_recipient r WHERE r.document_id "
                                         "= d.id ORDER BY r.ordinal LIMIT 1))");
        break;
    case RegisterOrder::Urgency:
        keys = QStringLiteral("d.urgency %1, d.secrecy");
        break;
    }
    const QString direction = listing.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (keys.contains(QLatin1String("%1"))) {
        keys = keys.arg(direction);
    }
    const QString orderBy = (keys.isEmpty() ? QString() : keys + QLatin1Char(' ') + direction + QStringLiteral(", "))
                            + number + QLatin1Char(' ') + direction;
    QString sql = QStringLiteral("SELECT e.document_id FROM %1 e ")
                      .arg(incoming ? QStringLiteral("incoming_entry") : QStringLiteral("outgoing_entry"));
    // The join costs a lookup per entry: only when the order or a filter reads the document.
    const bool needsDocument =
        keys.contains(QLatin1String("d.")) || !listing.typeKey.isEmpty() || listing.urgency.has_value();
    if (needsDocument) {
        sql += QStringLiteral("JOIN document d ON d.id = e.document_id ");
    }
    sql += QStringLiteral("WHERE e.series_id = ? AND e.year = ? ");
    QVariantList values{listing.seriesId, listing.year};
    if (!listing.typeKey.isEmpty()) {
        sql += QStringLiteral("AND d.type_key = ? ");
        values.append(listing.typeKey);
    }
    if (listing.urgency) {
        sql += QStringLiteral("AND d.urgency = ? ");
        values.append(static_cast<int>(*listing.urgency));
    }
    if (!matchExpression.isEmpty()) {
        sql +=
            QStringLiteral("AND e.document_id IN (SELECT rowid FROM document_search WHERE document_search MATCH ?) ");
        values.append(matchExpression);
    }
    sql += QStringLiteral("ORDER BY ") + orderBy;
    return m_database.integers(sql, values);
}

Result<QList<RegisterRow>> DocumentRepository::rowsFor(const QList<qint64>& ids)
{
    QList<RegisterRow> list;
    for (const qint64 id : ids) {
        auto direction = m_database.query(QStringLiteral("SELECT direction FROM document WHERE id = ?"), {id});
        if (!direction) {
            return direction.error();
        }
        if (!direction->next()) {
            if (direction->failed()) {
                return direction->error();
            }
            continue;
        }
        const bool incoming = direction->text(0) == QLatin1String("incoming");
        auto rows = m_database.query(
            (incoming ? IncomingRowSelect : OutgoingRowSelect) + QStringLiteral("WHERE d.id = ?"), {id});
        if (!rows) {
            return rows.error();
        }
        if (rows->next()) {
            list.append(rowFrom(*rows, incoming ? Direction::Incoming : Direction::Outgoing));
        } else if (rows->failed()) {
            return rows->error();
        }
    }
    return list;
}

Result<std::optional<int>> DocumentRepository::latestYear(Direction direction, qint64 seriesId)
{
    const QString sql = direction == Direction::Incoming
                            ? QStringLiteral("SELECT max(year) FROM incoming_entry WHERE series_id = ?")
                            : QStringLiteral("SELECT max(year) FROM outgoing_entry WHERE series_id = ?");
    auto rows = m_database.query(sql, {seriesId});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return rows->failed() ? Result<std::optional<int>>(rows->error()) : std::optional<int>();
    }
    if (rows->isNull(0)) {
        return std::optional<int>();
    }
    return std::optional<int>(static_cast<int>(rows->integer(0)));
}

Result<qint64> DocumentRepository::countDocuments()
{
    auto rows = m_database.query(QStringLiteral("SELECT value FROM counter WHERE name = 'documents'"));
    if (!rows) {
        return rows.error();
    }
    if (rows->next()) {
        return rows->integer(0);
    }
    if (rows->failed()) {
        return rows->error();
    }
    return qint64(0);
}

Result<void> DocumentRepository::addToDocumentCount(qint64 added)
{
    return m_database.execute(QStringLiteral("UPDATE counter SET value = value + ? WHERE name = 'documents'"), {added});
}

Result<QList<qint64>> DocumentRepository::documentIdsInStates(const QList<DocumentState>& states)
{
    QStringList placeholders;
    QVariantList keys;
    for (const DocumentState state : states) {
        placeholders.append(QStringLiteral("?"));
        keys.append(stateKey(state));
    }
    return m_database.integers(
        QStringLiteral("SELECT id FROM document WHERE state IN (%1) ORDER BY id DESC").arg(placeholders.join(u',')),
        keys);
}

Result<QList<qint64>> DocumentRepository::documentIdsAfter(qint64 after, int limit)
{
    return m_database.integers(QStringLiteral("SELECT id FROM document WHERE id > ? ORDER BY id LIMIT ?"),
                               {after, limit});
}

} // namespace vanthu::core
