// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore (issue 13): a backup taken while other processes register holds every document acknowledged
// before it started and no partial one; a damaged backup is refused before anything is replaced.
#include "core/audit/AuditService.h"
#include "core/backup/WorkspaceBackup.h"
#include "core/registers/RegisterService.h"
#include "core/store/EventRepository.h"
#include "tests/support/RawSql.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace vanthu;
using namespace vanthu::core;

namespace
{

const QString SamplePdf = QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/lo-classic.pdf");

/** Reads the "ACK <id> ..." lines a worker printed so far into @p acknowledged. */
void collectAcks(QProcess& worker, QSet<qint64>& acknowledged, QByteArray& pending)
{
    pending += worker.readAllStandardOutput();
    qsizetype end = 0;
    while ((end = pending.indexOf('\n')) >= 0) {
        const QByteArray line = pending.left(end);
        pending.remove(0, end + 1);
        if (line.startsWith("ACK ")) {
            acknowledged.insert(line.split(' ').at(1).toLongLong());
        }
    }
}

/** Every document of @p workspace is whole: its row, register entry, files (hash-checked), versions and events. */
void checkEveryDocumentWhole(Workspace& workspace, qint64 expectedAtLeast)
{
    test::RawSql raw(QDir(workspace.directory()).filePath(Workspace::databaseFileName()));
    const qint64 count = raw.scalar(QStringLiteral("SELECT count(*) FROM document")).toLongLong();
    CHECK(count >= expectedAtLeast);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM document d WHERE NOT EXISTS (SELECT 1 FROM incoming_entry e "
                                    "WHERE e.document_id = d.id) AND NOT EXISTS (SELECT 1 FROM outgoing_entry e WHERE "
                                    "e.document_id = d.id)"))
              .toInt()
          == 0);
    RegisterService registers(workspace);
    const QList<qint64> ids = [&] {
        QList<qint64> all;
        for (qint64 id = 1; id <= raw.scalar(QStringLiteral("SELECT max(id) FROM document")).toLongLong(); ++id) {
            all.append(id);
        }
        return all;
    }();
    for (const qint64 id : ids) {
        auto record = registers.document(DocumentId{id});
        REQUIRE(record.has_value());
        REQUIRE(record->attachments.size() == record->versions.size());
        for (const AttachmentRecord& attachment : std::as_const(record->attachments)) {
            CHECK(registers.attachmentBytes(attachment).has_value());
        }
        auto events = EventRepository(workspace.database()).eventsFor(record->uid);
        REQUIRE(events.has_value());
        CHECK_FALSE(events->isEmpty());
    }
    auto audit = AuditService(workspace).verify();
    REQUIRE(audit.has_value());
    CHECK(audit->intact());
}

} // namespace

TEST_CASE("A backup taken under a write load restores every acknowledged document and no partial one",
          "[store][backup]")
{
    test::TestWorkspace fixture;
    const QString path = fixture.path();
    fixture.closeWorkspace();
    std::vector<std::unique_ptr<QProcess>> workers;
    for (const char* direction : {"incoming", "outgoing"}) {
        auto worker = std::make_unique<QProcess>();
        worker->start(QStringLiteral(VANTHU_TEST_WORKER),
                      {path, QLatin1String(direction), QStringLiteral("400"), SamplePdf});
        REQUIRE(worker->waitForStarted(10000));
        workers.push_back(std::move(worker));
    }
    QSet<qint64> acknowledged;
    std::vector<QByteArray> pending(workers.size());
    while (acknowledged.size() < 40) {
        for (size_t index = 0; index < workers.size(); ++index) {
            workers[index]->waitForReadyRead(100);
            collectAcks(*workers[index], acknowledged, pending[index]);
        }
    }
    // Everything acknowledged now committed before the backup began.
    const QSet<qint64> beforeBackup = acknowledged;
    QTemporaryDir backups;
    const QString backupFolder = backups.filePath(QStringLiteral("sao-luu"));
    qint64 progressCalls = 0;
    BackupControl control;
    control.progress = [&progressCalls](qint64 done, qint64 total) {
        CHECK(done <= total);
        ++progressCalls;
    };
    auto summary = backupWorkspace(path, backupFolder, control);
    REQUIRE(summary.has_value());
    for (auto& worker : workers) {
        collectAcks(*worker, acknowledged, pending[0]);
    }
    const bool stillWriting = std::any_of(workers.begin(), workers.end(),
                                          [](const auto& worker) { return worker->state() == QProcess::Running; });
    CHECK(stillWriting); // the backup ran while others wrote
    for (auto& worker : workers) {
        REQUIRE(worker->waitForFinished(120000));
        CHECK(worker->exitCode() == 0);
    }
    CHECK(summary->documents >= beforeBackup.size());
    CHECK(progressCalls >= summary->blobs);
    CHECK_FALSE(QFileInfo::exists(backupFolder + QStringLiteral(".partial")));

    auto verified = verifyBackup(backupFolder);
    REQUIRE(verified.has_value());
    CHECK(verified->documents == summary->documents);

    QTemporaryDir restoreRoot;
    const QString restoredPath = restoreRoot.filePath(QStringLiteral("restored"));
    auto restored = restoreWorkspace(backupFolder, restoredPath);
    REQUIRE(restored.has_value());
    CHECK(restored->movedAside.isEmpty());
    auto workspace = Workspace::open(restoredPath);
    REQUIRE(workspace.has_value());
    RegisterService registers(**workspace);
    for (const qint64 id : beforeBackup) {
        INFO("document " << id);
        auto record = registers.document(DocumentId{id});
        REQUIRE(record.has_value());
        CHECK(record->attachments.size() == 1);
    }
    checkEveryDocumentWhole(**workspace, summary->documents);
}

TEST_CASE("A damaged or incomplete backup is refused and the workspace in place is left as it was", "[store][backup]")
{
    test::TestWorkspace fixture;
    const QString path = fixture.path();
    fixture.closeWorkspace();
    QProcess worker;
    worker.start(QStringLiteral(VANTHU_TEST_WORKER),
                 {path, QStringLiteral("incoming"), QStringLiteral("5"), SamplePdf});
    REQUIRE(worker.waitForFinished(60000));
    REQUIRE(worker.exitCode() == 0);

    QTemporaryDir backups;
    const QString good = backups.filePath(QStringLiteral("good"));
    REQUIRE(backupWorkspace(path, good).has_value());
    // A second backup into the same folder is refused; a folder left by a killed backup is started again.
    auto again = backupWorkspace(path, good);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::Conflict);
    const QString killed = backups.filePath(QStringLiteral("killed"));
    QDir().mkpath(killed + QStringLiteral(".partial/blobs"));
    REQUIRE(backupWorkspace(path, killed).has_value());
    CHECK(verifyBackup(killed).has_value());

    const auto copyOf = [&](const QString& name) {
        const QString copy = backups.filePath(name);
        test::copyFolder(good, copy);
        return copy;
    };
    QJsonObject manifest = QJsonDocument::fromJson([&] {
                               QFile file(QDir(good).filePath(QStringLiteral("manifest.json")));
                               REQUIRE(file.open(QIODevice::ReadOnly));
                               return file.readAll();
                           }())
                               .object();
    const QString firstBlob =
        manifest.value(QStringLiteral("blobs")).toArray().at(0).toObject().value(QStringLiteral("sha256")).toString();
    REQUIRE(firstBlob.size() == 64);

    // One byte of a document file changed.
    const QString flipped = copyOf(QStringLiteral("flipped"));
    {
        const QString blobPath = BlobStore(QDir(flipped).filePath(QStringLiteral("blobs"))).pathFor(firstBlob);
        QFile blob(blobPath);
        REQUIRE(blob.open(QIODevice::ReadWrite));
        QByteArray bytes = blob.readAll();
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
        REQUIRE(blob.seek(0));
        REQUIRE(blob.write(bytes) == bytes.size());
    }
    // A document file missing.
    const QString missing = copyOf(QStringLiteral("missing"));
    REQUIRE(QFile::remove(BlobStore(QDir(missing).filePath(QStringLiteral("blobs"))).pathFor(firstBlob)));
    // The database changed after the backup.
    const QString edited = copyOf(QStringLiteral("edited"));
    {
        test::RawSql raw(QDir(edited).filePath(Workspace::databaseFileName()));
        REQUIRE(raw.exec(QStringLiteral("UPDATE agency SET name = 'Khác'")));
    }
    // A manifest that names a file outside the backup.
    const QString escaping = copyOf(QStringLiteral("escaping"));
    {
        QJsonObject changed = manifest;
        changed.insert(QStringLiteral("files"),
                       QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("../../etc/passwd")},
                                              {QStringLiteral("sha256"), firstBlob},
                                              {QStringLiteral("size"), 1}}});
        QFile file(QDir(escaping).filePath(QStringLiteral("manifest.json")));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(changed).toJson());
    }
    const QString notABackup = backups.filePath(QStringLiteral("empty"));
    QDir().mkpath(notABackup);

    const QByteArray before = [&] {
        QFile database(QDir(path).filePath(Workspace::databaseFileName()));
        REQUIRE(database.open(QIODevice::ReadOnly));
        return database.readAll();
    }();
    for (const QString& bad : {flipped, missing, edited, escaping, notABackup}) {
        INFO(bad.toStdString());
        auto checked = verifyBackup(bad);
        REQUIRE_FALSE(checked.has_value());
        CHECK((checked.error().code == ErrorCode::Corrupt || checked.error().code == ErrorCode::NotFound));
        auto restored = restoreWorkspace(bad, path);
        REQUIRE_FALSE(restored.has_value());
        CHECK(QDir(backups.path()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Dirs).isEmpty());
    }
    // Nothing was moved aside or replaced, and no staging copy is left next to the workspace.
    QFile database(QDir(path).filePath(Workspace::databaseFileName()));
    REQUIRE(database.open(QIODevice::ReadOnly));
    CHECK(database.readAll() == before);
    const QDir parent = QFileInfo(path).absoluteDir();
    CHECK(parent.entryList({QFileInfo(path).fileName() + QStringLiteral(".before-restore-*")}, QDir::Dirs).isEmpty());
    CHECK(parent.entryList({QStringLiteral(".*restoring*")}, QDir::Dirs | QDir::Hidden).isEmpty());

    // The good backup replaces the workspace, which is moved aside whole.
    auto restored = restoreWorkspace(good, path);
    REQUIRE(restored.has_value());
    REQUIRE_FALSE(restored->movedAside.isEmpty());
    CHECK(QFileInfo::exists(QDir(restored->movedAside).filePath(Workspace::databaseFileName())));
    auto workspace = Workspace::open(path);
    REQUIRE(workspace.has_value());
    checkEveryDocumentWhole(**workspace, 5);
}
