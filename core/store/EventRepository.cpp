// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/EventRepository.h"

#include "common/IsoTime.h"
#include "core/store/Database.h"

namespace vanthu::core
{
namespace
{

const QString selectEvents = QStringLiteral("SELECT e.seq, e.id, e.document_uid, e.type, e.schema, e.payload, e.at, "
                                            "e.actor FROM event e ");

Result<QList<EventRecord>> readEvents(Result<Rows> rows)
{
    if (!rows) {
        return rows.error();
    }
    QList<EventRecord> events;
    while (rows->next()) {
        EventRecord event;
        event.seq = rows->integer(0);
        event.id = rows->text(1);
        event.documentUid = rows->text(2);
        event.type = rows->text(3);
        event.schema = static_cast<int>(rows->integer(4));
        event.payload = rows->text(5).toUtf8();
        event.at = QDateTime::fromString(rows->text(6), Qt::ISODateWithMs);
        event.actor = rows->text(7);
        events.append(event);
    }
    if (rows->failed()) {
        return rows->error();
    }
    return events;
}

} // namespace

EventRepository::EventRepository(Database& database) : m_database(database)
{
}

Result<void> EventRepository::append(EventRecord& event)
{
    auto seq =
        m_database.insert(QStringLiteral("INSERT INTO event (id, document_uid, type, schema, payload, at, actor) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {event.id, event.documentUid.isEmpty() ? QVariant() : QVariant(event.documentUid), event.type,
                           event.schema, QString::fromUtf8(event.payload), isoUtcTimestamp(event.at), event.actor});
    if (!seq) {
        return seq.error();
    }
    event.seq = *seq;
    return m_database.execute(QStringLiteral("INSERT INTO outbox (event_seq) VALUES (?)"), {event.seq});
}

Result<QList<EventRecord>> EventRepository::outbox(int limit)
{
    return readEvents(m_database.query(
        selectEvents + QStringLiteral("JOIN outbox o ON o.event_seq = e.seq ORDER BY e.seq LIMIT ?"), {limit}));
}

Result<void> EventRepository::markPushed(const QList<qint64>& seqs)
{
    for (const qint64 seq : seqs) {
        if (auto removed = m_database.execute(QStringLiteral("DELETE FROM outbox WHERE event_seq = ?"), {seq});
            !removed) {
            return removed;
        }
    }
    return {};
}

Result<QList<EventRecord>> EventRepository::eventsFor(const QString& documentUid)
{
    return readEvents(
        m_database.query(selectEvents + QStringLiteral("WHERE e.document_uid = ? ORDER BY e.seq"), {documentUid}));
}

} // namespace vanthu::core
