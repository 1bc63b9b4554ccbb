// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Document.h"
#include "core/registers/AttachmentIntake.h"

#include <QList>

namespace vanthu::core {

class Workspace;

/**
 * Writes a registered document with everything that belongs to it, inside the caller's WriteTransaction: the
 * document row, its register entry, attachment rows, the audit entry holding the full record and the
 * search index. One place, so
 * every registration path leaves the same rows.
 */
class DocumentWriter final
{
public:
    explicit DocumentWriter(Workspace& workspace);

    /** Fills in @p record's id and attachments and writes it. Errors: Storage/Conflict/Busy. */
    [[nodiscard]] Result<void> write(DocumentRecord& record, const QList<PreparedAttachment>& attachments);

private:
    Workspace& m_workspace;
};

} // namespace vanthu::core
