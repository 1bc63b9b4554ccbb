// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/TaskToken.h"
#include "core/domain/Document.h"
#include "signing/keys/SigningKey.h"
#include "signing/nd30/Nd30Signature.h"
#include "signing/verify/Validation.h"

namespace vanthu::core
{

class Workspace;

/** A draft (dự thảo) of an outgoing document as its drafting unit hands it in: the text as PDF and what it says. */
struct DraftRequest
{
    QString typeKey;
    bool legalNormative = false;
    QString subject;
    QString signerPosition;
    QString signerName; ///< the competent person who will sign it
    Urgency urgency = Urgency::Normal;
    Secrecy secrecy = Secrecy::None;
    QString description;
    AttachmentInput pdf;
    /** How a PDF that is signed already is checked (a PDF signed outside VanThu enters at "signed"). */
    signing::ValidationOptions checks;
};

/** The leader's signature on a document's current version. */
struct VersionSignRequest
{
    DocumentId document;
    /** The leader's appearance (image, anchor, renderer) and the signature's digest, reason and timestamper. */
    signing::Nd30SignJob job;
    /** How the signed result is checked before it is stored (offline: nothing waits while the lock is held). */
    signing::ValidationOptions checks;
};

/** What signing a version did. */
struct SignedVersion
{
    DocumentRecord document; ///< as stored afterwards: state "signed", the new version last
    signing::ValidationReport check;
};

/**
 * Outgoing documents before they are issued (NĐ30 Điều 10–14): a draft enters the workspace as a document of its own
 * (uid, state "draft", version "draft", no number), and the competent person signs its current version there. The
 * signed PDF becomes the document's next version, child of the one signed, with its check, in one transaction with
 * the state, the events and the audit entry; IssueService then issues the document (IssueRequest::draft). Every
 * function runs on the thread of its Workspace and takes a progress and cancel token.
 */
class DraftService final
{
public:
    explicit DraftService(Workspace& workspace);

    /**
     * Stores the draft. An unsigned PDF enters at "draft"; a PDF with an intact signature at "signed" (signed outside
     * VanThu), with the check stored. Errors: InvalidInput (fields, not a PDF, a broken signature), NotFound
     * (workspace not set up, unknown type), Cancelled, Storage/Busy/Io.
     */
    [[nodiscard]] Result<DocumentRecord> addDraft(const DraftRequest& request, const TaskToken& token = {});

    /**
     * Signs the document's current version with @p key and the leader's appearance (preparing the issuing fields),
     * outside the write lock, checks the result, and commits it as version "signed". A draft that nobody reviewed is
     * approved by this signature (its event says so). Errors: NotFound, Conflict (a state that cannot be signed, or a
     * version added by someone else meanwhile: sign again), the signer's and the store's, Cancelled.
     */
    [[nodiscard]] Result<SignedVersion> signCurrentVersion(const VersionSignRequest& request, signing::SigningKey& key,
                                                           const TaskToken& token = {});

    /** Drafts and signed documents waiting to be issued, newest first. */
    [[nodiscard]] Result<QList<DocumentRecord>> waitingForIssue();

private:
    Workspace& m_workspace;
};

} // namespace vanthu::core
