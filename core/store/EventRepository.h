// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/events/EventRecord.h"

#include <QList>

namespace vanthu::core
{

class Database;

/** SQL of the event log and its outbox. Appends run inside the use case's WriteTransaction. */
class EventRepository final
{
public:
    explicit EventRepository(Database& database);

    /** Appends @p event (its id must be set) and queues it in the outbox; fills its seq. Errors: Storage/Busy. */
    [[nodiscard]] Result<void> append(EventRecord& event);

    /** The oldest @p limit events not yet pushed, in seq order. */
    [[nodiscard]] Result<QList<EventRecord>> outbox(int limit);
    /** Takes events out of the outbox once the hub has them (the log keeps them). */
    [[nodiscard]] Result<void> markPushed(const QList<qint64>& seqs);

    /** Every event about one document, oldest first: its history. */
    [[nodiscard]] Result<QList<EventRecord>> eventsFor(const QString& documentUid);

private:
    Database& m_database;
};

} // namespace vanthu::core
