// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditService.h"

#include "core/Workspace.h"
#include "core/store/AuditRepository.h"
#include "core/store/Logging.h"
#include "core/store/ReadTransaction.h"

namespace vanthu::core
{

AuditService::AuditService(Workspace& workspace) : m_workspace(workspace)
{
}

Result<AuditReport> AuditService::verify()
{
    // One snapshot for the chain, its head and the documents: otherwise a registration committed by another
    // process between those reads looks like a truncated trail.
    auto snapshot = ReadTransaction::begin(m_workspace.database());
    if (!snapshot) {
        return snapshot.error();
    }
    AuditRepository repository(m_workspace.database());
    auto report = AuditVerifier(repository).verify();
    if (report) {
        qCInfo(lcAudit) << "audit verified" << report->entriesChecked << "entries," << report->problems.size()
                        << "problems";
    }
    return report;
}

Result<QList<AuditEntry>> AuditService::documentHistory(DocumentId id)
{
    return AuditRepository(m_workspace.database()).entriesFor(QStringLiteral("document"), QString::number(id.value));
}

} // namespace vanthu::core
