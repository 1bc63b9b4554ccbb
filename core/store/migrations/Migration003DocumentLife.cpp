// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 3, the document's life (issue 13): an agency-wide uid and the sender's OrganId on every document,
// its lifecycle state, a void mark for numbers given by mistake, every PDF it has had (document_version), and the
// event log with its outbox. Existing
// documents get a uid, their state (registered, or issued for the outgoing register), a version per attachment and
// one "document.imported" event each, so the log knows every document from the start.
//
// The data step speaks SQL only: a released step must not call repositories, which later schemas change.
#include "common/IsoTime.h"
#include "common/JsonWriter.h"
#include "common/Uuid.h"
#include "core/store/Database.h"
#include "core/store/migrations/Migrations.h"

#include <QDateTime>

namespace vanthu::core::migrations
{
namespace
{

QString newUid()
{
    return newTimeOrderedUuid();
}

Result<void> giveIdentities(Database& database, const MigrationContext&)
{
    struct Existing
    {
        qint64 id;
        QString direction;
        QString state;
        QString createdAt;
        QString createdBy;
    };
    QList<Existing> documents;
    {
        auto rows = database.query(
            QStringLiteral("SELECT id, direction, state, created_at, created_by FROM document ORDER BY id"));
        if (!rows) {
            return rows.error();
        }
        while (rows->next()) {
            documents.append(Existing{rows->integer(0), rows->text(1), rows->text(2), rows->text(3), rows->text(4)});
        }
        if (rows->failed()) {
            return rows->error();
        }
    }
    for (const Existing& document : documents) {
        const QString uid = newUid();
        if (auto set = database.execute(QStringLiteral("UPDATE document SET uid = ? WHERE id = ?"), {uid, document.id});
            !set) {
            return set;
        }
        JsonWriter payload;
        payload.beginObject();
        payload.field(u"uid", uid);
        payload.field(u"documentId", document.id);
        payload.field(u"direction", document.direction);
        payload.field(u"state", document.state);
        payload.endObject();
        auto seq = database.insert(
            QStringLiteral("INSERT INTO event (id, document_uid, type, schema, payload, at, "
                           "actor) VALUES (?, ?, 'document.imported', 1, ?, ?, ?)"),
            {newUid(), uid, QString::fromUtf8(payload.bytes()), document.createdAt, document.createdBy});
        if (!seq) {
            return seq.error();
        }
        if (auto queued = database.execute(QStringLiteral("INSERT INTO outbox (event_seq) VALUES (?)"), {*seq});
            !queued) {
            return queued;
        }
    }
    return {};
}

} // namespace

Migration documentLife()
{
    Migration migration;
    migration.version = 3;
    migration.name = QStringLiteral("document life: uid, state, versions, events");
    migration.statements = {
        QStringLiteral("ALTER TABLE document ADD COLUMN uid TEXT CHECK (uid IS NULL OR length(uid) = 36)"),
        QStringLiteral("ALTER TABLE document ADD COLUMN sender_organ_id TEXT NOT NULL DEFAULT '' CHECK "
                       "(length(sender_organ_id) <= 35)"),
        QStringLiteral(
            "ALTER TABLE document ADD COLUMN state TEXT NOT NULL DEFAULT 'registered' CHECK (state IN ('received', "
            "'registered', 'presented', 'assigned', 'in-progress', 'done', 'returned-to-clerk', 'refused-to-sender', "
            "'draft', 'in-review', 'returned-with-comments', 'approved', 'signed', 'issued', 'sent', 'recalled', "
            "'replaced', 'filed', 'handed-to-archive', 'disposed'))"),
        // A number given by mistake is voided with its reason: the entry stays, the number is never reused.
        QStringLiteral("ALTER TABLE document ADD COLUMN void_reason TEXT CHECK (void_reason IS NULL OR "
                       "length(void_reason) BETWEEN 1 AND 500)"),
        QStringLiteral("ALTER TABLE document ADD COLUMN voided_at TEXT"),
        QStringLiteral("ALTER TABLE document ADD COLUMN voided_by TEXT"),
        QStringLiteral("CREATE TRIGGER document_void_final BEFORE UPDATE OF void_reason, voided_at, voided_by ON "
                       "document WHEN OLD.void_reason IS NOT NULL BEGIN SELECT RAISE(ABORT, 'a void entry stays "
                       "void'); END"),
        QStringLiteral("UPDATE document SET state = 'issued' WHERE direction = 'outgoing'"),
        QStringLiteral("UPDATE document SET sender_organ_id = organ_id WHERE direction = 'incoming'"),
        QStringLiteral("UPDATE document SET sender_organ_id = coalesce((SELECT organ_id FROM agency WHERE id = 1), '') "
                       "WHERE direction = 'outgoing'"),
        QStringLiteral("CREATE UNIQUE INDEX document_uid ON document (uid)"),
        // Inter-agency identity: (sender OrganId, edXML DocumentId).
        QStringLiteral("CREATE INDEX document_sender_key ON document (sender_organ_id, edxml_document_id) WHERE "
                       "edxml_document_id IS NOT NULL"),
        QStringLiteral("CREATE TRIGGER document_uid_required BEFORE INSERT ON document WHEN NEW.uid IS NULL BEGIN "
                       "SELECT RAISE(ABORT, 'a document needs its uid'); END"),
        QStringLiteral("CREATE TRIGGER document_uid_fixed BEFORE UPDATE OF uid ON document WHEN OLD.uid IS NOT NULL "
                       "BEGIN SELECT RAISE(ABORT, 'a document uid never changes'); END"),
        QStringLiteral(R"sql(
CREATE TABLE document_version (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document (id),
    number INTEGER NOT NULL CHECK (number >= 1),
    attachment_ordinal INTEGER NOT NULL CHECK (attachment_ordinal >= 1),
    parent_id INTEGER REFERENCES document_version (id),
    kind TEXT NOT NULL CHECK (kind IN ('received', 'draft', 'approved', 'signed', 'issued', 'extended')),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size > 0),
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    verification TEXT,
    UNIQUE (document_id, number)
))sql"),
        QStringLiteral("CREATE INDEX document_version_sha256 ON document_version (sha256)"),
        QStringLiteral("CREATE TRIGGER document_version_keep_update BEFORE UPDATE ON document_version BEGIN SELECT "
                       "RAISE(ABORT, 'a document version never changes'); END"),
        QStringLiteral("CREATE TRIGGER document_version_keep_delete BEFORE DELETE ON document_version BEGIN SELECT "
                       "RAISE(ABORT, 'a document version is never removed'); END"),
        QStringLiteral(
            "INSERT INTO document_version (document_id, number, attachment_ordinal, kind, sha256, size, file_name, "
            "created_at, created_by) SELECT a.document_id, a.ordinal, a.ordinal, CASE d.direction WHEN 'incoming' "
            "THEN 'received' ELSE 'issued' END, a.sha256, a.size, a.file_name, d.created_at, d.created_by FROM "
            "attachment a JOIN document d ON d.id = a.document_id ORDER BY a.id"),
        QStringLiteral(R"sql(
CREATE TABLE event (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
    document_uid TEXT CHECK (document_uid IS NULL OR length(document_uid) = 36),
    type TEXT NOT NULL CHECK (length(type) BETWEEN 1 AND 80),
    schema INTEGER NOT NULL CHECK (schema >= 1),
    payload TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX event_document ON event (document_uid, seq) WHERE document_uid IS NOT NULL"),
        QStringLiteral("CREATE TRIGGER event_append_only_update BEFORE UPDATE ON event BEGIN SELECT "
                       "RAISE(ABORT, 'the event log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER event_append_only_delete BEFORE DELETE ON event BEGIN SELECT "
                       "RAISE(ABORT, 'the event log is append-only'); END"),
        // What the sync engine has not pushed yet; a row leaves when the hub has the event.
        QStringLiteral("CREATE TABLE outbox (event_seq INTEGER PRIMARY KEY REFERENCES event (seq))"),
    };
    migration.dataStep = giveIdentities;
    return migration;
}

} // namespace vanthu::core::migrations
