// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchIndexWriter.h"

#include "core/search/SearchIndexer.h"
#include "core/store/BlobStore.h"
#include "core/store/Database.h"
#include "core/store/DocumentRepository.h"
#include "core/store/Logging.h"
#include "core/store/WriteTransaction.h"
#include "signing/PdfInspector.h"

#include <QSet>

namespace vanthu::core
{

QStringList storedAttachmentTexts(const BlobStore& blobs, const DocumentRecord& record)
{
    QStringList texts;
    for (const AttachmentRecord& attachment : record.attachments) {
        auto bytes = blobs.get(attachment.sha256);
        auto facts = bytes ? signing::PdfInspector::inspect(*bytes) : Result<signing::PdfFacts>(bytes.error());
        if (facts) {
            texts.append(facts->text);
        } else {
            qCWarning(lcStore) << "attachment not indexed" << attachment.sha256 << facts.error().detail;
        }
    }
    return texts;
}
namespace
{

// Large enough to amortise a commit (FTS5 writes one segment per transaction), small enough that a search waits
// briefly.
constexpr int BatchSize = 5000;
constexpr int CatchUpPage = 10000;
// Registration waits when the indexer falls this far behind, so a bulk import cannot fill memory with jobs.
constexpr qsizetype MaxQueued = 50000;

} // namespace

SearchIndexWriter::SearchIndexWriter(QString searchPath, QString registerPath, const BlobStore& blobs)
    : m_searchPath(std::move(searchPath)), m_registerPath(std::move(registerPath)), m_blobs(blobs)
{
    m_thread = std::thread([this] { run(); });
}

SearchIndexWriter::~SearchIndexWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void SearchIndexWriter::enqueue(QList<IndexJob> jobs)
{
    {
        std::unique_lock lock(m_mutex);
        m_drained.wait(lock, [this] { return m_queue.size() < MaxQueued || m_stopping; });
        m_queue.append(std::move(jobs));
        m_busy = true;
    }
    m_wake.notify_all();
}

void SearchIndexWriter::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_busy && m_queue.isEmpty(); });
}

bool SearchIndexWriter::waitUntilIdleFor(std::chrono::milliseconds limit)
{
    std::unique_lock lock(m_mutex);
    return m_idle.wait_for(lock, limit, [this] { return !m_busy && m_queue.isEmpty(); });
}

void SearchIndexWriter::run()
{
    auto index = Database::open(m_searchPath);
    if (index) {
        m_index = std::move(*index);
        if (auto schema = SearchRepository(*m_index).ensureSchema(); !schema) {
            qCWarning(lcStore) << "search index unusable" << schema.error().detail;
            m_index.reset();
        }
    } else {
        qCWarning(lcStore) << "search index cannot be opened" << index.error().detail;
    }
    if (m_index) {
        catchUp();
    }
    while (true) {
        QList<IndexJob> work;
        {
            std::unique_lock lock(m_mutex);
            if (m_queue.isEmpty()) {
                m_busy = false;
                m_idle.notify_all();
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.isEmpty(); });
            }
            if (m_queue.isEmpty() && m_stopping) {
                break;
            }
            const qsizetype take = std::min<qsizetype>(m_queue.size(), BatchSize);
            work = m_queue.mid(0, take);
            m_queue.remove(0, take);
        }
        m_drained.notify_all();
        if (m_index) {
            writeBatch(work);
        }
    }
    m_index.reset();
}

void SearchIndexWriter::writeBatch(QList<IndexJob> jobs)
{
    // Text layers registration left unread (the slow part of taking in a PDF) are read here, before the index's
    // transaction, on this thread: registration commits at the speed of its disk, search catches up behind it.
    for (IndexJob& job : jobs) {
        if (job.readTextsFromBlobs) {
            job.attachmentTexts = storedAttachmentTexts(m_blobs, job.record);
            job.readTextsFromBlobs = false;
        }
    }
    auto transaction = WriteTransaction::begin(*m_index);
    if (!transaction) {
        qCWarning(lcStore) << "search index not written" << transaction.error().detail;
        return;
    }
    SearchRepository search(*m_index);
    qint64 added = 0;
    for (const IndexJob& job : jobs) {
        auto put = search.put(job.record.id.value, searchColumnsFor(job.record, job.attachmentTexts));
        if (!put) {
            qCWarning(lcStore) << "search index not written" << put.error().detail;
            return;
        }
        added += *put ? 1 : 0;
    }
    if (auto counted = search.addToIndexedCount(added); !counted) {
        qCWarning(lcStore) << "search index not counted" << counted.error().detail;
        return;
    }
    if (auto committed = transaction->commit(); !committed) {
        qCWarning(lcStore) << "search index not committed" << committed.error().detail;
    }
}

void SearchIndexWriter::catchUp()
{
    auto registers = Database::open(m_registerPath);
    if (!registers) {
        qCWarning(lcStore) << "search catch-up cannot read the registers" << registers.error().detail;
        return;
    }
    DocumentRepository documents(**registers);
    SearchRepository search(*m_index);
    auto registered = documents.countDocuments();
    auto indexed = search.indexedCount();
    if (!registered || !indexed || *registered == *indexed) {
        return;
    }
    qCInfo(lcStore) << "search index behind:" << *indexed << "of" << *registered << "documents; catching up";
    // Walk both id lists in order and index what the registers have and the index lacks.
    QList<IndexJob> missing;
    qint64 afterDocument = 0;
    qint64 afterIndexed = 0;
    QList<qint64> indexedPage;
    qsizetype indexedPosition = 0;
    bool indexedDone = false;
    while (true) {
        auto page = documents.documentIdsAfter(afterDocument, CatchUpPage);
        if (!page || page->isEmpty()) {
            break;
        }
        for (const qint64 id : *page) {
            while (!indexedDone && (indexedPosition >= indexedPage.size() || indexedPage.at(indexedPosition) < id)) {
                if (indexedPosition >= indexedPage.size()) {
                    auto next = search.indexedIdsAfter(afterIndexed, CatchUpPage);
                    if (!next || next->isEmpty()) {
                        indexedDone = true;
                        break;
                    }
                    indexedPage = *next;
                    indexedPosition = 0;
                    afterIndexed = indexedPage.back();
                } else {
                    ++indexedPosition;
                }
            }
            if (!indexedDone && indexedPosition < indexedPage.size() && indexedPage.at(indexedPosition) == id) {
                continue;
            }
            auto record = documents.get(DocumentId{id});
            if (!record || !*record) {
                continue;
            }
            missing.append(IndexJob{**record, storedAttachmentTexts(m_blobs, **record)});
            if (missing.size() >= BatchSize) {
                writeBatch(missing);
                missing.clear();
                // A process that is closing does not wait for a long catch-up; the next one goes on with it.
                const std::lock_guard lock(m_mutex);
                if (m_stopping) {
                    return;
                }
            }
        }
        afterDocument = page->back();
    }
    if (!missing.isEmpty()) {
        writeBatch(missing);
    }
}

} // namespace vanthu::core
