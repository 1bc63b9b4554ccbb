// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/audit/AuditEntry.h"
#include "core/audit/AuditVerifier.h"
#include "core/domain/DocumentId.h"

#include <QList>

namespace vanthu::core
{

class Workspace;

/** The audit trail as front ends see it: verification and the history of a document. */
class AuditService final
{
public:
    explicit AuditService(Workspace& workspace);

    /** Checks the whole chain; see AuditVerifier. */
    [[nodiscard]] Result<AuditReport> verify();

    /** Every entry about the document, oldest first. */
    [[nodiscard]] Result<QList<AuditEntry>> documentHistory(DocumentId id);

private:
    Workspace& m_workspace;
};

} // namespace vanthu::core
