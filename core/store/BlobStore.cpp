// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/BlobStore.h"

#include "common/AtomicFile.h"
#include "common/Sha256.h"
#include "core/store/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace vanthu::core
{
namespace
{

struct BlobStoreText
{
    Q_DECLARE_TR_FUNCTIONS(BlobStoreText)
};

} // namespace

BlobStore::BlobStore(QString root) : m_root(std::move(root))
{
}

const QString& BlobStore::root() const
{
    return m_root;
}

QString BlobStore::pathFor(const QString& sha256) const
{
    // One level of 256 folders keeps each folder small even at millions of files.
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool BlobStore::contains(const QString& sha256) const
{
    return isSha256Hex(sha256) && QFileInfo::exists(pathFor(sha256));
}

int BlobStore::removeStaleTemporaryFiles(qint64 minimumAgeSeconds) const
{
    // writeFileAtomically names its temporary files ".<target>.tmp-XXXXXX" in the target's folder.
    int removed = 0;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-minimumAgeSeconds);
    QDirIterator folders(m_root, QDir::Dirs | QDir::NoDotAndDotDot);
    while (folders.hasNext()) {
        const QDir folder(folders.next());
        for (const QFileInfo& file :
             folder.entryInfoList({QStringLiteral(".*.tmp-*")}, QDir::Files | QDir::Hidden | QDir::System)) {
            if (file.lastModified().toUTC() < cutoff && QFile::remove(file.absoluteFilePath())) {
                ++removed;
            }
        }
    }
    if (removed > 0) {
        qCInfo(lcStore) << "removed" << removed << "temporary files left by interrupted writes";
    }
    return removed;
}

Result<QString> BlobStore::put(const QByteArray& bytes) const
{
    const QString sha256 = sha256Hex(bytes);
    const QString path = pathFor(sha256);
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo::exists(path)) {
        auto existing = get(sha256);
        if (existing) {
            // The writer that renamed it into place may have died before syncing the folder.
            if (auto synced = syncDirectory(folder); !synced) {
                return synced.error();
            }
            return sha256;
        }
        qCWarning(lcStore) << "replacing damaged blob" << sha256;
    }
    const bool rootIsNew = !QFileInfo::exists(m_root);
    const bool folderIsNew = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder)) {
        return Error{ErrorCode::Io, BlobStoreText::tr("Could not create the folder %1.").arg(folder),
                     QStringLiteral("mkpath failed")};
    }
    // New folders must survive a power cut too: each one's entry lives in its parent.
    if (rootIsNew) {
        if (auto synced = syncDirectory(QFileInfo(m_root).absolutePath()); !synced) {
            return synced.error();
        }
    }
    if (folderIsNew) {
        if (auto synced = syncDirectory(m_root); !synced) {
            return synced.error();
        }
    }
    if (auto written = writeFileAtomically(path, bytes); !written) {
        return written.error();
    }
    return sha256;
}

Result<QByteArray> BlobStore::get(const QString& sha256) const
{
    if (!isSha256Hex(sha256)) {
        return Error{ErrorCode::InvalidInput, BlobStoreText::tr("The file reference is not valid."),
                     QStringLiteral("not a sha256 name")};
    }
    QFile file(pathFor(sha256));
    if (!file.exists()) {
        return Error{ErrorCode::NotFound,
                     BlobStoreText::tr("A stored file is missing from the workspace (%1). Restore it from a backup.")
                         .arg(sha256.left(12)),
                     QStringLiteral("blob %1 missing").arg(sha256)};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, BlobStoreText::tr("A stored file could not be read (%1).").arg(sha256.left(12)),
                     file.errorString()};
    }
    QByteArray bytes = file.readAll();
    if (sha256Hex(bytes) != sha256) {
        return Error{ErrorCode::Corrupt,
                     BlobStoreText::tr("A stored file has been altered or damaged (%1). Restore it from a backup.")
                         .arg(sha256.left(12)),
                     QStringLiteral("blob %1 hash mismatch").arg(sha256)};
    }
    return bytes;
}

} // namespace vanthu::core
