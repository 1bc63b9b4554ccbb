// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/audit/AuditEntry.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace vanthu::core
{

class Database;

/** The newest link of the chain as recorded beside it. */
struct AuditHead
{
    qint64 seq = 0;
    QString hash;
};

/**
 * SQL of the audit trail. Appends must run inside the use case's WriteTransaction; an instance remembers the head it
 * moved, so use one instance per transaction.
 */
class AuditRepository final
{
public:
    explicit AuditRepository(Database& database);

    /** Appends @p record after the current head and moves the head. Errors: Storage/Busy. */
    [[nodiscard]] Result<AuditEntry> append(const AuditRecord& record, const QString& actor, const QDateTime& at);

    /**
     * For bulk writers: keep the moved head in memory and write it only at flushHead(), once per transaction,
     * instead of after every entry. flushHead() must then run before the commit.
     */
    void deferHeadUpdates();
    [[nodiscard]] Result<void> flushHead();

    [[nodiscard]] Result<AuditHead> head();

    /** Calls @p visit for every entry in seq order until it returns false. */
    [[nodiscard]] Result<void> forEach(const std::function<bool(const AuditEntry&)>& visit);

    /** The entries about one entity, oldest first: the history of a document. */
    [[nodiscard]] Result<QList<AuditEntry>> entriesFor(const QString& entity, const QString& entityId);

    /** Ids of documents that have no "register" entry: rows written around the audited path. */
    [[nodiscard]] Result<QList<qint64>> documentsWithoutRegistration();

private:
    Database& m_database;
    std::optional<AuditHead> m_head; ///< the head as this instance last moved it, within one transaction
    bool m_deferHead = false;
    bool m_headDirty = false;
};

} // namespace vanthu::core
