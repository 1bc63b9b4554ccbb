// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/TaskToken.h"
#include "core/domain/RegistrationRequests.h"
#include "signing/keys/SigningKey.h"
#include "signing/pades/AppearanceRenderer.h"
#include "signing/pades/PadesSigner.h"
#include "signing/verify/Validation.h"

#include <QByteArray>

#include <optional>

namespace vanthu::core
{

class Workspace;

/** Everything the records office decides for one issuing, the PDF included. */
struct IssueRequest
{
    OutgoingRequest document; ///< the register fields; its attachments follow the issued PDF
    /** The PDF the leader signed, from outside the workspace; ignored when @p draft is set. */
    AttachmentInput signedByLeader;
    /** A document of the workspace whose current version the leader signed (DraftService); it enters the register. */
    std::optional<DocumentId> draft;
    QByteArray sealImage; ///< PNG of the agency's seal
    double sealDiameterMillimetres = 36.0;
    /** Digest, reason, location and timestamper of the agency signature (B-T when a timestamper is set). */
    signing::SignRequest signature;
    /** How the leader's signature is checked before a number is taken (trust anchors, online revocation). */
    signing::ValidationOptions checks;
};

/** What issuing did: the register entry, and both checks as stored with their versions. */
struct IssuedDocument
{
    RegistrationReceipt receipt;
    signing::ValidationReport leaderCheck;
    signing::ValidationReport issuedCheck; ///< the agency-signed PDF, checked offline before it committed
};

/**
 * The clerk issues (architecture §2, NĐ30 Điều 15–16): checks the leader's signature, then in one transaction takes
 * the series' next number, fills number and date into the fields prepared with the leader's signature, adds the
 * agency's signature with the seal over the leader's, checks its own result, and commits the leader-signed version,
 * the issued version (its child) with both reports, the register row, the event and the audit entry. Signing works on
 * bytes: no temporary file exists, so a killed process leaves either nothing or the whole issued document, and a
 * number is taken only by a commit. The key is opened (PIN asked) by the caller beforehand, so nothing waits on a
 * person while the write lock is held. Runs on the thread of its Workspace: a front end gives it a worker thread with
 * its own Workspace.
 */
class IssueService final
{
public:
    IssueService(Workspace& workspace, const signing::AppearanceRenderer& renderer);

    /**
     * Errors: InvalidInput (fields, a PDF with no or a broken leader's signature, a symbol that differs from the one
     * printed), Unsupported (signed without the prepared fields), Conflict (issued already, a draft not signed yet or
     * changed meanwhile), NotFound (no such draft), Cancelled (@p token,
     * before the commit: nothing is used), and those of the key, the timestamp authority and the store.
     */
    [[nodiscard]] Result<IssuedDocument> issue(const IssueRequest& request, signing::SigningKey& key,
                                               const TaskToken& token = {});

private:
    Workspace& m_workspace;
    const signing::AppearanceRenderer& m_renderer;
};

} // namespace vanthu::core
