// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Document.h"
#include "core/store/SearchRepository.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>

namespace vanthu::core
{

class BlobStore;
class Database;

/** The text layers of @p record's stored PDFs, read from @p blobs (a file that cannot be read adds nothing). */
[[nodiscard]] QStringList storedAttachmentTexts(const BlobStore& blobs, const DocumentRecord& record);

/**
 * A committed document to index: its record and the text layers of its PDFs (folded on the indexer's thread), or,
 * when registration did not read them, a request to read them from the stored blobs there.
 */
struct IndexJob
{
    DocumentRecord record;
    QStringList attachmentTexts;
    bool readTextsFromBlobs = false;
};

/**
 * Keeps search.db up to date on a thread of its own, so indexing runs beside registration instead of inside its
 * transaction. Registrations hand over their folded text after they commit; at start-up the writer compares the
 * registers' document count with the index's and indexes whatever a crashed process left out (reading the stored
 * PDFs again). The index is derived data: losing it loses nothing. Thread-safe.
 */
class SearchIndexWriter final
{
public:
    /**
     * Starts the thread; it opens its own connections to @p searchPath and to @p registerPath (which it only reads,
     * for the start-up check).
     */
    SearchIndexWriter(QString searchPath, QString registerPath, const BlobStore& blobs);
    /** Indexes what is queued, then stops the thread. */
    ~SearchIndexWriter();
    SearchIndexWriter(const SearchIndexWriter&) = delete;
    SearchIndexWriter& operator=(const SearchIndexWriter&) = delete;

    /** Queues committed documents for indexing; waits while the indexer is far behind. */
    void enqueue(QList<IndexJob> jobs);

    /** Blocks until everything queued so far (and the start-up check) is in the index. */
    void waitUntilIdle();
    /**
     * Like waitUntilIdle(), for at most @p limit: a window may wait for this process's few registrations, not for a
     * rebuild of a whole index. True when the index caught up.
     */
    [[nodiscard]] bool waitUntilIdleFor(std::chrono::milliseconds limit);

private:
    void run();
    void catchUp();
    void writeBatch(QList<IndexJob> jobs);

    QString m_searchPath;
    QString m_registerPath;
    const BlobStore& m_blobs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::condition_variable m_drained;
    QList<IndexJob> m_queue;
    bool m_busy = true; ///< the start-up check counts as work
    bool m_stopping = false;
    std::thread m_thread;
    std::unique_ptr<Database> m_index; ///< used only on the writer's thread
};

} // namespace vanthu::core
