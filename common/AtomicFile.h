// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace vanthu
{

/**
 * Writes @p data to @p path so that a crash leaves either the old file or the complete new one: a temporary file in
 * the same directory, fsync, rename over the target, fsync of the directory. Errors: Io with errno text in detail.
 */
[[nodiscard]] Result<void> writeFileAtomically(const QString& path, const QByteArray& data);

/**
 * Like writeFileAtomically(), for a file that starts with the first @p prefix.size() bytes of the open file
 * @p sourceDescriptor (whose content @p prefix also is): the kernel copies them (copy_file_range, no pass through this
 * process's memory), falling back to writing @p prefix where it cannot; then @p tail follows. This is how a signed PDF
 * is written: the original, unchanged, then the incremental update.
 */
[[nodiscard]] Result<void> writeFileAtomically(const QString& path, int sourceDescriptor, QByteArrayView prefix,
                                               QByteArrayView tail);

/**
 * A file written in steps and then put in place atomically: a temporary file in the target's folder receives the
 * parts, commit() fsyncs it, renames it over the target and fsyncs the folder; destroying an uncommitted writer
 * removes the temporary file. Parts may be written (and synced) early, e.g. from another thread while the caller
 * still computes the rest; one thread at a time.
 */
class AtomicFileWriter final
{
public:
    [[nodiscard]] static Result<AtomicFileWriter> create(const QString& path);
    AtomicFileWriter(AtomicFileWriter&& other) noexcept;
    AtomicFileWriter& operator=(AtomicFileWriter&&) = delete;
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;
    ~AtomicFileWriter();

    /** Appends @p bytes. */
    [[nodiscard]] Result<void> append(QByteArrayView bytes);
    /**
     * Appends the first @p prefix.size() bytes of the open file @p sourceDescriptor (whose content @p prefix is):
     * copied by the kernel (copy_file_range) where it can, else written from @p prefix.
     */
    [[nodiscard]] Result<void> appendFileStart(int sourceDescriptor, QByteArrayView prefix);
    /** Flushes what was written so far to the disk, so commit() has little left to wait for. */
    [[nodiscard]] Result<void> syncData();
    /** fsync, rename over the target, fsync of the folder. */
    [[nodiscard]] Result<void> commit();

private:
    AtomicFileWriter() = default;
    QString m_path;
    QByteArray m_temporaryName;
    int m_fd = -1;
    qint64 m_size = 0;
};

/** fsyncs the file @p path (written by someone else, e.g. SQLite's VACUUM INTO, which does not sync its output). */
[[nodiscard]] Result<void> syncFile(const QString& path);

/** fsyncs the directory @p path so that a rename or create inside it survives a power cut. */
[[nodiscard]] Result<void> syncDirectory(const QString& path);

/** Flushes the whole file system that holds @p path (syncfs): one flush for many files written unsynced. */
[[nodiscard]] Result<void> syncFileSystem(const QString& path);

/**
 * Writes @p data, unsynced, to a new temporary file beside @p target, named as AtomicFileWriter names its own
 * (".<name>.tmp-XXXXXX"), and returns its path: for callers that sync many files at once before renaming them.
 */
[[nodiscard]] Result<QString> writeTemporaryBeside(const QString& target, QByteArrayView data);

} // namespace vanthu
