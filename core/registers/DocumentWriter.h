// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Document.h"
#include "core/registers/AttachmentIntake.h"
#include "core/store/AuditRepository.h"
#include "core/store/SearchRepository.h"

#include <QList>

#include <utility>

namespace vanthu::core {

class Workspace;

/**
 * Writes registered documents with everything that belongs to them, inside the caller's WriteTransaction: the
 * document row, its register entry, attachment rows, the audit entry holding the full record and the search index.
 * One place, so every registration path leaves the same rows. Use one writer per transaction and call finish()
 * before committing.
 */
class DocumentWriter final
{
public:
    explicit DocumentWriter(Workspace& workspace);

    /** Fills in @p record's id and attachments and writes its rows. Errors: Storage/Conflict/Busy. */
    [[nodiscard]] Result<void> write(DocumentRecord& record, const QList<PreparedAttachment>& attachments);

    /**
     * Writes the search index rows of everything written so far. They come last because FTS5 flushes its pending
     * index to disk whenever a later statement opens a savepoint; writing them together keeps one flush per
     * transaction instead of one per document.
     */
    [[nodiscard]] Result<void> finish();

private:
    Workspace& m_workspace;
    AuditRepository m_audit;
    QList<std::pair<qint64, SearchColumns>> m_pendingIndex;
};

} // namespace vanthu::core
