// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/RegistrationRequests.h"

#include <QList>

namespace vanthu::core
{

class Workspace;

/**
 * Registers documents the agency issues (NĐ30 Điều 15–16): the number comes from the document's series, restarts at
 * 01 every 1 January (Vietnam time), and is taken in the same transaction as the register row, so no number is ever
 * given twice or skipped, also with several processes at once.
 */
class OutgoingService final
{
public:
    explicit OutgoingService(Workspace& workspace);

    /**
     * Errors: InvalidInput (fields, files, a series that does not fit), NotFound (no series fits, workspace not set
     * up), Busy/Storage/Io.
     */
    [[nodiscard]] Result<RegistrationReceipt> registerDocument(const OutgoingRequest& request);

    /**
     * The series, number and số/ký hiệu the document would get if registered now, without taking anything: for a
     * preview before issuing. Another process may take that number first; only registerDocument() decides.
     */
    [[nodiscard]] Result<RegistrationReceipt> previewNumber(const OutgoingRequest& request);

    /** Registers many documents in one transaction: all or none, numbered in the given order. */
    [[nodiscard]] Result<QList<RegistrationReceipt>> registerBatch(const QList<OutgoingRequest>& requests);

private:
    Workspace& m_workspace;
};

} // namespace vanthu::core
