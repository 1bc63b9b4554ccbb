// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/AuditRepository.h"
#include "common/IsoTime.h"

#include "core/store/Database.h"

namespace vanthu::core
{
namespace
{

AuditEntry entryFrom(const Rows& rows)
{
    return AuditEntry{rows.integer(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4),
                      rows.text(5),    rows.text(6), rows.text(7), rows.text(8)};
}

const QString SelectColumns =
    QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, payload, prev_hash, hash FROM audit_event ");

} // namespace

AuditRepository::AuditRepository(Database& database) : m_database(database)
{
}

Result<AuditHead> AuditRepository::head()
{
    auto rows = m_database.query(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return rows->failed() ? rows->error()
                              : Error{ErrorCode::Corrupt, QString(), QStringLiteral("audit_head row missing")};
    }
    return AuditHead{rows->integer(0), rows->text(1)};
}

Result<AuditEntry> AuditRepository::append(const AuditRecord& record, const QString& actor, const QDateTime& at)
{
    if (!m_head) {
        auto current = head();
        if (!current) {
            return current.error();
        }
        m_head = *current;
    }
    const std::optional<AuditHead>& current = m_head;
    AuditEntry entry;
    entry.seq = current->seq + 1;
    entry.at = isoUtcTimestamp(at);
    entry.actor = actor;
    entry.action = record.action;
    entry.entity = record.entity;
    entry.entityId = record.entityId;
    entry.payload = record.payload;
    entry.prevHash = current->hash;
    entry.hash = computeAuditHash(entry);
    auto inserted = m_database.execute(
        QStringLiteral("INSERT INTO audit_event (seq, at, actor, action, entity, entity_id, payload, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.seq, entry.at, entry.actor, entry.action, entry.entity, entry.entityId, entry.payload, entry.prevHash,
         entry.hash});
    if (!inserted) {
        return inserted.error();
    }
    m_head = AuditHead{entry.seq, entry.hash};
    m_headDirty = true;
    if (!m_deferHead) {
        if (auto moved = flushHead(); !moved) {
            return moved.error();
        }
    }
    return entry;
}

void AuditRepository::deferHeadUpdates()
{
    m_deferHead = true;
}

Result<void> AuditRepository::flushHead()
{
    if (!m_headDirty) {
        return {};
    }
    auto moved = m_database.execute(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"),
                                    {m_head->seq, m_head->hash});
    if (moved) {
        m_headDirty = false;
    }
    return moved;
}

Result<void> AuditRepository::forEach(const std::function<bool(const AuditEntry&)>& visit)
{
    auto rows = m_database.query(SelectColumns + QStringLiteral("ORDER BY seq"));
    if (!rows) {
        return rows.error();
    }
    while (rows->next()) {
        if (!visit(entryFrom(*rows))) {
            return {};
        }
    }
    if (rows->failed()) {
        return rows->error();
    }
    return {};
}

Result<QList<AuditEntry>> AuditRepository::entriesFor(const QString& entity, const QString& entityId)
{
    auto rows = m_database.query(SelectColumns + QStringLiteral("WHERE entity = ? AND entity_id = ? ORDER BY seq"),
                                 {entity, entityId});
    if (!rows) {
        return rows.error();
    }
    QList<AuditEntry> entries;
    while (rows->next()) {
        entries.append(entryFrom(*rows));
    }
    if (rows->failed()) {
        return rows->error();
    }
    return entries;
}

Result<QList<qint64>> AuditRepository::documentsWithoutRegistration()
{
    return m_database.integers(QStringLiteral(
        "SELECT d.id FROM document d WHERE NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.entity = 'document' "
        "AND a.entity_id = CAST(d.id AS TEXT) AND a.action IN ('register', 'draft')) ORDER BY d.id"));
}

} // namespace vanthu::core
