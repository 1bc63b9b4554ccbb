// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Workspace.h"
#include "core/audit/AuditService.h"
#include "core/registers/RegisterService.h"
#include "core/search/SearchService.h"
#include "core/store/migrations/Migrations.h"
#include "tests/support/RawSql.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace vanthu;
using namespace vanthu::core;

TEST_CASE("a new workspace runs WAL, synchronous FULL and foreign keys", "[store][database]")
{
    test::TestWorkspace fixture;
    Database& database = fixture.workspace().database();
    CHECK(database.scalarOnce(QStringLiteral("PRAGMA journal_mode"))->toString() == QStringLiteral("wal"));
    CHECK(database.scalarOnce(QStringLiteral("PRAGMA synchronous"))->toInt() == 2); // FULL
    CHECK(database.scalarOnce(QStringLiteral("PRAGMA foreign_keys"))->toInt() == 1);
    CHECK(database.scalarOnce(QStringLiteral("PRAGMA user_version"))->toInt() == migrations::all().back().version);
    CHECK(fixture.workspace().migration().backupPath.isEmpty());
}

TEST_CASE("opening a missing workspace without create is refused clearly", "[store][database]")
{
    QTemporaryDir directory;
    auto opened = Workspace::open(directory.filePath(QStringLiteral("nothing")));
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == ErrorCode::NotFound);
    CHECK(opened.error().message.contains(QStringLiteral("init")));
}

TEST_CASE("a schema-1 workspace is upgraded with a backup and keeps every record", "[store][migration]")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("workspace"));
    test::copyFolder(QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/db/schema-v1"), path);
    {
        test::RawSql raw(QDir(path).filePath(Workspace::databaseFileName()));
        REQUIRE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 1);
    }
    auto workspace = Workspace::open(path);
    REQUIRE(workspace.has_value());
    const MigrationReport& report = (*workspace)->migration();
    CHECK(report.fromVersion == 1);
    CHECK(report.toVersion == migrations::all().back().version);
    REQUIRE_FALSE(report.backupPath.isEmpty());
    {
        test::RawSql backup(report.backupPath);
        CHECK(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 1);
        CHECK(backup.scalar(QStringLiteral("SELECT count(*) FROM document")).toInt() == 6);
        CHECK(backup.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    }
    // Every document, its attachments and the audit chain survived.
    RegisterService registers(**workspace);
    for (qint64 id = 1; id <= 6; ++id) {
        auto record = registers.document(DocumentId{id});
        REQUIRE(record.has_value());
        for (const AttachmentRecord& attachment : record->attachments) {
            CHECK(registers.attachmentBytes(attachment).has_value());
        }
    }
    auto audit = AuditService(**workspace).verify();
    REQUIRE(audit.has_value());
    CHECK(audit->intact());
    CHECK(audit->entriesChecked >= 12);
    // The new search index was built from the old documents and their PDFs.
    auto byBody = SearchService(**workspace).search({QStringLiteral("tran trong"), {}, 50, std::nullopt, std::nullopt});
    REQUIRE(byBody.has_value());
    CHECK(byBody->hits.size() == 6);
}

TEST_CASE("a database from a newer VanThu is refused, not touched", "[store][migration]")
{
    test::TestWorkspace fixture;
    const QString path = fixture.path();
    {
        test::RawSql raw(QDir(path).filePath(Workspace::databaseFileName()));
        REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    core::WorkspaceOptions options;
    auto opened = Workspace::open(path, options);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == ErrorCode::Unsupported);
    CHECK(opened.error().message.contains(QStringLiteral("99")));
    test::RawSql raw(QDir(path).filePath(Workspace::databaseFileName()));
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 99);
}

TEST_CASE("an SQLite file that is not a VanThu workspace is refused and left alone", "[store][migration]")
{
    for (const int version : {0, 1}) {
        QTemporaryDir directory;
        const QString path = directory.filePath(Workspace::databaseFileName());
        {
            test::RawSql raw(path);
            REQUIRE(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        }
        auto opened = Workspace::open(directory.path());
        REQUIRE_FALSE(opened.has_value());
        CHECK(opened.error().code == ErrorCode::Unsupported);
        test::RawSql raw(path);
        CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt() == 1);
    }
}

TEST_CASE("a file that is not SQLite at all gives a clear error", "[store][database]")
{
    QTemporaryDir directory;
    QFile file(directory.filePath(Workspace::databaseFileName()));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto opened = Workspace::open(directory.path());
    REQUIRE_FALSE(opened.has_value());
    CHECK_FALSE(opened.error().message.isEmpty());
}
