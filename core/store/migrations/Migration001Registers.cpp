// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 1: agency, numbering series, the incoming and outgoing registers, attachments, the audit trail.
#include "core/store/migrations/Migrations.h"

namespace vanthu::core::migrations
{

Migration registers()
{
    Migration migration;
    migration.version = 1;
    migration.name = QStringLiteral("registers");
    migration.statements = {
        // 'VANT' marks the file as a VanThu workspace so another SQLite file is never migrated by mistake.
        QStringLiteral("PRAGMA application_id = 1447120468"),
        QStringLiteral(R"sql(
CREATE TABLE workspace_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID)sql"),
        QStringLiteral(R"sql(
CREATE TABLE agency (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    parent_name TEXT NOT NULL DEFAULT '' CHECK (length(parent_name) <= 200),
    abbreviation TEXT NOT NULL CHECK (length(abbreviation) BETWEEN 1 AND 20),
    organ_id TEXT NOT NULL DEFAULT '' CHECK (length(organ_id) <= 35),
    place TEXT NOT NULL CHECK (length(place) BETWEEN 1 AND 100)
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    scope TEXT NOT NULL CHECK (scope IN ('general', 'secret', 'copies', 'types')),
    type_keys TEXT NOT NULL DEFAULT '',
    legal_normative INTEGER NOT NULL DEFAULT 0 CHECK (legal_normative IN (0, 1)),
    issuer_abbreviation TEXT NOT NULL DEFAULT '' CHECK (length(issuer_abbreviation) <= 20),
    created_at TEXT NOT NULL
))sql"),
        // One row per (series, year): the last number handed out. Taken inside BEGIN IMMEDIATE together with the
        // register row, so a rollback returns the number and two processes never read the same value.
        QStringLiteral(R"sql(
CREATE TABLE series_counter (
    series_id INTEGER NOT NULL REFERENCES series (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    last_number INTEGER NOT NULL CHECK (last_number >= 1),
    PRIMARY KEY (series_id, year)
) WITHOUT ROWID)sql"),
        QStringLiteral(R"sql(
CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    type_key TEXT NOT NULL CHECK (length(type_key) BETWEEN 1 AND 40),
    legal_normative INTEGER NOT NULL DEFAULT 0 CHECK (legal_normative IN (0, 1)),
    code_number TEXT NOT NULL DEFAULT '' CHECK (length(code_number) <= 11),
    code_notation TEXT NOT NULL DEFAULT '' CHECK (length(code_notation) <= 30),
    issued_date TEXT NOT NULL CHECK (length(issued_date) = 10),
    organ_name TEXT NOT NULL CHECK (length(organ_name) BETWEEN 1 AND 200),
    organ_id TEXT NOT NULL DEFAULT '' CHECK (length(organ_id) <= 35),
    subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 500),
    signer_position TEXT NOT NULL DEFAULT '' CHECK (length(signer_position) <= 100),
    signer_name TEXT NOT NULL DEFAULT '' CHECK (length(signer_name) <= 50),
    urgency INTEGER NOT NULL DEFAULT 0 CHECK (urgency BETWEEN 0 AND 3),
    secrecy INTEGER NOT NULL DEFAULT 0 CHECK (secrecy BETWEEN 0 AND 3),
    language TEXT NOT NULL DEFAULT '' CHECK (length(language) <= 30),
    page_amount INTEGER NOT NULL DEFAULT 0 CHECK (page_amount BETWEEN 0 AND 999),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 500),
    due_date TEXT CHECK (due_date IS NULL OR length(due_date) = 10),
    edxml_document_id TEXT CHECK (edxml_document_id IS NULL OR length(edxml_document_id) BETWEEN 1 AND 100),
    register_date TEXT NOT NULL CHECK (length(register_date) = 10),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
))sql"),
        // Phụ lục VI: warn on the same (số, ký hiệu, issuing agency, date) and on the same mã định danh.
        QStringLiteral("CREATE INDEX document_duplicate_key ON document (direction, code_number, code_notation, "
                       "issued_date)"),
        QStringLiteral("CREATE INDEX document_edxml_id ON document (edxml_document_id) WHERE edxml_document_id IS "
                       "NOT NULL"),
        QStringLiteral("CREATE INDEX document_register_date ON document (direction, register_date)"),
        QStringLiteral(R"sql(
CREATE TABLE incoming_entry (
    document_id INTEGER PRIMARY KEY REFERENCES document (id),
    series_id INTEGER NOT NULL REFERENCES series (id),
    year INTEGER NOT NULL,
    arrival_number INTEGER NOT NULL CHECK (arrival_number BETWEEN 1 AND 9999999999),
    arrival_date TEXT NOT NULL CHECK (length(arrival_date) = 10),
    arrived_at TEXT NOT NULL,
    to_places TEXT NOT NULL DEFAULT '' CHECK (length(to_places) <= 1000),
    transfer_date TEXT CHECK (transfer_date IS NULL OR length(transfer_date) = 10),
    duplicate_of INTEGER REFERENCES document (id),
    duplicate_reason TEXT NOT NULL DEFAULT '' CHECK (length(duplicate_reason) <= 500),
    UNIQUE (series_id, year, arrival_number)
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE outgoing_entry (
    document_id INTEGER PRIMARY KEY REFERENCES document (id),
    series_id INTEGER NOT NULL REFERENCES series (id),
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK (number >= 1),
    drafting_unit TEXT NOT NULL DEFAULT '' CHECK (length(drafting_unit) <= 20),
    copy_holder TEXT NOT NULL DEFAULT '' CHECK (length(copy_holder) <= 200),
    issued_amount INTEGER NOT NULL DEFAULT 0 CHECK (issued_amount BETWEEN 0 AND 999),
    transfer_date TEXT CHECK (transfer_date IS NULL OR length(transfer_date) = 10),
    UNIQUE (series_id, year, number)
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE outgoing_recipient (
    document_id INTEGER NOT NULL REFERENCES outgoing_entry (document_id),
    ordinal INTEGER NOT NULL,
    organ_id TEXT NOT NULL DEFAULT '' CHECK (length(organ_id) <= 35),
    organ_name TEXT NOT NULL CHECK (length(organ_name) BETWEEN 1 AND 200),
    PRIMARY KEY (document_id, ordinal)
) WITHOUT ROWID)sql"),
        QStringLiteral(R"sql(
CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document (id),
    ordinal INTEGER NOT NULL,
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size > 0),
    page_count INTEGER NOT NULL CHECK (page_count >= 1),
    UNIQUE (document_id, ordinal)
))sql"),
        QStringLiteral("CREATE INDEX attachment_sha256 ON attachment (sha256)"),
        QStringLiteral(R"sql(
CREATE TABLE audit_event (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash TEXT NOT NULL CHECK (length(hash) = 64)
))sql"),
        QStringLiteral("CREATE INDEX audit_event_entity ON audit_event (entity, entity_id)"),
        // The head lets verification notice entries cut off the end of the chain.
        QStringLiteral(R"sql(
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL CHECK (length(hash) = 64)
))sql"),
        QStringLiteral("INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, "
                       "'0000000000000000000000000000000000000000000000000000000000000000')"),
        // Registers and the audit trail are append-only (NĐ30: no gaps, no reuse of numbers; Phụ lục VI: keep the
        // whole history). The triggers stop accidental deletes; the hash chain catches deliberate ones.
        QStringLiteral("CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event BEGIN SELECT "
                       "RAISE(ABORT, 'the audit trail is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_event_append_only_delete BEFORE DELETE ON audit_event BEGIN SELECT "
                       "RAISE(ABORT, 'the audit trail is append-only'); END"),
        QStringLiteral("CREATE TRIGGER document_keep BEFORE DELETE ON document BEGIN SELECT "
                       "RAISE(ABORT, 'registered documents are never deleted'); END"),
        QStringLiteral("CREATE TRIGGER incoming_entry_keep BEFORE DELETE ON incoming_entry BEGIN SELECT "
                       "RAISE(ABORT, 'register entries are never deleted'); END"),
        QStringLiteral("CREATE TRIGGER outgoing_entry_keep BEFORE DELETE ON outgoing_entry BEGIN SELECT "
                       "RAISE(ABORT, 'register entries are never deleted'); END"),
        QStringLiteral("CREATE TRIGGER incoming_number_fixed BEFORE UPDATE OF series_id, year, arrival_number ON "
                       "incoming_entry BEGIN SELECT RAISE(ABORT, 'an arrival number never changes'); END"),
        QStringLiteral("CREATE TRIGGER outgoing_number_fixed BEFORE UPDATE OF series_id, year, number ON "
                       "outgoing_entry BEGIN SELECT RAISE(ABORT, 'an issued number never changes'); END"),
    };
    return migration;
}

} // namespace vanthu::core::migrations
