// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/AtomicFile.h"
#include "core/common/Sha256.h"

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
