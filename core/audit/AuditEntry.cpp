// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditEntry.h"

#include "common/Sha256.h"

namespace vanthu::core
{
namespace
{

void addField(Sha256Hasher& hash, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    hash.add(QByteArray::number(utf8.size()));
    hash.add(QByteArrayView(":"));
    hash.add(utf8);
}

} // namespace

QString auditGenesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString computeAuditHash(const AuditEntry& entry)
{
    Sha256Hasher hash;
    hash.add(QByteArrayView("vanthu-audit-v1\n"));
    for (const QString& field : {QString::number(entry.seq), entry.at, entry.actor, entry.action, entry.entity,
                                 entry.entityId, entry.payload, entry.prevHash}) {
        addField(hash, field);
    }
    return hash.hexDigest();
}

} // namespace vanthu::core
