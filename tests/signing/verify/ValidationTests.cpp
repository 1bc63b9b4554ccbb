// SPDX-License-Identifier: GPL-3.0-or-later
// The validator on files VanThu signs, then tampers with the way the published attacks do.
#include "signing/pades/PadesSigner.h"
#include "signing/pdf/IncrementalUpdate.h"
#include "signing/pdf/PdfFile.h"
#include "signing/pdf/PdfFilters.h"
#include "signing/pkcs12/Pkcs12Key.h"
#include "signing/timestamp/TimestampClient.h"
#include "signing/verify/Validation.h"
#include "tests/signing/support/SigningFixture.h"
#include "tests/signing/verify/VerifyTestSupport.h"
#include "tests/support/pki/LocalRevocation.h"
#include "tests/support/pki/LocalTsa.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <thread>

using namespace vanthu;
using namespace vanthu::signing;
using vanthu::test::SigningFixture;
using vanthu::test::TestPki;
using namespace vanthu::test;

TEST_CASE("An untouched signature is valid, B-B, covering the whole file", "[verify]")
{
    SigningFixture fixture;
    const QByteArray pdf = signedFixture(fixture);
    const ValidationReport report = validate(pdf, trusting(fixture));
    CHECK(report.verdict == Verdict::Valid);
    REQUIRE(report.signatures.size() == 1);
    const SignatureReport& signature = report.signatures.front();
    CHECK(signature.indication == Indication::TotalPassed);
    CHECK(signature.integrity);
    CHECK(signature.coversWholeDocument);
    CHECK(signature.padesLevel == PadesLevel::BB);
    CHECK(signature.modificationLevel == ModificationLevel::None);
    CHECK(signature.signer == QStringLiteral("Nguyễn Văn An"));
    CHECK(signature.claimedTime == SigningFixture::request().signingTime.toUTC());
    CHECK(signature.signedEnd == pdf.size());
    requireRenderingAgrees(pdf, report);
}

TEST_CASE("A changed byte inside the signed range is a hash failure", "[verify]")
{
    SigningFixture fixture;
    QByteArray pdf = signedFixture(fixture);
    const qsizetype at = pdf.indexOf("/Producer");
    REQUIRE(at > 0);
    pdf[at + 3] = 'X';
    const ValidationReport report = validate(pdf, trusting(fixture));
    CHECK(report.verdict == Verdict::Invalid);
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures.front().indication == Indication::TotalFailed);
    CHECK(report.signatures.front().subIndication == SubIndication::HashFailure);
    CHECK_FALSE(report.signatures.front().integrity);
}

TEST_CASE("Replacing page content in a later revision is MODIFIED (incremental saving attack)", "[verify]")
{
    SigningFixture fixture;
    for (const QString& name : {QStringLiteral("lo-classic.pdf"), QStringLiteral("qpdf-objstm.pdf")}) {
        INFO(name.toStdString());
        const QByteArray attacked = replacePageContent(signedFixture(fixture, name));
        const ValidationReport report = validate(attacked, trusting(fixture));
        CHECK(report.verdict == Verdict::Modified);
        REQUIRE(report.signatures.size() == 1);
        const SignatureReport& signature = report.signatures.front();
        CHECK(signature.integrity); // the signed bytes themselves are intact
        CHECK_FALSE(signature.coversWholeDocument);
        CHECK(signature.modificationLevel == ModificationLevel::Other);
        CHECK(signature.indication == Indication::TotalFailed);
        CHECK(hasFinding(signature, "page-changed"));
    }
}

TEST_CASE("An annotation added after signing is reported at the annotation level", "[verify]")
{
    SigningFixture fixture;
    const QByteArray annotated = addFreeText(signedFixture(fixture));
    const ValidationReport report = validate(annotated, trusting(fixture));
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures.front().modificationLevel == ModificationLevel::Annotations);
    CHECK(hasFinding(report.signatures.front(), "annotation-added"));
    CHECK(report.verdict == Verdict::ValidWithAllowedChanges);
    requireRenderingAgrees(annotated, report);
}

TEST_CASE("A second signature is an allowed change for the first", "[verify]")
{
    SigningFixture fixture;
    auto agency = fixture.key(TestPki::Identity::AgencyRsa3072);
    auto twice = PadesSigner::sign(signedFixture(fixture), *agency, SigningFixture::request());
    REQUIRE(twice.has_value());
    const ValidationReport report = validate(twice->pdf(), trusting(fixture));
    CHECK(report.verdict == Verdict::ValidWithAllowedChanges);
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.signatures[0].modificationLevel <= ModificationLevel::FormFilling);
    CHECK(report.signatures[0].indication == Indication::TotalPassed);
    CHECK(report.signatures[1].modificationLevel == ModificationLevel::None);
    CHECK(report.signatures[0].signedEnd < report.signatures[1].signedEnd);
    requireRenderingAgrees(twice->pdf(), report);
}

TEST_CASE("Trust: unknown roots are indeterminate unless trust is ignored", "[verify]")
{
    SigningFixture fixture;
    const QByteArray pdf = signedFixture(fixture);
    const ValidationReport untrusted = validate(pdf, ValidationOptions{});
    CHECK(untrusted.verdict == Verdict::Indeterminate);
    CHECK(untrusted.signatures.front().subIndication == SubIndication::NoCertificateChainFound);
    ValidationOptions ignoring;
    ignoring.ignoreTrust = true;
    CHECK(validate(pdf, ignoring).verdict == Verdict::Valid);
}

TEST_CASE("An emptied signature value is a format failure (universal signature forgery)", "[verify]")
{
    SigningFixture fixture;
    QByteArray pdf = signedFixture(fixture);
    const qsizetype contents = pdf.lastIndexOf("/Contents<");
    REQUIRE(contents > 0);
    const qsizetype end = pdf.indexOf('>', contents);
    pdf.replace(contents + 10, end - contents - 10, QByteArray(end - contents - 10, '0'));
    const ValidationReport report = validate(pdf, trusting(fixture));
    CHECK(report.verdict == Verdict::Invalid);
    CHECK(report.signatures.front().subIndication == SubIndication::FormatFailure);
}

TEST_CASE("Objects hidden in the unsigned gap after the signature value are caught (signature wrapping)", "[verify]")
{
    SigningFixture fixture;
    QByteArray pdf = signedFixture(fixture);
    // The reserved /Contents ends in zero padding the signature does not cover: close the hex string early and give
    // the rest of the gap to a key of the attacker's (a real attack puts objects there), keeping every offset, and so
    // the signed bytes, as they were. The dictionary still parses and the CMS still verifies.
    const qsizetype contents = pdf.lastIndexOf("/Contents<");
    const qsizetype end = pdf.indexOf('>', contents);
    const QByteArray payload = "> /Injected <";
    const qsizetype paddingStart = end - 200;
    REQUIRE(pdf.mid(paddingStart, 200) == QByteArray(200, '0'));
    pdf.replace(paddingStart, payload.size(), payload);
    const ValidationReport report = validate(pdf, trusting(fixture));
    CHECK(report.verdict == Verdict::Invalid);
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures.front().subIndication == SubIndication::FormatFailure);
    CHECK(hasFinding(report.signatures.front(), "byte-range-gap"));
}

TEST_CASE("Whitespace inside the signature value's hex is refused", "[verify]")
{
    SigningFixture fixture;
    QByteArray pdf = signedFixture(fixture);
    const qsizetype contents = pdf.lastIndexOf("/Contents<");
    const qsizetype end = pdf.indexOf('>', contents);
    pdf[end - 10] = ' ';
    const ValidationReport report = validate(pdf, trusting(fixture));
    CHECK(report.verdict == Verdict::Invalid);
    CHECK(hasFinding(report.signatures.front(), "contents-not-hex"));
}

TEST_CASE("A timestamped signature is B-T with the authority's time", "[verify][tsa]")
{
    SigningFixture fixture;
    test::LocalTsa tsa(fixture.pki());
    auto key = fixture.key(TestPki::Identity::LeaderRsa2048);
    SignRequest request = SigningFixture::request();
    request.timestamper = [&tsa](DigestAlgorithm digest, const QByteArray& value) -> Result<QByteArray> {
        auto token = requestTimestamp(tsa.url(), digest, value);
        if (!token) {
            return token.error();
        }
        return token->der;
    };
    auto signedPdf = PadesSigner::sign(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), *key, request);
    REQUIRE(signedPdf.has_value());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    const ValidationReport report = validate(signedPdf->pdf(), trusting(fixture));
    CHECK(report.verdict == Verdict::Valid);
    CHECK(report.signatures.front().padesLevel == PadesLevel::BT);
    CHECK(report.signatures.front().timestampTime > before);
    requireRenderingAgrees(signedPdf->pdf(), report);
}

TEST_CASE("A document without signatures has no signature", "[verify]")
{
    CHECK(validate(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), {}).verdict == Verdict::NoSignature);
}

namespace
{

/** A PKI whose certificates name the local OCSP responder, and a B-B signature by the leader. */
struct RevocationSetup
{
    QTemporaryDir directory;
    test::LocalRevocation revocation;
    std::unique_ptr<TestPki> pki;
    QByteArray signedPdf;

    RevocationSetup()
    {
        pki = std::make_unique<TestPki>(directory.filePath(QStringLiteral("pki")), revocation.pkiOptions());
        revocation.serve(*pki);
        test::FixedPassword password(pki->pkcs12Password());
        auto key = openPkcs12Key(pki->identity(TestPki::Identity::LeaderRsa2048).p12, password);
        REQUIRE(key.has_value());
        auto signedResult = PadesSigner::sign(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), **key,
                                              SigningFixture::request());
        REQUIRE(signedResult.has_value());
        signedPdf = signedResult->pdf();
    }

    ValidationOptions options() const
    {
        ValidationOptions trusting;
        trusting.trustAnchorsDer = {pki->rootDer()};
        trusting.revocationTimeoutSeconds = 5;
        return trusting;
    }
};

} // namespace

TEST_CASE("Cancel stops a validation that waits for a slow responder", "[verify][ocsp]")
{
    RevocationSetup setup;
    setup.revocation.setBehaviour({QStringLiteral("--delay-ms"), QStringLiteral("30000")});
    ValidationOptions options = setup.options();
    options.revocationTimeoutSeconds = 25; // each of the chain's requests would wait that long without Cancel
    std::atomic<bool> cancel{false};
    options.cancel = &cancel;
    QElapsedTimer timer;
    timer.start();
    auto running = std::async(std::launch::async, [&] { return validatePdf(setup.signedPdf, options); });
    std::this_thread::sleep_for(std::chrono::milliseconds(700)); // the OCSP request is sent and waiting by then
    cancel.store(true);
    const Result<ValidationReport> result = running.get();
    CHECK(timer.elapsed() < 10'000); // a generous bound: without the cancel this takes 25 s or more
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::Cancelled);
}

TEST_CASE("Revocation: the OCSP responder named in the certificate decides", "[verify][ocsp]")
{
    RevocationSetup setup;
    SECTION("good, for the signer and for the issuing CA")
    {
        const ValidationReport report = validate(setup.signedPdf, setup.options());
        CHECK(report.verdict == Verdict::Valid);
        CHECK(hasFinding(report.signatures.front(), "revocation-good"));
        CHECK(setup.revocation.requests().filter(QStringLiteral("OCSP POST nonce=yes")).size() == 2);
        CHECK(setup.revocation.requests().filter(QStringLiteral("CRL")).isEmpty());
    }
    SECTION("revoked before the signature was checked, without a timestamp to prove it older")
    {
        setup.revocation.revoke(TestPki::Identity::LeaderRsa2048, test::RevocationReason::KeyCompromise,
                                QDateTime::currentDateTimeUtc().addSecs(-3600));
        const ValidationReport report = validate(setup.signedPdf, setup.options());
        CHECK(report.verdict == Verdict::Invalid);
        CHECK(report.signatures.front().indication == Indication::TotalFailed);
        CHECK(report.signatures.front().subIndication == SubIndication::Revoked);
    }
    SECTION("a revoked issuing CA revokes the signature too")
    {
        setup.revocation.revokeIssuingCa(test::RevocationReason::CaCompromise,
                                         QDateTime::currentDateTimeUtc().addSecs(-3600));
        const ValidationReport report = validate(setup.signedPdf, setup.options());
        CHECK(report.verdict == Verdict::Invalid);
        CHECK(report.signatures.front().subIndication == SubIndication::Revoked);
        const auto& findings = report.signatures.front().findings;
        CHECK(std::any_of(findings.begin(), findings.end(), [](const Finding& finding) {
            return finding.code == QLatin1String("revoked")
                   && finding.message.contains(QLatin1String("VanThu Test Issuing CA"));
        }));
    }
    SECTION("the responder cannot answer now: the CRL answers instead")
    {
        setup.revocation.setBehaviour({QStringLiteral("--ocsp-try-later")});
        const ValidationReport report = validate(setup.signedPdf, setup.options());
        CHECK(report.verdict == Verdict::Valid);
        CHECK(setup.revocation.requests().filter(QStringLiteral("CRL intermediate")).size() == 1);
        CHECK(setup.revocation.requests().filter(QStringLiteral("CRL root")).size() == 1);
    }
    SECTION("neither the responder nor the CRL can answer")
    {
        setup.revocation.setBehaviour({QStringLiteral("--ocsp-try-later"), QStringLiteral("--crl-expired")});
        const ValidationReport report = validate(setup.signedPdf, setup.options());
        CHECK(report.verdict == Verdict::Indeterminate);
        CHECK(report.signatures.front().subIndication == SubIndication::TryLater);
    }
    SECTION("the CRL shows a revocation the responder cannot tell")
    {
        setup.revocation.revoke(TestPki::Identity::LeaderRsa2048, test::RevocationReason::KeyCompromise,
                                QDateTime::currentDateTimeUtc().addSecs(-3600));
        setup.revocation.setBehaviour({QStringLiteral("--ocsp-internal-error")});
        const ValidationReport report = validate(setup.signedPdf, setup.options());
        CHECK(report.verdict == Verdict::Invalid);
        CHECK(report.signatures.front().subIndication == SubIndication::Revoked);
    }
    SECTION("a responder without the authority to answer is not believed, nor a CRL signed by another key")
    {
        setup.revocation.setBehaviour({QStringLiteral("--ocsp-wrong-signer"), QStringLiteral("--crl-wrong-key")});
        const ValidationReport report = validate(setup.signedPdf, setup.options());
        CHECK(report.verdict == Verdict::Indeterminate);
        CHECK(report.signatures.front().subIndication == SubIndication::TryLater);
    }
    SECTION("offline validation says it did not check")
    {
        ValidationOptions offline = setup.options();
        offline.checkRevocationOnline = false;
        const ValidationReport report = validate(setup.signedPdf, offline);
        CHECK(report.verdict == Verdict::RevocationNotChecked);
        CHECK(report.signatures.front().revocation == RevocationCheck::NotYetChecked);
        CHECK(hasFinding(report.signatures.front(), "revocation-not-yet-checked"));
        CHECK(setup.revocation.requests().isEmpty());
    }
}
