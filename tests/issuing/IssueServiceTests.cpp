// SPDX-License-Identifier: GPL-3.0-or-later
// core::IssueService: a leader-signed PDF numbered, sealed and stored in one transaction, or nothing at all.
#include "core/Workspace.h"
#include "core/audit/AuditService.h"
#include "core/registers/IssueService.h"
#include "core/registers/OutgoingService.h"
#include "core/registers/RegisterService.h"
#include "core/registers/VerificationService.h"
#include "tests/issuing/IssuingSupport.h"
#include "tests/support/RawSql.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

#include <QDir>

#include <atomic>

using namespace vanthu;
using namespace vanthu::core;

TEST_CASE("IssueService numbers and seals a leader-signed PDF and stores both versions with their checks", "[issuing]")
{
    test::SigningFixture signing;
    test::LeaderSignedDecision decision(signing);
    test::TestWorkspace fixture;
    auto key = signing.key(test::TestPki::Identity::AgencyRsa3072);
    std::vector<int> steps;
    const TaskToken token(nullptr, [&steps](int done, int total) {
        CHECK(total == 3);
        steps.push_back(done);
    });
    auto issued = IssueService(fixture.workspace(), decision.renderer).issue(decision.request(signing), *key, token);
    INFO((issued ? QString() : issued.error().message + QLatin1Char(' ') + issued.error().detail).toStdString());
    REQUIRE(issued.has_value());
    CHECK(steps == std::vector<int>{0, 1, 2, 3});
    CHECK(issued->receipt.code.display() == QStringLiteral("01/QĐ-SNV"));
    CHECK(issued->leaderCheck.signatures.size() == 1);
    CHECK(issued->issuedCheck.signatures.size() == 2);
    CHECK(issued->issuedCheck.verdict != signing::Verdict::Invalid);

    RegisterService registers(fixture.workspace());
    auto record = registers.document(issued->receipt.id);
    REQUIRE(record.has_value());
    CHECK(record->fields.signerName == QStringLiteral("Lê Văn Bình"));
    REQUIRE(record->versions.size() == 2);
    CHECK(record->versions.at(0).kind == VersionKind::Signed);
    CHECK(record->versions.at(1).kind == VersionKind::Issued);
    CHECK(record->versions.at(1).parentId == std::optional<qint64>(record->versions.at(0).id));
    auto issuedPdf = registers.attachmentBytes(record->attachments.front());
    REQUIRE(issuedPdf.has_value());
    // Judges we did not write: pdfsig and openssl cms accept both signatures, and the leader's PDF is a prefix.
    CHECK(signing.judge(decision.pdf, *issuedPdf).toStdString() == "");

    auto reports = VerificationService(fixture.workspace()).reports(issued->receipt.id);
    REQUIRE(reports.has_value());
    REQUIRE(reports->size() == 2);
    CHECK(reports->at(0).versionId == record->versions.at(0).id);
    CHECK(reports->at(1).versionId == record->versions.at(1).id);
    CHECK(reports->at(0).status != SignatureStatus::Broken);
    CHECK(reports->at(1).status != SignatureStatus::Broken);
    auto audit = AuditService(fixture.workspace()).verify();
    REQUIRE(audit.has_value());
    CHECK(audit->intact());

    // The issued PDF cannot be issued again: its number and date are filled. No number is used by the attempt.
    IssueRequest again = decision.request(signing);
    again.signedByLeader.bytes = *issuedPdf;
    auto twice = IssueService(fixture.workspace(), decision.renderer).issue(again, *key);
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().code == ErrorCode::Conflict);
    auto next = OutgoingService(fixture.workspace()).previewNumber(decision.request(signing).document);
    REQUIRE(next.has_value());
    CHECK(next->number == 2);
}

TEST_CASE("IssueService stopped before its commit uses no number and stores nothing", "[issuing]")
{
    test::SigningFixture signing;
    test::LeaderSignedDecision decision(signing);
    test::TestWorkspace fixture;
    auto key = signing.key(test::TestPki::Identity::AgencyRsa3072);
    IssueService issuing(fixture.workspace(), decision.renderer);

    std::atomic<bool> cancelled{true};
    auto before = issuing.issue(decision.request(signing), *key, TaskToken(&cancelled));
    REQUIRE_FALSE(before.has_value());
    CHECK(before.error().code == ErrorCode::Cancelled);

    // Cancel pressed while the seal is being added, with the number taken inside the open transaction.
    cancelled = false;
    const TaskToken lateCancel(&cancelled, [&cancelled](int done, int) {
        if (done == 2) {
            cancelled = true;
        }
    });
    auto during = issuing.issue(decision.request(signing), *key, lateCancel);
    REQUIRE_FALSE(during.has_value());
    CHECK(during.error().code == ErrorCode::Cancelled);

    {
        test::RawSql raw(QDir(fixture.path()).filePath(Workspace::databaseFileName()));
        CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM document")).toInt() == 0);
        CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM event")).toInt() == 0);
    }
    cancelled = false;
    auto issued = issuing.issue(decision.request(signing), *key, TaskToken(&cancelled));
    REQUIRE(issued.has_value());
    CHECK(issued->receipt.number == 1);
}

TEST_CASE("IssueService refuses a PDF without the leader's signature before taking a number", "[issuing]")
{
    test::SigningFixture signing;
    test::LeaderSignedDecision decision(signing);
    test::TestWorkspace fixture;
    auto key = signing.key(test::TestPki::Identity::AgencyRsa3072);
    IssueRequest request = decision.request(signing);
    request.signedByLeader.bytes = test::SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf"));
    auto refused = IssueService(fixture.workspace(), decision.renderer).issue(request, *key);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().detail == QStringLiteral("no signature"));
    auto next = OutgoingService(fixture.workspace()).previewNumber(request.document);
    REQUIRE(next.has_value());
    CHECK(next->number == 1);
}
