// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/VerificationRepository.h"

#include "common/IsoTime.h"
#include "core/store/Database.h"

namespace vanthu::core
{

VerificationRepository::VerificationRepository(Database& database) : m_database(database)
{
}

Result<void> VerificationRepository::insert(DocumentId id, VerificationRecord& record)
{
    auto inserted = m_database.insert(
        QStringLiteral("INSERT INTO verification_report (document_id, version_id, checked_at, checked_by, online, "
                       "status, verdict, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {id.value, record.versionId, isoUtcTimestamp(record.checkedAt), record.checkedBy, record.online ? 1 : 0,
         signatureStatusKey(record.status), record.verdict, QString::fromUtf8(record.reportJson)});
    if (!inserted) {
        return inserted.error();
    }
    record.id = *inserted;
    return {};
}

Result<QList<VerificationRecord>> VerificationRepository::reportsFor(DocumentId id)
{
    auto rows = m_database.query(
        QStringLiteral("SELECT id, version_id, checked_at, checked_by, online, status, verdict, report FROM "
                       "verification_report WHERE document_id = ? ORDER BY id"),
        {id.value});
    if (!rows) {
        return rows.error();
    }
    QList<VerificationRecord> list;
    while (rows->next()) {
        VerificationRecord record;
        record.id = rows->integer(0);
        record.versionId = rows->integer(1);
        record.checkedAt = QDateTime::fromString(rows->text(2), Qt::ISODateWithMs);
        record.checkedBy = rows->text(3);
        record.online = rows->integer(4) != 0;
        record.status = parseSignatureStatus(rows->text(5)).value_or(SignatureStatus::Attention);
        record.verdict = rows->text(6);
        record.reportJson = rows->text(7).toUtf8();
        list.append(record);
    }
    if (rows->failed()) {
        return rows->error();
    }
    return list;
}

} // namespace vanthu::core
