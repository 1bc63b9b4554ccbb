// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 4, stored signature reports (issues 12 and 13): every check of a version's signatures is kept, with
// whether it was made online, and never changed; a re-check adds a report. The register shows the latest report of a
// document's current version, so a version gets its reports in a table of their own instead of one column.
#include "core/store/migrations/Migrations.h"

namespace vanthu::core::migrations
{

Migration verificationReports()
{
    Migration migration;
    migration.version = 4;
    migration.name = QStringLiteral("signature reports");
    migration.statements = {
        QStringLiteral(R"sql(
CREATE TABLE verification_report (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document (id),
    version_id INTEGER NOT NULL REFERENCES document_version (id),
    checked_at TEXT NOT NULL,
    checked_by TEXT NOT NULL,
    online INTEGER NOT NULL CHECK (online IN (0, 1)),
    status TEXT NOT NULL CHECK (status IN ('valid', 'attention', 'broken', 'unsigned')),
    verdict TEXT NOT NULL CHECK (length(verdict) BETWEEN 1 AND 40),
    report TEXT NOT NULL CHECK (json_valid(report))
))sql"),
        QStringLiteral("CREATE INDEX verification_report_version ON verification_report (version_id, id)"),
        QStringLiteral("CREATE INDEX verification_report_document ON verification_report (document_id, id)"),
        QStringLiteral("CREATE TRIGGER verification_report_keep_update BEFORE UPDATE ON verification_report BEGIN "
                       "SELECT RAISE(ABORT, 'a signature report never changes'); END"),
        QStringLiteral("CREATE TRIGGER verification_report_keep_delete BEFORE DELETE ON verification_report BEGIN "
                       "SELECT RAISE(ABORT, 'a signature report is never removed'); END"),
        // Schema 3 had a column for the report a version entered with. Nothing wrote it in a released build, but a
        // report found there is kept, judged "attention": its summary was never recorded.
        QStringLiteral("INSERT INTO verification_report (document_id, version_id, checked_at, checked_by, online, "
                       "status, verdict, report) SELECT document_id, id, created_at, created_by, 0, 'attention', "
                       "'UNRECORDED', CASE WHEN json_valid(verification) THEN verification ELSE "
                       "json_object('text', verification) END FROM document_version WHERE verification IS NOT NULL "
                       "ORDER BY id"),
        QStringLiteral("ALTER TABLE document_version DROP COLUMN verification"),
    };
    return migration;
}

} // namespace vanthu::core::migrations
