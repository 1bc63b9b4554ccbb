// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vanthu::core
{

/** A change about to be appended to the audit trail. */
struct AuditRecord
{
    QString action;   ///< "register", "series.create", "agency.set", ...
    QString entity;   ///< "document", "series", "agency"
    QString entityId; ///< the entity's id as text
    QString payload;  ///< compact JSON with the full before/after values
};

/** One stored entry of the hash-chained audit trail. */
struct AuditEntry
{
    qint64 seq = 0;
    QString at; ///< ISO 8601 UTC instant
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QString payload;
    QString prevHash;
    QString hash;
};

/** The hash that precedes the first entry. */
[[nodiscard]] QString auditGenesisHash();

/**
 * SHA-256 over every field of @p entry but its own hash, each written as "<UTF-8 byte length>:<bytes>" so that no
 * two different entries encode alike and the encoding never depends on a library's JSON formatting.
 */
[[nodiscard]] QString computeAuditHash(const AuditEntry& entry);

} // namespace vanthu::core
