// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Document.h"
#include "core/registers/AttachmentIntake.h"
#include "core/search/SearchIndexWriter.h"
#include "core/store/AuditRepository.h"

#include <QList>

namespace vanthu::core
{

class Workspace;

/**
 * Writes registered documents with everything that belongs to them, inside the caller's WriteTransaction: the
 * document row, its register entry, attachment rows and the audit entry holding the full record; and it prepares the
 * folded text for the search index. One place, so every registration path leaves the same rows. Use one writer per
 * transaction: write() each document, finish(), commit, then hand takeIndexJobs() to the search index.
 */
class DocumentWriter final
{
public:
    explicit DocumentWriter(Workspace& workspace);

    /** Fills in @p record's id and attachments and writes its rows. Errors: Storage/Conflict/Busy. */
    [[nodiscard]] Result<void> write(DocumentRecord& record, const QList<PreparedAttachment>& attachments);

    /** Moves the audit head and the document count; call it once, just before committing. */
    [[nodiscard]] Result<void> finish();

    /**
     * The search-index jobs of everything written so far, for SearchIndexWriter::enqueue() once the transaction has
     * committed (never before: the index must not know documents that were rolled back).
     */
    [[nodiscard]] QList<IndexJob> takeIndexJobs();

private:
    Workspace& m_workspace;
    AuditRepository m_audit;
    QList<IndexJob> m_indexJobs;
    qint64 m_written = 0;
};

} // namespace vanthu::core
