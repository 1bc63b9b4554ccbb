// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/TaskToken.h"
#include "core/domain/RegistrationRequests.h"

#include <QList>

namespace vanthu::core
{

class Workspace;

/**
 * Registers received documents in the incoming register (NĐ30 Điều 22): số đến continuous per year, arrival date
 * from the clock, duplicate warning (Phụ lục VI) that only an explicit override with a reason passes.
 */
class IncomingService final
{
public:
    explicit IncomingService(Workspace& workspace);

    /**
     * Validates, stores the PDFs, then in one transaction takes the next số đến and writes the entry, attachments
     * and audit event. Errors: InvalidInput (fields, files), Duplicate (names the earlier registration), NotFound
     * (register), Busy/Storage/Io.
     */
    [[nodiscard]] Result<RegistrationReceipt> registerDocument(const IncomingRequest& request,
                                                               const TaskToken& token = {});

    /**
     * Registers many documents in one transaction: all or none. Errors as above, prefixed with the item number;
     * Cancelled through @p token before the commit.
     */
    [[nodiscard]] Result<QList<RegistrationReceipt>> registerBatch(const QList<IncomingRequest>& requests,
                                                                   const TaskToken& token = {});

private:
    Workspace& m_workspace;
};

} // namespace vanthu::core
