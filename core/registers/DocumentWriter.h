// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/Document.h"
#include "core/registers/AttachmentIntake.h"
#include "core/search/SearchIndexWriter.h"
#include "core/store/AuditRepository.h"

#include <QList>

#include <optional>

namespace vanthu::core
{

class Workspace;

/**
 * Writes registered documents with everything that belongs to them, inside the caller's WriteTransaction: the
 * document row (uid, state), its register entry, attachment rows, a version per file, the "document.registered"
 * event with its outbox entry, and the audit entry holding the full record and naming the event; and it prepares the
 * folded text for the search index. One place, so every registration path leaves the same rows. Use one writer per
 * transaction: write() each document, finish(), commit, then hand takeIndexJobs() to the search index.
 */
class DocumentWriter final
{
public:
    explicit DocumentWriter(Workspace& workspace);

    /**
     * Fills in @p record's id and attachments and writes its rows. @p entry says how it enters: by default a
     * registration of its direction; a draft (or a PDF signed elsewhere) enters with no register entry, its event is
     * "document.drafted" and its audit action "draft". Errors: Storage/Conflict/Busy.
     */
    [[nodiscard]] Result<void> write(DocumentRecord& record, const QList<PreparedAttachment>& attachments,
                                     std::optional<DocumentEntry> entry = std::nullopt);

    /**
     * Enters the draft @p record (read back, its fields and outgoing entry now set by issuing) into the outgoing
     * register: fields, register date, entry, state "issued", @p issued as its file's next version (child of
     * @p signedVersionId), @p leaderCheck stored on that version, the "document.registered" event and the audit entry.
     */
    [[nodiscard]] Result<void> writeIssuedDraft(DocumentRecord& record, const PreparedAttachment& issued,
                                                qint64 signedVersionId,
                                                const std::optional<VerificationRecord>& leaderCheck);

    /**
     * Points @p record's file @p file.ordinal (its attachment row, and record.attachments) at @p file, the blob of
     * its newest version; fills in @p file's row id. The versions keep every earlier blob.
     */
    [[nodiscard]] Result<void> pointFileAt(DocumentRecord& record, AttachmentRecord& file);

    /**
     * Appends @p file as the next version of @p record's file @p file.ordinal, made @p at by @p by, with
     * @p verification (if any) stored on it, and adds it to record.versions. Returns the version's id.
     */
    [[nodiscard]] Result<qint64> appendVersion(DocumentRecord& record, const AttachmentRecord& file, VersionKind kind,
                                               std::optional<qint64> parentId,
                                               std::optional<VerificationRecord> verification, const QDateTime& at,
                                               const QString& by);

    /** Moves the audit head and the document count; call it once, just before committing. */
    [[nodiscard]] Result<void> finish();

    /**
     * The search-index jobs of everything written so far, for SearchIndexWriter::enqueue() once the transaction has
     * committed (never before: the index must not know documents that were rolled back).
     */
    [[nodiscard]] QList<IndexJob> takeIndexJobs();

private:
    [[nodiscard]] Result<QString> ownOrganId();

    Workspace& m_workspace;
    std::optional<QString> m_ownOrganId; ///< this agency's OrganId, read once per writer
    AuditRepository m_audit;
    QList<IndexJob> m_indexJobs;
    qint64 m_written = 0;
};

} // namespace vanthu::core
