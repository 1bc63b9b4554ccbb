// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace vanthu::core
{

/**
 * Content-addressed storage of a workspace's files (PDFs): each blob is named by its SHA-256, written once
 * atomically (temporary file, fsync, rename, directory fsync) and checked against its name on every read.
 * Blobs are written before the database rows that name them, so a crash leaves at worst an unreferenced blob.
 * Thread-safe: operations touch only their own files.
 */
class BlobStore final
{
public:
    /** @p root is the blob folder of the workspace; it is created on first write. */
    explicit BlobStore(QString root);

    /** Stores @p bytes and returns their SHA-256. Idempotent; repairs a damaged copy. Errors: Io. */
    [[nodiscard]] Result<QString> put(const QByteArray& bytes) const;

    /** Reads a blob. Errors: NotFound when missing; Corrupt when its content no longer matches its hash; Io. */
    [[nodiscard]] Result<QByteArray> get(const QString& sha256) const;

    /** True if a file of that name exists (its content is not checked). */
    [[nodiscard]] bool contains(const QString& sha256) const;

    /** Where the blob named @p sha256 lives. */
    [[nodiscard]] QString pathFor(const QString& sha256) const;

    [[nodiscard]] const QString& root() const;

    /**
     * Removes temporary files that a killed writer left behind, if older than @p minimumAgeSeconds (a younger one
     * may belong to a writer that is still running). Returns how many were removed.
     */
    int removeStaleTemporaryFiles(qint64 minimumAgeSeconds = 3600) const;

private:
    QString m_root;
};

} // namespace vanthu::core
