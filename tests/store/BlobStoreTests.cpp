// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Sha256.h"
#include "core/store/BlobBatch.h"
#include "core/store/BlobStore.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace vanthu;
using namespace vanthu::core;

TEST_CASE("blobs are named by their SHA-256 and read back intact", "[store][blobs]")
{
    QTemporaryDir directory;
    BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
    const QByteArray content("%PDF-1.4 content of a signed original");
    auto name = blobs.put(content);
    REQUIRE(name.has_value());
    CHECK(*name == sha256Hex(content));
    CHECK(QFile::exists(blobs.pathFor(*name)));
    CHECK(blobs.pathFor(*name).endsWith(name->left(2) + QLatin1Char('/') + *name));
    auto read = blobs.get(*name);
    REQUIRE(read.has_value());
    CHECK(*read == content);
    // Writing the same content again is a no-op that returns the same name.
    CHECK(*blobs.put(content) == *name);
    // No temporary file is left next to the blob.
    CHECK(QDir(QFileInfo(blobs.pathFor(*name)).absolutePath()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("a blob altered on disk is reported as corrupt, and put repairs it", "[store][blobs]")
{
    QTemporaryDir directory;
    BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
    const QByteArray content("original bytes");
    const QString name = *blobs.put(content);
    {
        QFile file(blobs.pathFor(name));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("altered bytes");
    }
    auto read = blobs.get(name);
    REQUIRE_FALSE(read.has_value());
    CHECK(read.error().code == ErrorCode::Corrupt);
    CHECK(read.error().message.contains(name.left(12)));
    REQUIRE(blobs.put(content).has_value());
    CHECK(*blobs.get(name) == content);
}

TEST_CASE("a missing blob and a malformed name are clear errors", "[store][blobs]")
{
    QTemporaryDir directory;
    BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
    auto missing = blobs.get(sha256Hex("never stored"));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
    auto traversal = blobs.get(QStringLiteral("../../vanthu.db"));
    REQUIRE_FALSE(traversal.has_value());
    CHECK(traversal.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("temporary files of interrupted writes are removed once they are old", "[store][blobs]")
{
    QTemporaryDir directory;
    BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
    const QString name = *blobs.put("kept");
    const QString folder = QFileInfo(blobs.pathFor(name)).absolutePath();
    const QString stale = folder + QStringLiteral("/.") + name + QStringLiteral(".tmp-AbC123");
    const QString fresh = folder + QStringLiteral("/.") + name + QStringLiteral(".tmp-XyZ789");
    for (const QString& path : {stale, fresh}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("partial");
    }
    QFile staleFile(stale);
    REQUIRE(staleFile.open(QIODevice::ReadWrite));
    REQUIRE(staleFile.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1), QFileDevice::FileModificationTime));
    staleFile.close();
    CHECK(blobs.removeStaleTemporaryFiles() == 1);
    CHECK_FALSE(QFile::exists(stale));
    CHECK(QFile::exists(fresh));
    CHECK(*blobs.get(name) == QByteArray("kept"));
}

namespace
{

/** Every file under @p root, hidden ones (temporaries) included. */
QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator iterator(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (iterator.hasNext()) {
        files.append(QFileInfo(iterator.next()).fileName());
    }
    return files;
}

} // namespace

TEST_CASE("a blob batch makes its files durable together, small or large, and leaves nothing when not committed",
          "[store][blobs]")
{
    for (const int count : {3, static_cast<int>(BlobBatch::SyncFileSystemFrom) + 4}) {
        INFO("batch of " << count);
        QTemporaryDir directory;
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        QStringList names;
        {
            BlobBatch batch(blobs);
            for (int index = 0; index < count; ++index) {
                auto name = batch.add(QByteArray("%PDF-1.7 document ") + QByteArray::number(index));
                REQUIRE(name.has_value());
                names.append(*name);
            }
            // The same bytes twice in one batch are one file.
            CHECK(*batch.add(QByteArray("%PDF-1.7 document 0")) == names.front());
            // Before commit nothing has its name yet: only temporaries exist.
            for (const QString& name : std::as_const(names)) {
                CHECK_FALSE(blobs.contains(name));
            }
            REQUIRE(batch.commit().has_value());
        }
        for (qsizetype index = 0; index < names.size(); ++index) {
            auto read = blobs.get(names.at(index));
            REQUIRE(read.has_value());
            CHECK(*read == QByteArray("%PDF-1.7 document ") + QByteArray::number(index));
        }
        CHECK(filesUnder(blobs.root()).size() == count); // no temporary left

        // A batch dropped without commit (a registration that failed its checks) leaves no file at all.
        {
            BlobBatch abandoned(blobs);
            REQUIRE(abandoned.add(QByteArray("never registered")).has_value());
        }
        CHECK(filesUnder(blobs.root()).size() == count);
    }
}

TEST_CASE("a blob batch keeps an intact existing file and replaces a damaged one", "[store][blobs]")
{
    QTemporaryDir directory;
    BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
    const QByteArray content("a scanned letter");
    const QString name = *blobs.put(content);
    {
        QFile damaged(blobs.pathFor(name));
        REQUIRE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("garbage");
    }
    REQUIRE_FALSE(blobs.get(name).has_value());
    BlobBatch batch(blobs);
    CHECK(*batch.add(content) == name);
    REQUIRE(batch.commit().has_value());
    CHECK(*blobs.get(name) == content);
    BlobBatch again(blobs);
    CHECK(*again.add(content) == name);
    REQUIRE(again.commit().has_value());
    CHECK(filesUnder(blobs.root()).size() == 1);
}
