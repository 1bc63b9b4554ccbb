// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/BlobBatch.h"

#include "common/AtomicFile.h"
#include "common/Sha256.h"
#include "core/store/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace vanthu::core
{
namespace
{

struct BlobBatchText
{
    Q_DECLARE_TR_FUNCTIONS(BlobBatchText)
};

Error renameFailure(const QString& path, int errorNumber)
{
    return Error{ErrorCode::Io, BlobBatchText::tr("A document file could not be stored (%1).").arg(path),
                 QStringLiteral("rename %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errorNumber)))};
}

} // namespace

BlobBatch::BlobBatch(const BlobStore& store) : m_store(store)
{
}

BlobBatch::~BlobBatch()
{
    for (const Pending& pending : std::as_const(m_pending)) {
        QFile::remove(pending.temporary);
    }
}

Result<QString> BlobBatch::add(const QByteArray& bytes)
{
    return add(bytes, sha256Hex(bytes));
}

Result<QString> BlobBatch::add(const QByteArray& bytes, const QString& sha256)
{
    if (m_names.contains(sha256)) {
        return sha256;
    }
    const QString target = m_store.pathFor(sha256);
    const QString folder = QFileInfo(target).absolutePath();
    if (QFileInfo::exists(target)) {
        if (m_store.get(sha256)) {
            // Its writer may have died before syncing it or its folder: this batch syncs both.
            m_foldersToSync.insert(folder);
            m_keptToSync.insert(target);
            m_names.insert(sha256);
            return sha256;
        }
        qCWarning(lcStore) << "replacing damaged blob" << sha256;
    }
    // Most blobs of a batch share the fan-out folders: each is looked at once per batch.
    if (!m_existingFolders.contains(folder)) {
        if (!QFileInfo::exists(m_store.root())) {
            m_rootParentToSync = true;
        }
        if (!QFileInfo::exists(folder)) {
            m_foldersToSync.insert(m_store.root()); // the new folder's entry
        }
        if (!QDir().mkpath(folder)) {
            return Error{ErrorCode::Io, BlobBatchText::tr("Could not create the folder %1.").arg(folder),
                         QStringLiteral("mkpath failed")};
        }
        m_existingFolders.insert(folder);
    }
    // The temporary name is the one BlobStore::removeStaleTemporaryFiles() knows (".<name>.tmp-XXXXXX").
    auto temporaryPath = writeTemporaryBeside(target, bytes);
    if (!temporaryPath) {
        return temporaryPath.error();
    }
    m_pending.append(Pending{*temporaryPath, target});
    m_foldersToSync.insert(folder);
    m_names.insert(sha256);
    return sha256;
}

Result<void> BlobBatch::commit()
{
    const bool wholeFileSystem = m_pending.size() >= SyncFileSystemFrom;
    if (!wholeFileSystem) {
        for (const Pending& pending : std::as_const(m_pending)) {
            if (auto synced = syncFile(pending.temporary); !synced) {
                return synced;
            }
        }
        // A file another writer stored and this batch keeps: its data is made durable here too.
        for (const QString& kept : std::as_const(m_keptToSync)) {
            if (auto synced = syncFile(kept); !synced) {
                return synced;
            }
        }
    }
    // A small batch renames after its data is durable. A large one renames first and flushes the file system once:
    // a crash before that flush can leave a named file with missing data, but no row names it yet, add() checks an
    // existing file's hash before keeping it (a damaged one is replaced), and every read checks the hash.
    while (!m_pending.isEmpty()) {
        const Pending pending = m_pending.takeFirst();
        if (::rename(QFile::encodeName(pending.temporary).constData(), QFile::encodeName(pending.target).constData())
            != 0) {
            const int savedErrno = errno;
            QFile::remove(pending.temporary);
            return renameFailure(pending.target, savedErrno);
        }
    }
    if (wholeFileSystem) {
        if (auto synced = syncFileSystem(m_store.root()); !synced) {
            return synced;
        }
    } else {
        if (m_rootParentToSync) {
            m_foldersToSync.insert(QFileInfo(m_store.root()).absolutePath());
        }
        for (const QString& folder : std::as_const(m_foldersToSync)) {
            if (auto synced = syncDirectory(folder); !synced) {
                return synced;
            }
        }
    }
    m_foldersToSync.clear();
    m_keptToSync.clear();
    m_rootParentToSync = false;
    return {};
}

} // namespace vanthu::core
