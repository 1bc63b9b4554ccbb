// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace vanthu::core
{

/**
 * One change in the workspace's event log (issue 13): written in the same transaction as the change, kept forever,
 * and queued in the outbox that the sync engine reads. The payload is JSON in a schema of the event's own type and
 * version (core/events), never the CLI's JSON, so desks of different versions can read each other's events.
 */
struct EventRecord
{
    qint64 seq = 0;      ///< local order, also the outbox order
    QString id;          ///< made by the desk that wrote it (UUID): pushing it twice is pushing it once
    QString documentUid; ///< the document it concerns; empty for events about no document (settings)
    QString type;        ///< "document.registered", ...
    int schema = 1;      ///< the version of the payload's schema for this type
    QByteArray payload;  ///< compact UTF-8 JSON
    QDateTime at;
    QString actor;
};

} // namespace vanthu::core
