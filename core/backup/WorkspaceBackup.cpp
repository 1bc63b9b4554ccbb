// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/WorkspaceBackup.h"

#include "common/AtomicFile.h"
#include "common/IsoTime.h"
#include "common/Sha256.h"
#include "core/Workspace.h"
#include "core/store/BlobBatch.h"
#include "core/store/BlobStore.h"
#include "core/store/Database.h"
#include "core/store/migrations/Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace vanthu::core
{
namespace
{

struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(BackupText)
};

constexpr int ManifestFormat = 1;
const QLatin1String ManifestName("manifest.json");
const QLatin1String BlobFolder("blobs");
const QLatin1String TrustFolder("trust-anchors");

struct FileEntry
{
    QString path; ///< relative to the backup folder
    QString sha256;
    qint64 size = 0;
};

struct Manifest
{
    int schemaVersion = 0;
    qint64 documents = 0;
    QString createdAt;
    FileEntry database;
    QList<FileEntry> blobs; ///< path empty: the blob store's own layout
    QList<FileEntry> files; ///< trust anchors
};

/** What the database of a backup says about itself. */
struct DatabaseFacts
{
    int schemaVersion = 0;
    qint64 documents = 0;
    QStringList blobs; ///< every blob the rows name
};

Error corrupt(const QString& what, const QString& detail)
{
    return Error{ErrorCode::Corrupt, BackupText::tr("The backup cannot be used: %1.").arg(what), detail};
}

Error cancelled()
{
    return Error{ErrorCode::Cancelled, BackupText::tr("The backup was cancelled; nothing was replaced."),
                 QStringLiteral("cancelled")};
}

bool isCancelled(const BackupControl& control)
{
    return control.cancel && control.cancel->load();
}

void report(const BackupControl& control, qint64 done, qint64 total)
{
    if (control.progress) {
        control.progress(done, total);
    }
}

/** Copies @p from to @p to (a new file), syncs it and returns its digest and size. */
Result<FileEntry> copyFile(const QString& from, const QString& to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, BackupText::tr("Could not read %1.").arg(from), source.errorString()};
    }
    auto writer = AtomicFileWriter::create(to);
    if (!writer) {
        return writer.error();
    }
    Sha256Hasher hasher;
    FileEntry entry;
    constexpr qint64 chunk = 4 * 1024 * 1024;
    while (!source.atEnd()) {
        const QByteArray bytes = source.read(chunk);
        if (bytes.isEmpty() && source.error() != QFileDevice::NoError) {
            return Error{ErrorCode::Io, BackupText::tr("Could not read %1.").arg(from), source.errorString()};
        }
        hasher.add(bytes);
        entry.size += bytes.size();
        if (auto appended = writer->append(bytes); !appended) {
            return appended.error();
        }
    }
    if (auto committed = writer->commit(); !committed) {
        return committed.error();
    }
    entry.sha256 = hasher.hexDigest();
    return entry;
}

Result<FileEntry> hashFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::NotFound,
                     BackupText::tr("The backup lacks the file %1.").arg(QFileInfo(path).fileName()),
                     file.errorString()};
    }
    Sha256Hasher hasher;
    FileEntry entry;
    while (!file.atEnd()) {
        const QByteArray bytes = file.read(4 * 1024 * 1024);
        if (bytes.isEmpty() && file.error() != QFileDevice::NoError) {
            return Error{ErrorCode::Io, BackupText::tr("Could not read %1.").arg(path), file.errorString()};
        }
        hasher.add(bytes);
        entry.size += bytes.size();
    }
    entry.sha256 = hasher.hexDigest();
    return entry;
}

/** Opens the database file @p path (a copy, never the live workspace) and checks it through. */
Result<DatabaseFacts> inspectDatabase(const QString& path)
{
    auto database = Database::open(path);
    if (!database) {
        return database.error();
    }
    auto integrity = (*database)->scalarOnce(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity) {
        return integrity.error();
    }
    if (integrity->toString() != QLatin1String("ok")) {
        return corrupt(BackupText::tr("its database is damaged"), integrity->toString());
    }
    auto foreignKeys = (*database)->scalarOnce(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
    if (!foreignKeys) {
        return foreignKeys.error();
    }
    if (foreignKeys->toLongLong() != 0) {
        return corrupt(BackupText::tr("rows of its database name records that are missing"),
                       QStringLiteral("%1 foreign key violations").arg(foreignKeys->toLongLong()));
    }
    DatabaseFacts facts;
    auto version = (*database)->scalarOnce(QStringLiteral("PRAGMA user_version"));
    if (!version) {
        return version.error();
    }
    facts.schemaVersion = version->toInt();
    if (facts.schemaVersion > migrations::all().back().version) {
        return Error{ErrorCode::Unsupported,
                     BackupText::tr("The backup was made by a newer VanThu (schema %1); update VanThu to restore it.")
                         .arg(facts.schemaVersion),
                     QStringLiteral("schema %1").arg(facts.schemaVersion)};
    }
    auto documents = (*database)->scalarOnce(QStringLiteral("SELECT count(*) FROM document"));
    if (!documents) {
        return documents.error();
    }
    facts.documents = documents->toLongLong();
    auto hasVersions = (*database)->scalarOnce(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'document_version'"));
    if (!hasVersions) {
        return hasVersions.error();
    }
    const QString blobQuery =
        hasVersions->toInt() == 1
            ? QStringLiteral("SELECT sha256 FROM attachment UNION SELECT sha256 FROM document_version ORDER BY 1")
            : QStringLiteral("SELECT DISTINCT sha256 FROM attachment ORDER BY 1");
    auto rows = (*database)->query(blobQuery);
    if (!rows) {
        return rows.error();
    }
    while (rows->next()) {
        facts.blobs.append(rows->text(0));
    }
    if (rows->failed()) {
        return rows->error();
    }
    // Everything in the main file when the connection closes: the file's digest is then the whole database.
    if (auto checkpoint = (*database)->executeOnce(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !checkpoint) {
        return checkpoint.error();
    }
    return facts;
}

QJsonObject entryJson(const FileEntry& entry)
{
    QJsonObject json{{QStringLiteral("sha256"), entry.sha256}, {QStringLiteral("size"), entry.size}};
    if (!entry.path.isEmpty()) {
        json.insert(QStringLiteral("path"), entry.path);
    }
    return json;
}

QByteArray manifestBytes(const Manifest& manifest)
{
    QJsonArray blobs;
    for (const FileEntry& blob : manifest.blobs) {
        blobs.append(entryJson(blob));
    }
    QJsonArray files;
    for (const FileEntry& file : manifest.files) {
        files.append(entryJson(file));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("vanthu-backup")},
                                     {QStringLiteral("formatVersion"), ManifestFormat},
                                     {QStringLiteral("createdAt"), manifest.createdAt},
                                     {QStringLiteral("schemaVersion"), manifest.schemaVersion},
                                     {QStringLiteral("documents"), manifest.documents},
                                     {QStringLiteral("database"), entryJson(manifest.database)},
                                     {QStringLiteral("blobs"), blobs},
                                     {QStringLiteral("files"), files}})
        .toJson(QJsonDocument::Indented);
}

std::optional<FileEntry> entryFrom(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    FileEntry entry;
    entry.path = object.value(QStringLiteral("path")).toString();
    entry.sha256 = object.value(QStringLiteral("sha256")).toString();
    entry.size = object.value(QStringLiteral("size")).toInteger(-1);
    // A path that climbs out of the backup folder is refused: a manifest is input like any other file.
    if (!isSha256Hex(entry.sha256) || entry.size < 0 || entry.path.contains(QLatin1String(".."))
        || entry.path.startsWith(QLatin1Char('/'))) {
        return std::nullopt;
    }
    return entry;
}

Result<Manifest> readManifest(const QString& folder)
{
    QFile file(QDir(folder).filePath(ManifestName));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::NotFound, BackupText::tr("%1 is not a VanThu backup: it has no manifest.").arg(folder),
                     file.errorString()};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(64 * 1024 * 1024), &parseError);
    const QJsonObject json = document.object();
    if (parseError.error != QJsonParseError::NoError
        || json.value(QStringLiteral("format")).toString() != QLatin1String("vanthu-backup")) {
        return corrupt(BackupText::tr("its manifest is damaged"), parseError.errorString());
    }
    if (json.value(QStringLiteral("formatVersion")).toInt() > ManifestFormat) {
        return Error{ErrorCode::Unsupported, BackupText::tr("The backup was made by a newer VanThu; update VanThu."),
                     QStringLiteral("manifest format %1").arg(json.value(QStringLiteral("formatVersion")).toInt())};
    }
    Manifest manifest;
    manifest.schemaVersion = json.value(QStringLiteral("schemaVersion")).toInt();
    manifest.documents = json.value(QStringLiteral("documents")).toInteger();
    manifest.createdAt = json.value(QStringLiteral("createdAt")).toString();
    auto database = entryFrom(json.value(QStringLiteral("database")));
    if (!database || database->path.isEmpty()) {
        return corrupt(BackupText::tr("its manifest does not name the database"), QStringLiteral("database entry"));
    }
    manifest.database = *database;
    for (const QJsonValue& value : json.value(QStringLiteral("blobs")).toArray()) {
        auto blob = entryFrom(value);
        if (!blob) {
            return corrupt(BackupText::tr("its manifest is damaged"), QStringLiteral("blob entry"));
        }
        manifest.blobs.append(*blob);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("files")).toArray()) {
        auto entry = entryFrom(value);
        if (!entry || entry->path.isEmpty()) {
            return corrupt(BackupText::tr("its manifest is damaged"), QStringLiteral("file entry"));
        }
        manifest.files.append(*entry);
    }
    return manifest;
}

BackupSummary summaryOf(const QString& folder, const Manifest& manifest)
{
    BackupSummary summary;
    summary.folder = folder;
    summary.schemaVersion = manifest.schemaVersion;
    summary.documents = manifest.documents;
    summary.blobs = manifest.blobs.size();
    summary.createdAt = manifest.createdAt;
    summary.bytes = manifest.database.size;
    for (const FileEntry& entry : manifest.blobs + manifest.files) {
        summary.bytes += entry.size;
    }
    return summary;
}

Result<void> sameAs(const FileEntry& found, const FileEntry& expected, const QString& name)
{
    if (found.sha256 != expected.sha256 || found.size != expected.size) {
        return corrupt(BackupText::tr("the file %1 is not the one backed up").arg(name),
                       QStringLiteral("%1: %2 bytes %3, manifest %4 bytes %5")
                           .arg(name)
                           .arg(found.size)
                           .arg(found.sha256, QString::number(expected.size), expected.sha256));
    }
    return {};
}

/**
 * Copies the backup in @p folder into the new folder @p staging, checking every file against the manifest on the way,
 * then checks the copied database and that it names no blob the backup lacks. Used by both verify and restore.
 */
Result<Manifest> stageBackup(const QString& folder, const QString& staging, const BackupControl& control)
{
    auto manifest = readManifest(folder);
    if (!manifest) {
        return manifest.error();
    }
    const QDir source(folder);
    const QDir target(staging);
    if (!QDir().mkpath(staging)) {
        return Error{ErrorCode::Io, BackupText::tr("Could not create the folder %1.").arg(staging),
                     QStringLiteral("mkpath")};
    }
    const qint64 total = 1 + manifest->blobs.size() + manifest->files.size();
    qint64 done = 0;
    auto database = copyFile(source.filePath(manifest->database.path), target.filePath(Workspace::databaseFileName()));
    if (!database) {
        return database.error();
    }
    if (auto same = sameAs(*database, manifest->database, manifest->database.path); !same) {
        return same.error();
    }
    report(control, ++done, total);
    const BlobStore backupBlobs(source.filePath(BlobFolder));
    const BlobStore stagedBlobs(target.filePath(BlobFolder));
    BlobBatch staged(stagedBlobs);
    for (const FileEntry& blob : std::as_const(manifest->blobs)) {
        if (isCancelled(control)) {
            return cancelled();
        }
        auto bytes = backupBlobs.get(blob.sha256); // checked against its name
        if (!bytes) {
            return bytes.error().code == ErrorCode::NotFound
                       ? corrupt(BackupText::tr("it lacks a file of a document"), blob.sha256)
                       : bytes.error();
        }
        if (bytes->size() != blob.size) {
            return corrupt(BackupText::tr("a file of a document is not the one backed up"), blob.sha256);
        }
        if (auto added = staged.add(*bytes); !added) {
            return added.error();
        }
        report(control, ++done, total);
    }
    if (auto durable = staged.commit(); !durable) {
        return durable.error();
    }
    for (const FileEntry& file : std::as_const(manifest->files)) {
        if (isCancelled(control)) {
            return cancelled();
        }
        QDir().mkpath(QFileInfo(target.filePath(file.path)).absolutePath());
        auto copied = copyFile(source.filePath(file.path), target.filePath(file.path));
        if (!copied) {
            return copied.error();
        }
        if (auto same = sameAs(*copied, file, file.path); !same) {
            return same.error();
        }
        report(control, ++done, total);
    }
    auto facts = inspectDatabase(target.filePath(Workspace::databaseFileName()));
    if (!facts) {
        return facts.error();
    }
    for (const QString& blob : std::as_const(facts->blobs)) {
        if (!stagedBlobs.contains(blob)) {
            return corrupt(BackupText::tr("it lacks a file of a document"),
                           QStringLiteral("unlisted blob %1").arg(blob));
        }
    }
    if (facts->schemaVersion != manifest->schemaVersion || facts->documents != manifest->documents) {
        return corrupt(BackupText::tr("its database is not the one its manifest describes"),
                       QStringLiteral("schema %1/%2, documents %3/%4")
                           .arg(facts->schemaVersion)
                           .arg(manifest->schemaVersion)
                           .arg(facts->documents)
                           .arg(manifest->documents));
    }
    return manifest;
}

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

Result<BackupSummary> backupWorkspace(const QString& workspaceDirectory, const QString& target,
                                      const BackupControl& control)
{
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    if (QFileInfo::exists(absoluteTarget)) {
        return Error{ErrorCode::Conflict,
                     BackupText::tr("%1 exists already; choose a new folder for the backup.").arg(absoluteTarget),
                     QStringLiteral("target exists")};
    }
    const QDir workspace(workspaceDirectory);
    if (!QFileInfo::exists(workspace.filePath(Workspace::databaseFileName()))) {
        return Error{ErrorCode::NotFound, BackupText::tr("%1 is not a VanThu workspace.").arg(workspaceDirectory),
                     QStringLiteral("no database")};
    }
    // A folder left by a killed backup is ours and incomplete: start it again.
    const QString partial = absoluteTarget + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial)) {
        return Error{ErrorCode::Io, BackupText::tr("Could not create the folder %1.").arg(partial),
                     QStringLiteral("mkpath")};
    }
    const QDir staging(partial);
    const QString databaseCopy = staging.filePath(Workspace::databaseFileName());
    {
        // VACUUM INTO reads one snapshot: what was committed when it began, and nothing that commits meanwhile.
        auto source = Database::open(workspace.filePath(Workspace::databaseFileName()));
        if (!source) {
            return source.error();
        }
        if (auto copied = (*source)->executeOnce(QStringLiteral("VACUUM INTO ?"), {databaseCopy}); !copied) {
            return copied.error().withContext(BackupText::tr("The database could not be copied"));
        }
    }
    if (isCancelled(control)) {
        QDir(partial).removeRecursively();
        return cancelled();
    }
    auto facts = inspectDatabase(databaseCopy);
    if (!facts) {
        return facts.error();
    }
    if (auto synced = syncFile(databaseCopy); !synced) {
        return synced.error();
    }
    Manifest manifest;
    manifest.schemaVersion = facts->schemaVersion;
    manifest.documents = facts->documents;
    manifest.createdAt = isoUtcTimestamp(QDateTime::currentDateTimeUtc());
    auto database = hashFile(databaseCopy);
    if (!database) {
        return database.error();
    }
    manifest.database = *database;
    manifest.database.path = Workspace::databaseFileName();

    const QStringList trustFiles = QDir(workspace.filePath(TrustFolder)).entryList(QDir::Files, QDir::Name);
    const qint64 total = 1 + facts->blobs.size() + trustFiles.size();
    qint64 done = 1;
    report(control, done, total);
    const BlobStore sourceBlobs(workspace.filePath(BlobFolder));
    const BlobStore backupBlobs(staging.filePath(BlobFolder));
    BlobBatch copies(backupBlobs);
    for (const QString& sha256 : std::as_const(facts->blobs)) {
        if (isCancelled(control)) {
            QDir(partial).removeRecursively();
            return cancelled();
        }
        auto bytes = sourceBlobs.get(sha256); // a damaged blob is found now, not at restore time
        if (!bytes) {
            return bytes.error().withContext(BackupText::tr("A file of a document could not be backed up"));
        }
        if (auto added = copies.add(*bytes); !added) {
            return added.error();
        }
        manifest.blobs.append(FileEntry{QString(), sha256, bytes->size()});
        report(control, ++done, total);
    }
    if (auto durable = copies.commit(); !durable) {
        return durable.error();
    }
    if (!trustFiles.isEmpty()) {
        QDir().mkpath(staging.filePath(TrustFolder));
    }
    for (const QString& name : trustFiles) {
        const QString relative = TrustFolder + QLatin1Char('/') + name;
        auto copied = copyFile(workspace.filePath(relative), staging.filePath(relative));
        if (!copied) {
            return copied.error();
        }
        copied->path = relative;
        manifest.files.append(*copied);
        report(control, ++done, total);
    }
    if (auto written = writeFileAtomically(staging.filePath(ManifestName), manifestBytes(manifest)); !written) {
        return written.error();
    }
    for (const QString& folder : {partial, staging.filePath(TrustFolder)}) {
        if (QFileInfo::exists(folder)) {
            if (auto synced = syncDirectory(folder); !synced) {
                return synced.error();
            }
        }
    }
    if (!QDir().rename(partial, absoluteTarget)) {
        return Error{ErrorCode::Io, BackupText::tr("Could not finish the backup in %1.").arg(absoluteTarget),
                     QStringLiteral("rename")};
    }
    if (auto synced = syncDirectory(QFileInfo(absoluteTarget).absolutePath()); !synced) {
        return synced.error();
    }
    return summaryOf(absoluteTarget, manifest);
}

QString describeBackup(const BackupSummary& summary)
{
    return BackupText::tr("%1 documents and %2 files (%3 MB), taken %4, schema %5.")
        .arg(summary.documents)
        .arg(summary.blobs)
        .arg(QString::number(static_cast<double>(summary.bytes) / (1024.0 * 1024.0), 'f', 1))
        .arg(summary.createdAt)
        .arg(summary.schemaVersion);
}

Result<BackupSummary> verifyBackup(const QString& folder, const BackupControl& control)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return Error{ErrorCode::Io, BackupText::tr("Could not create a temporary folder."), scratch.errorString()};
    }
    auto manifest = stageBackup(folder, scratch.filePath(QStringLiteral("check")), control);
    if (!manifest) {
        return manifest.error();
    }
    return summaryOf(QFileInfo(folder).absoluteFilePath(), *manifest);
}

Result<RestoreResult> restoreWorkspace(const QString& folder, const QString& workspaceDirectory,
                                       const BackupControl& control)
{
    const QFileInfo destination(workspaceDirectory);
    const QString absolute = destination.absoluteFilePath();
    const QString staging = QDir(destination.absolutePath())
                                .filePath(QStringLiteral(".%1.restoring-%2").arg(destination.fileName(), stamp()));
    auto manifest = stageBackup(folder, staging, control);
    if (!manifest) {
        QDir(staging).removeRecursively();
        return manifest.error();
    }
    RestoreResult result;
    result.backup = summaryOf(QFileInfo(folder).absoluteFilePath(), *manifest);
    result.workspace = absolute;
    if (QFileInfo::exists(absolute)) {
        result.movedAside = absolute + QStringLiteral(".before-restore-") + stamp();
        if (!QDir().rename(absolute, result.movedAside)) {
            QDir(staging).removeRecursively();
            return Error{
                ErrorCode::Io,
                BackupText::tr("Could not move the current workspace %1 aside; nothing was replaced.").arg(absolute),
                QStringLiteral("rename aside")};
        }
    }
    if (!QDir().rename(staging, absolute)) {
        // Put the workspace that was there back where it was.
        if (!result.movedAside.isEmpty()) {
            QDir().rename(result.movedAside, absolute);
        }
        return Error{ErrorCode::Io,
                     BackupText::tr("Could not put the restored workspace in place at %1.").arg(absolute),
                     QStringLiteral("rename staging")};
    }
    if (auto synced = syncDirectory(destination.absolutePath()); !synced) {
        return synced.error();
    }
    return result;
}

} // namespace vanthu::core
