// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/DocumentId.h"
#include "core/domain/VerificationRecord.h"
#include "signing/verify/Validation.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vanthu::core
{

class Workspace;

/** The file a re-check reads: the current version of a document's first file, with its bytes (hash-checked). */
struct CurrentFile
{
    DocumentId documentId;
    qint64 versionId = 0;
    int versionNumber = 0;
    QString fileName;
    QByteArray bytes;
};

/** What a re-check found, and the report as stored. */
struct Recheck
{
    signing::ValidationReport report;
    VerificationRecord stored;
};

/**
 * Stored checks of a document's signatures (issues 12 and 13). A registration stores the report the clerk saw with
 * the version it is about (AttachmentInput::verificationReport); a re-check is an explicit action that validates the
 * current version again and adds a report with its audit entry, never replacing one. Every report says whether it
 * was made online. Reports are local evidence of this workspace (its trust store, its time): they are not events,
 * and other desks check for themselves.
 */
class VerificationService final
{
public:
    explicit VerificationService(Workspace& workspace);

    /** Errors: NotFound (no such document, or it has no file), Io/Corrupt (its blob). */
    [[nodiscard]] Result<CurrentFile> currentFile(DocumentId id);

    /**
     * Stores @p reportJson (signing::reportJsonBytes) as a report on version @p versionId of document @p id, with an
     * audit entry "verify", in one transaction. Errors: NotFound (the version is not the document's), InvalidInput
     * (not a report), Storage/Busy.
     */
    [[nodiscard]] Result<VerificationRecord> record(DocumentId id, qint64 versionId, const QByteArray& reportJson);

    /**
     * currentFile(), validatePdf() with @p options, then record(): a re-check for callers that may wait (the CLI, a
     * worker with its own workspace). Errors: those of the three steps; Cancelled through @p options.cancel.
     */
    [[nodiscard]] Result<Recheck> recheck(DocumentId id, const signing::ValidationOptions& options);

    /** Every stored report of the document, oldest first. Errors: NotFound, Storage. */
    [[nodiscard]] Result<QList<VerificationRecord>> reports(DocumentId id);

private:
    Workspace& m_workspace;
};

} // namespace vanthu::core
