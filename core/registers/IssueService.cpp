// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/IssueService.h"

#include "core/registers/OutgoingService.h"
#include "core/registers/RegisterService.h"
#include "core/registers/SignatureVerdicts.h"
#include "core/registers/VerificationService.h"
#include "signing/nd30/Nd30Signature.h"
#include "signing/verify/ReportJson.h"

#include <QCoreApplication>

namespace vanthu::core
{
namespace
{

struct IssueServiceText
{
    Q_DECLARE_TR_FUNCTIONS(IssueServiceText)
};

constexpr int Steps = 3;

Result<void> checkLeaderSignature(const signing::ValidationReport& report)
{
    if (report.verdict == signing::Verdict::NoSignature) {
        return Error{ErrorCode::InvalidInput,
                     IssueServiceText::tr("The PDF has no signature: the leader signs it before it is issued."),
                     QStringLiteral("no signature")};
    }
    if (!signatureIntact(report.verdict)) {
        return Error{ErrorCode::InvalidInput,
                     IssueServiceText::tr("The leader's signature is broken or the document was changed after it was "
                                          "signed (%1): it cannot be issued.")
                         .arg(signing::verdictName(report.verdict)),
                     signing::verdictName(report.verdict)};
    }
    return {};
}

/** The current version of @p draft, which must be its leader-signed one, with its bytes. */
Result<CurrentFile> signedVersionOf(Workspace& workspace, DocumentId draft)
{
    auto record = RegisterService(workspace).document(draft);
    if (!record) {
        return record.error();
    }
    if (record->state != DocumentState::Signed || record->versions.isEmpty()
        || record->versions.back().kind != VersionKind::Signed) {
        return Error{ErrorCode::Conflict,
                     IssueServiceText::tr("Document %1 is %2: only a document signed by the competent person is "
                                          "issued.")
                         .arg(record->id.value)
                         .arg(stateName(record->state)),
                     QStringLiteral("state %1").arg(stateKey(record->state))};
    }
    return VerificationService(workspace).currentFile(draft);
}

} // namespace

IssueService::IssueService(Workspace& workspace, const signing::AppearanceRenderer& renderer)
    : m_workspace(workspace), m_renderer(renderer)
{
}

Result<IssuedDocument> IssueService::issue(const IssueRequest& request, signing::SigningKey& key,
                                           const TaskToken& token)
{
    IssuedDocument result;
    token.progress(0, Steps);
    AttachmentInput signedByLeader = request.signedByLeader;
    qint64 signedVersionId = 0;
    if (request.draft) {
        auto source = signedVersionOf(m_workspace, *request.draft);
        if (!source) {
            return source.error();
        }
        signedVersionId = source->versionId;
        signedByLeader = AttachmentInput{source->fileName, source->bytes};
    }
    signing::ValidationOptions checks = request.checks;
    checks.cancel = token.cancelFlag();
    // Outside the write lock: this check may ask revocation responders.
    auto leaderCheck = signing::validatePdf(signedByLeader.bytes, checks);
    if (!leaderCheck) {
        return leaderCheck.error();
    }
    if (auto usable = checkLeaderSignature(*leaderCheck); !usable) {
        return usable.error();
    }
    result.leaderCheck = *leaderCheck;
    if (auto go = token.checkpoint(); !go) {
        return go.error();
    }
    token.progress(1, Steps);
    signedByLeader.verificationReport = signing::reportJsonBytes(*leaderCheck);

    signing::Nd30SignJob job;
    job.appearance = signing::AppearanceKind::Agency;
    job.imageFile = request.sealImage;
    job.renderer = &m_renderer;
    job.sealDiameterMillimetres = request.sealDiameterMillimetres;
    job.request = request.signature;
    // The self-check runs under the write lock, so it asks no responder: the result's own data and the trust store.
    signing::ValidationOptions selfCheck = request.checks;
    selfCheck.checkRevocationOnline = false;
    selfCheck.cancel = token.cancelFlag();
    auto stamp = [&](const RegistrationReceipt& numbered) -> Result<AttachmentInput> {
        if (auto go = token.checkpoint(); !go) {
            return go.error();
        }
        job.numberSymbol = numbered.code.display();
        job.issuingDate = numbered.registerDate;
        auto sealed = signing::signNd30(signedByLeader.bytes, key, job);
        if (!sealed) {
            return sealed.error();
        }
        QByteArray issued = sealed->pdf.pdf();
        token.progress(2, Steps);
        auto check = signing::validatePdf(issued, selfCheck);
        if (!check) {
            return check.error();
        }
        if (!signatureIntact(check->verdict)) {
            return Error{ErrorCode::Internal,
                         IssueServiceText::tr("The issued PDF did not pass its own check (%1); nothing was issued.")
                             .arg(signing::verdictName(check->verdict)),
                         QStringLiteral("self-check %1").arg(signing::verdictName(check->verdict))};
        }
        if (auto go = token.checkpoint(); !go) {
            return go.error();
        }
        result.issuedCheck = *check;
        return AttachmentInput{signedByLeader.fileName, std::move(issued), signing::reportJsonBytes(*check)};
    };
    Result<RegistrationReceipt> issued = Error{};
    if (request.draft) {
        auto leaderRecord = verificationFromReport(signedByLeader.verificationReport);
        if (!leaderRecord) {
            return leaderRecord.error();
        }
        issued = OutgoingService(m_workspace)
                     .issueDraft(*request.draft, signedVersionId, request.document, *leaderRecord, stamp);
    } else {
        issued = OutgoingService(m_workspace).issueDocument(request.document, signedByLeader, stamp);
    }
    if (!issued) {
        return issued.error();
    }
    token.progress(Steps, Steps);
    result.receipt = *issued;
    return result;
}

} // namespace vanthu::core
