// SPDX-License-Identifier: GPL-3.0-or-later
// Stored signature reports (issues 12 and 13): a registration keeps the check the clerk saw with the version it is
// about, a re-check is an explicit action that adds a report, every report says whether it was made online, and the
// register shows the latest report of the current version.
#include "core/Workspace.h"
#include "core/registers/IncomingService.h"
#include "core/registers/RegisterService.h"
#include "core/registers/VerificationService.h"
#include "core/store/migrations/Migrations.h"
#include "signing/verify/ReportJson.h"
#include "tests/signing/support/RevocableSignature.h"
#include "tests/signing/support/SigningFixture.h"
#include "tests/support/RawSql.h"
#include "tests/support/Requests.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace vanthu;
using namespace vanthu::core;
using vanthu::test::SigningFixture;
using vanthu::test::TestPki;

namespace
{

/**
 * A one-page PDF signed by a test PKI whose certificates name a revocation server on 127.0.0.1, and options that
 * trust its root and stay offline: the offline verdict is then "revocation not yet checked".
 */
struct SignedFile
{
    test::RevocableSignature signature;
    QByteArray pdf = signature.signedPdf();
    signing::ValidationOptions offline = offlineOptions(signature);

    static signing::ValidationOptions offlineOptions(const test::RevocableSignature& signature)
    {
        signing::ValidationOptions options = signature.trusting();
        options.checkRevocationOnline = false;
        return options;
    }
};

std::unique_ptr<SignedFile> signedFile()
{
    return std::make_unique<SignedFile>();
}

QByteArray reportOf(const QByteArray& pdf, const signing::ValidationOptions& options)
{
    auto report = signing::validatePdf(pdf, options);
    REQUIRE(report.has_value());
    return signing::reportJsonBytes(*report);
}

RegisterRow rowOf(Workspace& workspace, DocumentId id)
{
    auto rows = RegisterService(workspace).rows({id});
    REQUIRE(rows.has_value());
    REQUIRE(rows->size() == 1);
    return rows->front();
}

} // namespace

TEST_CASE("A registration keeps the check the clerk saw, and a re-check adds a report without replacing it",
          "[store][verification]")
{
    const auto file = signedFile();
    test::TestWorkspace fixture;
    Workspace& workspace = fixture.workspace();

    IncomingRequest request = test::incomingRequest();
    const QByteArray seen = reportOf(file->pdf, file->offline);
    request.attachments.append(AttachmentInput{QStringLiteral("qd.pdf"), file->pdf, seen});
    auto receipt = IncomingService(workspace).registerDocument(request);
    REQUIRE(receipt.has_value());

    VerificationService verification(workspace);
    auto reports = verification.reports(receipt->id);
    REQUIRE(reports.has_value());
    REQUIRE(reports->size() == 1);
    const VerificationRecord& first = reports->front();
    // Offline, the signature is sound but nobody was asked about revocation: yellow, never green.
    CHECK(first.verdict == QStringLiteral("REVOCATION_NOT_CHECKED"));
    CHECK(first.status == SignatureStatus::Attention);
    CHECK_FALSE(first.online);
    CHECK(first.reportJson == seen);
    CHECK(first.checkedBy == workspace.actor());
    auto current = verification.currentFile(receipt->id);
    REQUIRE(current.has_value());
    CHECK(first.versionId == current->versionId);
    CHECK(current->bytes == file->pdf);

    RegisterRow row = rowOf(workspace, receipt->id);
    REQUIRE(row.signatureStatus.has_value());
    CHECK(*row.signatureStatus == SignatureStatus::Attention);
    CHECK_FALSE(row.signatureCheckedOnline);

    // record() files the report it is given on the version: here a tampered copy's, which is red.
    QByteArray tampered = file->pdf;
    const qsizetype producer = tampered.indexOf("/Producer");
    REQUIRE(producer > 0);
    tampered[producer + 2] = 'X';
    auto added = verification.record(receipt->id, current->versionId, reportOf(tampered, file->offline));
    REQUIRE(added.has_value());
    CHECK(added->status == SignatureStatus::Broken);
    reports = verification.reports(receipt->id);
    REQUIRE(reports.has_value());
    REQUIRE(reports->size() == 2);
    CHECK(reports->at(0).reportJson == seen); // the first report is kept as it was
    CHECK(reports->at(1).id == added->id);
    CHECK(*rowOf(workspace, receipt->id).signatureStatus == SignatureStatus::Broken);

    // recheck() reads the stored version itself and stores what it finds.
    auto again = verification.recheck(receipt->id, file->offline);
    REQUIRE(again.has_value());
    CHECK(again->stored.status == SignatureStatus::Attention);
    CHECK(again->stored.versionId == current->versionId);
    CHECK(*rowOf(workspace, receipt->id).signatureStatus == SignatureStatus::Attention);
    CHECK(verification.reports(receipt->id)->size() == 3);

    // Each stored report has its audit entry, and the trail still verifies.
    test::RawSql raw(QDir(fixture.path()).filePath(Workspace::databaseFileName()));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'verify'")).toInt() == 2);
}

TEST_CASE("A re-check made online says so, and the register shows it green", "[store][verification]")
{
    // A real OCSP responder on 127.0.0.1 answers for the signer's certificate.
    test::RevocableSignature signature;
    test::TestWorkspace fixture;
    Workspace& workspace = fixture.workspace();
    IncomingRequest request = test::incomingRequest();
    request.attachments.append(AttachmentInput{QStringLiteral("qd.pdf"), signature.signedPdf(), {}});
    auto receipt = IncomingService(workspace).registerDocument(request);
    REQUIRE(receipt.has_value());
    // Registered without a check: the register says "not checked", not a colour.
    CHECK_FALSE(rowOf(workspace, receipt->id).signatureStatus.has_value());
    CHECK(VerificationService(workspace).reports(receipt->id)->isEmpty());

    auto online = VerificationService(workspace).recheck(receipt->id, signature.trusting());
    REQUIRE(online.has_value());
    CHECK(online->stored.online);
    CHECK(online->stored.verdict == QStringLiteral("VALID"));
    CHECK(online->stored.status == SignatureStatus::Valid);
    CHECK_FALSE(signature.requests().isEmpty()); // the authority was asked
    RegisterRow row = rowOf(workspace, receipt->id);
    CHECK(*row.signatureStatus == SignatureStatus::Valid);
    CHECK(row.signatureCheckedOnline);

    // Checked again offline later: a new report, yellow, and the register follows the latest one.
    signing::ValidationOptions offline = signature.trusting();
    offline.checkRevocationOnline = false;
    auto later = VerificationService(workspace).recheck(receipt->id, offline);
    REQUIRE(later.has_value());
    CHECK_FALSE(later->stored.online);
    row = rowOf(workspace, receipt->id);
    CHECK(*row.signatureStatus == SignatureStatus::Attention);
    CHECK_FALSE(row.signatureCheckedOnline);
    auto reports = VerificationService(workspace).reports(receipt->id);
    REQUIRE(reports->size() == 2);
    CHECK(reports->at(0).online);
    CHECK(QJsonDocument::fromJson(reports->at(0).reportJson).object().value(QStringLiteral("online")).toBool());
}

TEST_CASE("Damaged reports, foreign versions and changes to stored reports are refused", "[store][verification]")
{
    const auto file = signedFile();
    test::TestWorkspace fixture;
    Workspace& workspace = fixture.workspace();
    IncomingService incoming(workspace);

    // A registration whose report is damaged stores nothing: not the document, not the blob's row, not a report.
    IncomingRequest request = test::incomingRequest(7);
    request.attachments.append(AttachmentInput{QStringLiteral("qd.pdf"), file->pdf, QByteArray("{\"status\":1}")});
    auto refused = incoming.registerDocument(request);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    test::RawSql raw(QDir(fixture.path()).filePath(Workspace::databaseFileName()));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM document")).toInt() == 0);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM verification_report")).toInt() == 0);

    request.attachments.clear();
    request.attachments.append(
        AttachmentInput{QStringLiteral("qd.pdf"), file->pdf, reportOf(file->pdf, file->offline)});
    auto first = incoming.registerDocument(request);
    REQUIRE(first.has_value());
    IncomingRequest other = test::incomingRequest(8);
    other.attachments.append(
        AttachmentInput{QStringLiteral("khac.pdf"), SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf"))});
    auto second = incoming.registerDocument(other);
    REQUIRE(second.has_value());

    VerificationService verification(workspace);
    const QByteArray report = reportOf(file->pdf, file->offline);
    for (const QByteArray& damaged : {QByteArray("not json"), QByteArray("[]"),
                                      QByteArray(R"({"status":"valid","verdict":"VALID","validatedAt":"x"})")}) {
        auto stored = verification.record(first->id, verification.currentFile(first->id)->versionId, damaged);
        REQUIRE_FALSE(stored.has_value());
        CHECK(stored.error().code == ErrorCode::InvalidInput);
    }
    // A report may only be filed under a version of its own document.
    auto foreign = verification.record(first->id, verification.currentFile(second->id)->versionId, report);
    REQUIRE_FALSE(foreign.has_value());
    CHECK(foreign.error().code == ErrorCode::NotFound);
    auto missing = verification.record(DocumentId{999}, 1, report);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(verification.reports(first->id)->size() == 1);
    // The unsigned document's check is "unsigned", not an error.
    auto unsignedCheck = verification.recheck(second->id, file->offline);
    REQUIRE(unsignedCheck.has_value());
    CHECK(unsignedCheck->stored.status == SignatureStatus::Unsigned);

    // The schema keeps stored reports as they are.
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE verification_report SET status = 'valid'")));
    CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM verification_report")));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM verification_report")).toInt() == 2);
}

TEST_CASE("A schema-3 workspace is upgraded to stored reports and keeps every record", "[store][migration]")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("workspace"));
    test::copyFolder(QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/db/schema-v3"), path);
    const QString databasePath = QDir(path).filePath(Workspace::databaseFileName());
    qint64 versions = 0;
    qint64 events = 0;
    {
        test::RawSql raw(databasePath);
        REQUIRE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 3);
        versions = raw.scalar(QStringLiteral("SELECT count(*) FROM document_version")).toLongLong();
        events = raw.scalar(QStringLiteral("SELECT count(*) FROM event")).toLongLong();
        REQUIRE(versions == 6);
        REQUIRE(events == 8);
    }
    auto workspace = Workspace::open(path);
    REQUIRE(workspace.has_value());
    CHECK((*workspace)->migration().fromVersion == 3);
    CHECK((*workspace)->migration().toVersion == migrations::all().back().version);
    RegisterService registers(**workspace);
    for (qint64 id = 1; id <= 6; ++id) {
        auto record = registers.document(DocumentId{id});
        REQUIRE(record.has_value());
        CHECK(record->versions.size() == record->attachments.size());
        CHECK_FALSE(rowOf(**workspace, DocumentId{id}).signatureStatus.has_value());
    }
    CHECK(rowOf(**workspace, DocumentId{2}).voidReason == QStringLiteral("Cấp nhầm số"));
    workspace->reset();
    test::RawSql raw(databasePath);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM document_version")).toLongLong() == versions);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM event")).toLongLong() == events);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM verification_report")).toInt() == 0);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('document_version') WHERE name = "
                                    "'verification'"))
              .toInt()
          == 0);
}
