// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AtomicFile.h"
#include "common/MappedFile.h"
#include "common/Sha256.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace vanthu;

TEST_CASE("sha256Hex matches the published test vector", "[common][hash]")
{
    CHECK(sha256Hex(QByteArray("abc"))
          == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(isSha256Hex(sha256Hex(QByteArray())));
    CHECK_FALSE(isSha256Hex(QStringLiteral("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD")));
    CHECK_FALSE(isSha256Hex(QStringLiteral("../../etc/passwd")));
}

TEST_CASE("writeFileAtomically replaces the file and leaves no temporary behind", "[common][file]")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("register.csv"));
    REQUIRE(writeFileAtomically(path, "first").has_value());
    REQUIRE(writeFileAtomically(path, "second").has_value());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "second");
    CHECK(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("register.csv")});
}

TEST_CASE("writeFileAtomically reports a folder that does not exist", "[common][file]")
{
    QTemporaryDir directory;
    auto written = writeFileAtomically(directory.filePath(QStringLiteral("missing/file.pdf")), "x");
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().code == ErrorCode::Io);
    CHECK_FALSE(written.error().message.isEmpty());
}

TEST_CASE("A mapped file and a kernel-copied prefix give the original followed by the appended bytes", "[common][file]")
{
    QTemporaryDir directory;
    const QString source = directory.filePath(QStringLiteral("source.pdf"));
    QByteArray original;
    for (int i = 0; i < 100000; ++i) {
        original.append(QByteArray::number(i)).append('\n');
    }
    REQUIRE(writeFileAtomically(source, original).has_value());
    auto mapped = MappedFile::open(source, 1 << 30);
    REQUIRE(mapped.has_value());
    CHECK(mapped->bytes() == original);

    const QString target = directory.filePath(QStringLiteral("signed.pdf"));
    REQUIRE(writeFileAtomically(target, mapped->descriptor(), mapped->bytes(), QByteArrayView("appendix")).has_value());
    QFile written(target);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == original + "appendix");
    CHECK(QDir(directory.path()).entryList(QDir::Hidden | QDir::Files).size() == 2); // no temporary left

    // A prefix shorter than the source: only that much is copied.
    REQUIRE(
        writeFileAtomically(target, mapped->descriptor(), mapped->bytes().first(10), QByteArrayView("!")).has_value());
    QFile shorter(target);
    REQUIRE(shorter.open(QIODevice::ReadOnly));
    CHECK(shorter.readAll() == original.left(10) + "!");
}

TEST_CASE("MappedFile reports missing, oversized and empty files", "[common][file]")
{
    QTemporaryDir directory;
    auto missing = MappedFile::open(directory.filePath(QStringLiteral("none")), 100);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
    const QString path = directory.filePath(QStringLiteral("file"));
    REQUIRE(writeFileAtomically(path, QByteArray(200, 'x')).has_value());
    auto tooLarge = MappedFile::open(path, 100);
    REQUIRE_FALSE(tooLarge.has_value());
    CHECK(tooLarge.error().code == ErrorCode::InvalidInput);
    const QString empty = directory.filePath(QStringLiteral("empty"));
    REQUIRE(writeFileAtomically(empty, QByteArray()).has_value());
    auto emptyMapped = MappedFile::open(empty, 100);
    REQUIRE(emptyMapped.has_value());
    CHECK(emptyMapped->bytes().isEmpty());
    auto folder = MappedFile::open(directory.path(), 100);
    CHECK_FALSE(folder.has_value());
}
