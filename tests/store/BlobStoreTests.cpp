// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Sha256.h"
#include "core/store/BlobStore.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
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
