// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/TaskToken.h"
#include "core/domain/RegistrationRequests.h"
#include "core/domain/VerificationRecord.h"

#include <QList>

#include <functional>
#include <optional>

namespace vanthu::core
{

class Workspace;
struct Issuing;

/**
 * The issuing step of OutgoingService::issueDocument(): given the number, symbol and date just taken (in @p numbered:
 * code, registerDate, seriesCode, year, number), returns the issued PDF (the leader-signed draft with number and date
 * filled in and the agency signature added). Runs while the write lock is held: it must not wait on a person.
 */
using IssueStamp = std::function<Result<AttachmentInput>(const RegistrationReceipt& numbered)>;

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
    [[nodiscard]] Result<RegistrationReceipt> registerDocument(const OutgoingRequest& request,
                                                               const TaskToken& token = {});

    /**
     * The series, number and số/ký hiệu the document would get if registered now, without taking anything: for a
     * preview before issuing. Another process may take that number first; only registerDocument() decides.
     */
    [[nodiscard]] Result<RegistrationReceipt> previewNumber(const OutgoingRequest& request);

    /**
     * Issues a signed document (NĐ30 Điều 15–16, architecture "The clerk issues"): stores @p signedByLeader (with
     * its verification report, if any) ahead, then in one transaction takes the series' next number, calls @p stamp
     * with the number, symbol and date, stores the PDF it returns as the first attachment (the request's own
     * attachments follow it), the leader-signed file as that attachment's parent version, and writes the register
     * row. When @p stamp or anything after the number fails, the transaction rolls back: no number is used, nothing
     * is registered, and the only trace is unreferenced blobs. IssueService is the use case around it (checks, the
     * seal, progress). Errors: those of registerDocument(), and whatever @p stamp returns.
     */
    [[nodiscard]] Result<RegistrationReceipt>
    issueDocument(const OutgoingRequest& request, const AttachmentInput& signedByLeader, const IssueStamp& stamp);

    /**
     * issueDocument() for a document in the workspace (DraftService): @p signedVersionId, its current version, is what
     * @p stamp seals; the document keeps its uid and versions and enters the register, with @p leaderCheck stored on
     * the signed version. Errors: those of issueDocument(); Conflict when the document changed meanwhile.
     */
    [[nodiscard]] Result<RegistrationReceipt> issueDraft(DocumentId draft, qint64 signedVersionId,
                                                         const OutgoingRequest& request,
                                                         const std::optional<VerificationRecord>& leaderCheck,
                                                         const IssueStamp& stamp);

    /** Registers many documents in one transaction: all or none, numbered in the given order; Cancel until commit. */
    [[nodiscard]] Result<QList<RegistrationReceipt>> registerBatch(const QList<OutgoingRequest>& requests,
                                                                   const TaskToken& token = {});

private:
    [[nodiscard]] Result<QList<RegistrationReceipt>> registerAll(const QList<OutgoingRequest>& requests,
                                                                 const Issuing* issuing, const TaskToken& token = {});

    Workspace& m_workspace;
};

} // namespace vanthu::core
