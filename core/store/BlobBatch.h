// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/store/BlobStore.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace vanthu::core
{

/**
 * The blobs of one registration batch, made durable together before the transaction that names them commits (the
 * blob store's rule: blobs first, rows after). add() writes each file under a temporary name in its folder without
 * syncing; commit() renames every file into place and makes data and names durable. A small batch syncs each file
 * before its rename, then each folder; a large one renames, then asks the kernel once for the whole file system
 * (syncfs): one flush instead of two per file. Files not committed are removed when the batch goes.
 * One thread; the store's other rules hold (a name is a SHA-256, an existing file is checked before it is kept).
 */
class BlobBatch final
{
public:
    explicit BlobBatch(const BlobStore& store);
    ~BlobBatch();
    BlobBatch(const BlobBatch&) = delete;
    BlobBatch& operator=(const BlobBatch&) = delete;

    /** Adds @p bytes and returns their SHA-256 (the name they will have). Errors: Io. */
    [[nodiscard]] Result<QString> add(const QByteArray& bytes);
    /** add() of bytes whose SHA-256 the caller computed already (IntakeFacts, on other threads). */
    [[nodiscard]] Result<QString> add(const QByteArray& bytes, const QString& sha256);

    /** Makes every file added durable under its name. Errors: Io (the rows must then not be written). */
    [[nodiscard]] Result<void> commit();

    /** From this many files on, commit() flushes the file system once instead of each file. */
    static constexpr qsizetype SyncFileSystemFrom = 16;

private:
    struct Pending
    {
        QString temporary;
        QString target;
    };

    const BlobStore& m_store;
    QList<Pending> m_pending;
    QSet<QString> m_names;           ///< SHA-256 names in this batch
    QSet<QString> m_foldersToSync;   ///< folders whose entries change (small batches)
    QSet<QString> m_keptToSync;      ///< files already stored that this batch names (small batches)
    QSet<QString> m_existingFolders; ///< fan-out folders known to exist
    bool m_rootParentToSync = false; ///< the blob root itself was created
};

} // namespace vanthu::core
