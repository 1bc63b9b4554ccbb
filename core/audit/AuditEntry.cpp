// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditEntry.h"

#include <QCryptographicHash>

namespace vanthu::core {
namespace {

void addField(QCryptographicHash& hash, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    hash.addData(QByteArray::number(utf8.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(utf8);
}

} // namespace

QString auditGenesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString computeAuditHash(const AuditEntry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("vanthu-audit-v1\n"));
    for (const QString& field : {QString::number(entry.seq), entry.at, entry.actor, entry.action, entry.entity,
                                 entry.entityId, entry.payload, entry.prevHash}) {
        addField(hash, field);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace vanthu::core
