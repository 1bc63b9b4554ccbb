// SPDX-License-Identifier: GPL-3.0-or-later
// core::DraftService: a draft enters the workspace, the leader signs its current version there, and IssueService
// issues that document, which keeps its uid and every version; FileAdditionService adds files later as versions.
#include "core/Workspace.h"
#include "core/audit/AuditService.h"
#include "core/registers/CorrectionService.h"
#include "core/registers/DraftService.h"
#include "core/registers/FileAdditionService.h"
#include "core/registers/IssueService.h"
#include "core/registers/OutgoingService.h"
#include "core/registers/RegisterService.h"
#include "core/registers/VerificationService.h"
#include "tests/issuing/IssuingSupport.h"
#include "tests/support/Drafts.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

#include <atomic>

using namespace vanthu;
using namespace vanthu::core;

namespace
{

DraftRequest draftOf(const QByteArray& pdf, test::SigningFixture& signing)
{
    DraftRequest draft;
    draft.typeKey = QStringLiteral("quyet-dinh");
    draft.subject = QStringLiteral("Về việc phê duyệt dự toán chi thường xuyên năm 2026");
    draft.signerPosition = QStringLiteral("Giám đốc");
    draft.signerName = QStringLiteral("Lê Văn Bình");
    draft.pdf = AttachmentInput{QStringLiteral("du-thao.pdf"), pdf};
    draft.checks.trustAnchorsDer = {signing.pki().rootDer()};
    draft.checks.checkRevocationOnline = false;
    return draft;
}

QStringList eventTypes(Workspace& workspace, DocumentId id)
{
    auto history = CorrectionService(workspace).history(id);
    REQUIRE(history.has_value());
    QStringList types;
    for (const EventRecord& event : *history) {
        types.append(event.type);
    }
    return types;
}

/** The rows of the general outgoing register of this year. */
qsizetype outgoingRows(Workspace& workspace)
{
    RegisterService registers(workspace);
    auto resolved = registers.resolve(RegisterSelection{Direction::Outgoing, QString(), 0});
    REQUIRE(resolved.has_value());
    RegisterQuery query;
    query.seriesId = resolved->series.id;
    query.year = resolved->year;
    auto rows = registers.page(Direction::Outgoing, query);
    REQUIRE(rows.has_value());
    return rows->size();
}

} // namespace

TEST_CASE("A draft is signed by the leader in the workspace and issued as the same document", "[issuing][drafts]")
{
    test::SigningFixture signing;
    test::LeaderSignedDecision decision(signing);
    test::TestWorkspace fixture;

    auto added = DraftService(fixture.workspace()).addDraft(draftOf(decision.draft, signing));
    INFO((added ? QString() : added.error().message + QLatin1Char(' ') + added.error().detail).toStdString());
    REQUIRE(added.has_value());
    CHECK(added->state == DocumentState::Draft);
    REQUIRE(added->versions.size() == 1);
    CHECK(added->versions.front().kind == VersionKind::Draft);
    CHECK(added->fields.code.number.isEmpty());
    CHECK_FALSE(added->outgoing.has_value());
    // Not in a register yet: the outgoing register is empty, nothing can be corrected or voided.
    CHECK(outgoingRows(fixture.workspace()) == 0);
    auto voided = CorrectionService(fixture.workspace()).voidNumber(added->id, QStringLiteral("nhầm"));
    REQUIRE_FALSE(voided.has_value());
    CHECK(voided.error().code == ErrorCode::Conflict);
    auto waiting = DraftService(fixture.workspace()).waitingForIssue();
    REQUIRE(waiting.has_value());
    REQUIRE(waiting->size() == 1);
    CHECK(waiting->front().uid == added->uid);

    // An issuing before the leader has signed is refused, and takes no number.
    auto agencyKey = signing.key(test::TestPki::Identity::AgencyRsa3072);
    IssueRequest issue = decision.request(signing);
    issue.signedByLeader = {};
    issue.draft = added->id;
    auto early = IssueService(fixture.workspace(), decision.renderer).issue(issue, *agencyKey);
    REQUIRE_FALSE(early.has_value());
    CHECK(early.error().code == ErrorCode::Conflict);

    auto leaderKey = signing.key(test::TestPki::Identity::LeaderRsa2048);
    VersionSignRequest sign{added->id, decision.leaderJob(), issue.checks};
    std::vector<int> steps;
    const TaskToken token(nullptr, [&steps](int done, int) { steps.push_back(done); });
    auto signedVersion = DraftService(fixture.workspace()).signCurrentVersion(sign, *leaderKey, token);
    INFO((signedVersion ? QString() : signedVersion.error().message).toStdString());
    REQUIRE(signedVersion.has_value());
    CHECK(steps == std::vector<int>{0, 1, 2, 3});
    CHECK(signedVersion->document.state == DocumentState::Signed);
    REQUIRE(signedVersion->document.versions.size() == 2);
    const DocumentVersion signedOne = signedVersion->document.versions.at(1);
    CHECK(signedOne.kind == VersionKind::Signed);
    CHECK(signedOne.parentId == std::optional<qint64>(signedVersion->document.versions.at(0).id));
    CHECK(eventTypes(fixture.workspace(), added->id)
          == QStringList{QStringLiteral("document.drafted"), QStringLiteral("document.approved"),
                         QStringLiteral("document.signed")});
    auto current = VerificationService(fixture.workspace()).currentFile(added->id);
    REQUIRE(current.has_value());
    CHECK(current->versionId == signedOne.id);
    // The draft's bytes are its prefix (an incremental update); judges we did not write check it once issued.
    CHECK(current->bytes.startsWith(decision.draft));
    CHECK(signedVersion->check.signatures.size() == 1);

    // Signed once, it is not signed again here.
    auto twice = DraftService(fixture.workspace()).signCurrentVersion(sign, *leaderKey);
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().code == ErrorCode::Conflict);

    auto issued = IssueService(fixture.workspace(), decision.renderer).issue(issue, *agencyKey);
    INFO((issued ? QString() : issued.error().message + QLatin1Char(' ') + issued.error().detail).toStdString());
    REQUIRE(issued.has_value());
    CHECK(issued->receipt.id == added->id);
    CHECK(issued->receipt.code.display() == QStringLiteral("01/QĐ-SNV"));
    auto record = RegisterService(fixture.workspace()).document(added->id);
    REQUIRE(record.has_value());
    CHECK(record->uid == added->uid);
    CHECK(record->state == DocumentState::Issued);
    REQUIRE(record->outgoing.has_value());
    CHECK(record->outgoing->number == 1);
    REQUIRE(record->versions.size() == 3);
    CHECK(record->versions.at(2).kind == VersionKind::Issued);
    CHECK(record->versions.at(2).parentId == std::optional<qint64>(signedOne.id));
    REQUIRE(record->attachments.size() == 1);
    auto issuedPdf = RegisterService(fixture.workspace()).attachmentBytes(record->attachments.front());
    REQUIRE(issuedPdf.has_value());
    CHECK(signing.judge(current->bytes, *issuedPdf).toStdString() == "");
    CHECK(outgoingRows(fixture.workspace()) == 1);
    // Reports: the draft's (unsigned), the signature's self-check, the leader's check at issuing, the issued one.
    auto reports = VerificationService(fixture.workspace()).reports(added->id);
    REQUIRE(reports.has_value());
    CHECK(reports->size() == 4);
    CHECK(eventTypes(fixture.workspace(), added->id).back() == QStringLiteral("document.registered"));
    waiting = DraftService(fixture.workspace()).waitingForIssue();
    REQUIRE(waiting.has_value());
    CHECK(waiting->isEmpty());
    auto audit = AuditService(fixture.workspace()).verify();
    REQUIRE(audit.has_value());
    CHECK(audit->intact());

    // Issued, it cannot be issued again, and a signature is refused.
    auto again = IssueService(fixture.workspace(), decision.renderer).issue(issue, *agencyKey);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::Conflict);
    auto late = DraftService(fixture.workspace()).signCurrentVersion(sign, *leaderKey);
    REQUIRE_FALSE(late.has_value());
    CHECK(late.error().code == ErrorCode::Conflict);
}

TEST_CASE("A PDF signed outside VanThu enters at signed and a broken one is refused", "[issuing][drafts]")
{
    test::SigningFixture signing;
    test::LeaderSignedDecision decision(signing);
    test::TestWorkspace fixture;
    DraftService drafts(fixture.workspace());

    auto signedElsewhere = drafts.addDraft(draftOf(decision.pdf, signing));
    REQUIRE(signedElsewhere.has_value());
    CHECK(signedElsewhere->state == DocumentState::Signed);
    REQUIRE(signedElsewhere->versions.size() == 1);
    CHECK(signedElsewhere->versions.front().kind == VersionKind::Signed);

    QByteArray broken = decision.pdf;
    // A byte of the header's binary comment, inside the signed range: the PDF still parses, the digest differs.
    const qsizetype at = broken.indexOf('\n') + 2;
    REQUIRE(broken.at(at - 1) == '%');
    broken[at] = static_cast<char>(broken.at(at) ^ 0x01);
    auto refused = drafts.addDraft(draftOf(broken, signing));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().detail == QStringLiteral("INVALID"));

    // Issued from the workspace like a draft signed here.
    auto agencyKey = signing.key(test::TestPki::Identity::AgencyRsa3072);
    IssueRequest issue = decision.request(signing);
    issue.draft = signedElsewhere->id;
    auto issued = IssueService(fixture.workspace(), decision.renderer).issue(issue, *agencyKey);
    INFO((issued ? QString() : issued.error().message).toStdString());
    REQUIRE(issued.has_value());
    CHECK(issued->receipt.id == signedElsewhere->id);
}

TEST_CASE("Signing a version stopped before its commit stores nothing", "[issuing][drafts]")
{
    test::SigningFixture signing;
    test::LeaderSignedDecision decision(signing);
    test::TestWorkspace fixture;
    DraftService drafts(fixture.workspace());
    auto added = drafts.addDraft(draftOf(decision.draft, signing));
    REQUIRE(added.has_value());
    auto leaderKey = signing.key(test::TestPki::Identity::LeaderRsa2048);
    std::atomic<bool> cancelled{false};
    // Cancel is pressed once the signature exists: the signed PDF is never committed.
    const TaskToken token(&cancelled, [&cancelled](int done, int) {
        if (done == 1) {
            cancelled = true;
        }
    });
    VersionSignRequest sign{added->id, decision.leaderJob(), {}};
    sign.checks.trustAnchorsDer = {signing.pki().rootDer()};
    auto stopped = drafts.signCurrentVersion(sign, *leaderKey, token);
    REQUIRE_FALSE(stopped.has_value());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    auto record = RegisterService(fixture.workspace()).document(added->id);
    REQUIRE(record.has_value());
    CHECK(record->state == DocumentState::Draft);
    CHECK(record->versions.size() == 1);
    CHECK(eventTypes(fixture.workspace(), added->id) == QStringList{QStringLiteral("document.drafted")});

    // A document that is not there is reported as such.
    sign.document = DocumentId{added->id.value + 100};
    auto missing = drafts.signCurrentVersion(sign, *leaderKey);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("Files added later become new versions, and nothing is replaced", "[issuing][drafts]")
{
    test::SigningFixture signing;
    test::LeaderSignedDecision decision(signing);
    test::TestWorkspace fixture;
    auto added = DraftService(fixture.workspace()).addDraft(draftOf(decision.draft, signing));
    REQUIRE(added.has_value());
    FileAdditionService files(fixture.workspace());

    // A revised draft: version 2 of file 1, child of version 1; the file's row now names it.
    auto revised = render::renderOfficialDocument(
        test::unnumberedDecision(QStringLiteral("Về việc phê duyệt dự toán chi thường xuyên năm 2026 (sửa đổi)"),
                                 QStringLiteral("Lê Văn Bình")));
    REQUIRE(revised.has_value());
    FileAddition revision{added->id,
                          AttachmentInput{QStringLiteral("du-thao-2.pdf"), *revised},
                          1,
                          QStringLiteral("Sửa theo ý kiến góp ý"),
                          {}};
    auto noReason = revision;
    noReason.reason = QStringLiteral("  ");
    auto refused = files.addFile(noReason);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    auto unknownFile = revision;
    unknownFile.replaces = 7;
    REQUIRE_FALSE(files.addFile(unknownFile).has_value());
    auto sameBytes = revision;
    sameBytes.pdf.bytes = decision.draft;
    auto same = files.addFile(sameBytes);
    REQUIRE_FALSE(same.has_value());
    CHECK(same.error().detail == QStringLiteral("same bytes"));

    auto second = files.addFile(revision);
    INFO((second ? QString() : second.error().message).toStdString());
    REQUIRE(second.has_value());
    REQUIRE(second->document.versions.size() == 2);
    CHECK(second->document.versions.at(1).kind == VersionKind::Draft);
    CHECK(second->document.versions.at(1).parentId == std::optional<qint64>(second->document.versions.at(0).id));
    REQUIRE(second->document.attachments.size() == 1);
    CHECK(second->document.attachments.front().sha256 == second->document.versions.at(1).sha256);
    CHECK(eventTypes(fixture.workspace(), added->id).back() == QStringLiteral("document.file-added"));
    // Both versions stay readable.
    auto first = fixture.workspace().blobs().get(second->document.versions.at(0).sha256);
    REQUIRE(first.has_value());
    CHECK(*first == decision.draft);

    // The leader signs the revised text, not the first one.
    auto leaderKey = signing.key(test::TestPki::Identity::LeaderRsa2048);
    VersionSignRequest sign{added->id, decision.leaderJob(), {}};
    sign.checks.trustAnchorsDer = {signing.pki().rootDer()};
    auto signedVersion = DraftService(fixture.workspace()).signCurrentVersion(sign, *leaderKey);
    REQUIRE(signedVersion.has_value());
    auto current = VerificationService(fixture.workspace()).currentFile(added->id);
    REQUIRE(current.has_value());
    CHECK(current->bytes.startsWith(*revised));
    // Signed and waiting to be issued, it takes no new file.
    auto late = files.addFile(revision);
    REQUIRE_FALSE(late.has_value());
    CHECK(late.error().code == ErrorCode::Conflict);

    // Issued, a file sent later is a new file (ordinal 2) of the issued kind, its check stored with it.
    auto agencyKey = signing.key(test::TestPki::Identity::AgencyRsa3072);
    IssueRequest issue = decision.request(signing);
    issue.draft = added->id;
    REQUIRE(IssueService(fixture.workspace(), decision.renderer).issue(issue, *agencyKey).has_value());
    FileAddition appendix{added->id,
                          AttachmentInput{QStringLiteral("phu-luc.pdf"),
                                          test::SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf"))},
                          std::nullopt,
                          QStringLiteral("Phụ lục gửi sau"),
                          {}};
    auto third = files.addFile(appendix);
    INFO((third ? QString() : third.error().message).toStdString());
    REQUIRE(third.has_value());
    REQUIRE(third->document.attachments.size() == 2);
    CHECK(third->document.attachments.at(1).ordinal == 2);
    CHECK(third->document.versions.back().kind == VersionKind::Issued);
    CHECK(third->document.versions.back().attachmentOrdinal == 2);
    CHECK_FALSE(third->document.versions.back().parentId.has_value());
    CHECK(third->check.verdict == signing::Verdict::NoSignature);
    auto reread = RegisterService(fixture.workspace()).document(added->id);
    REQUIRE(reread.has_value());
    CHECK(reread->attachments.size() == 2);
    CHECK(reread->versions.size() == 5);
    auto audit = AuditService(fixture.workspace()).verify();
    REQUIRE(audit.has_value());
    CHECK(audit->intact());
}
