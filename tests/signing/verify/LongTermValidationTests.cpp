// SPDX-License-Identifier: GPL-3.0-or-later
// Long-term validation: validation data (DSS) and document timestamps added to signed PDFs (PAdES B-LT, B-LTA),
// and the validator using them without the network. The PKI's OCSP responder, CRLs and TSA run on 127.0.0.1.
#include "signing/ltv/Dss.h"
#include "signing/ltv/LongTermValidation.h"
#include "signing/pades/PadesSigner.h"
#include "signing/pkcs12/Pkcs12Key.h"
#include "signing/timestamp/TimestampClient.h"
#include "signing/verify/Validation.h"
#include "tests/signing/support/SigningFixture.h"
#include "tests/support/CliRunner.h"
#include "tests/support/oracles/SignatureOracles.h"
#include "tests/support/pki/LocalRevocation.h"
#include "tests/support/pki/LocalTsa.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

using namespace vanthu;
using namespace vanthu::signing;
using vanthu::test::SigningFixture;
using vanthu::test::TestPki;

namespace
{

/** A PKI whose certificates name the local OCSP responder and CRLs, a TSA of that PKI, and a B-T signature. */
struct LongTermSetup
{
    QTemporaryDir directory;
    test::LocalRevocation revocation;
    std::unique_ptr<TestPki> pki;
    std::unique_ptr<test::LocalTsa> tsa;
    QByteArray signedPdf;

    explicit LongTermSetup(bool timestamped = true)
    {
        pki = std::make_unique<TestPki>(directory.filePath(QStringLiteral("pki")), revocation.pkiOptions());
        revocation.serve(*pki);
        tsa = std::make_unique<test::LocalTsa>(*pki);
        test::FixedPassword password(pki->pkcs12Password());
        auto key = openPkcs12Key(pki->identity(TestPki::Identity::LeaderRsa2048).p12, password);
        REQUIRE(key.has_value());
        SignRequest request = SigningFixture::request();
        if (timestamped) {
            request.timestamper = timestamperFor(tsa->url());
        }
        auto signedResult =
            PadesSigner::sign(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), **key, request);
        REQUIRE(signedResult.has_value());
        signedPdf = signedResult->pdf();
    }

    LongTermOptions longTermOptions() const
    {
        LongTermOptions options;
        options.trustAnchorsDer = {pki->rootDer()};
        options.timeoutSeconds = 5;
        return options;
    }

    /** Validation as years later: the root trusted, no network. */
    ValidationOptions offline() const
    {
        ValidationOptions options;
        options.trustAnchorsDer = {pki->rootDer()};
        options.checkRevocationOnline = false;
        return options;
    }

    QByteArray withValidationData(const QByteArray& pdf) const
    {
        auto gathered = gatherValidationData(pdf, longTermOptions());
        REQUIRE(gathered.has_value());
        auto appendix = appendValidationData(pdf, *gathered);
        REQUIRE(appendix.has_value());
        return pdf + *appendix;
    }

    QByteArray withDocumentTimestamp(const QByteArray& pdf) const
    {
        auto stamped = PadesSigner::timestampDocument(pdf, DigestAlgorithm::Sha256, timestamperFor(tsa->url()));
        REQUIRE(stamped.has_value());
        return stamped->pdf();
    }

    QString write(const QString& name, const QByteArray& pdf) const
    {
        const QString path = directory.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(pdf) == pdf.size());
        return path;
    }
};

ValidationReport validate(const QByteArray& pdf, const ValidationOptions& options)
{
    auto report = validatePdf(pdf, options);
    REQUIRE(report.has_value());
    return *report;
}

const Finding* findingOf(const SignatureReport& report, const char* code)
{
    for (const Finding& finding : report.findings) {
        if (finding.code == QLatin1String(code)) {
            return &finding;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("Validation data makes a B-T signature B-LT, checkable without the network", "[ltv]")
{
    LongTermSetup setup;
    auto gathered = gatherValidationData(setup.signedPdf, setup.longTermOptions());
    REQUIRE(gathered.has_value());
    // Signer, issuing CA and TSA each answered for; the chain certificates and the root are kept.
    CHECK(gathered->covered.contains(QStringLiteral("VanThu Test Issuing CA")));
    CHECK(gathered->covered.size() == 3);
    CHECK(gathered->data.certificates.contains(setup.pki->rootDer()));
    CHECK(gathered->data.certificates.contains(setup.pki->intermediateDer()));
    CHECK(gathered->data.ocspResponses.size() == 3);

    const QByteArray extended = setup.withValidationData(setup.signedPdf);
    CHECK(extended.startsWith(setup.signedPdf));
    const QStringList before = setup.revocation.requests();
    const ValidationReport report = validate(extended, setup.offline());
    CHECK(setup.revocation.requests() == before); // nothing asked: the document answers
    REQUIRE(report.signatures.size() == 1);
    const SignatureReport& signature = report.signatures.front();
    CHECK(report.verdict == Verdict::Valid);
    CHECK(signature.padesLevel == PadesLevel::BLT);
    CHECK(signature.modificationLevel == ModificationLevel::LtaUpdates);
    const Finding* good = findingOf(signature, "revocation-good");
    REQUIRE(good != nullptr);
    CHECK(findingOf(signature, "revocation-not-yet-checked") == nullptr);
    CHECK(signature.revocation == RevocationCheck::Checked);

    // What the DSS holds, read back, and the file as qpdf and poppler see it.
    auto file = pdf::PdfFile::open(extended);
    REQUIRE(file.has_value());
    const ValidationData dss = readDss(**file);
    CHECK(dss.ocspResponses.size() == 3); // asked again by withValidationData(): fresh answers, same count
    CHECK(dss.certificates == gathered->data.certificates);
    CHECK(dss.crls.isEmpty());
    const QString path = setup.write(QStringLiteral("b-lt.pdf"), extended);
    CHECK(test::qpdfCheck(path).isEmpty());
    const test::PdfsigReport pdfsig = test::runPdfsig(path, {setup.pki->rootCertPath()});
    CHECK(pdfsig.allSignaturesValid());
}

TEST_CASE("Without validation data the same offline check cannot tell revocation", "[ltv]")
{
    LongTermSetup setup;
    const ValidationReport report = validate(setup.signedPdf, setup.offline());
    CHECK(report.signatures.front().padesLevel == PadesLevel::BT);
    CHECK(findingOf(report.signatures.front(), "revocation-not-yet-checked") != nullptr);
    // Intact and trusted, but revocation was not asked: never shown as checked (issue 12).
    CHECK(report.signatures.front().indication == Indication::TotalPassed);
    CHECK(report.verdict == Verdict::RevocationNotChecked);
}

TEST_CASE("A document timestamp over the validation data makes the signature B-LTA", "[ltv]")
{
    LongTermSetup setup;
    const QByteArray archived = setup.withDocumentTimestamp(setup.withValidationData(setup.signedPdf));
    const ValidationReport report = validate(archived, setup.offline());
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.verdict == Verdict::Valid);
    const SignatureReport& signature = report.signatures[0];
    const SignatureReport& timestamp = report.signatures[1];
    CHECK(signature.padesLevel == PadesLevel::BLTA);
    CHECK(signature.modificationLevel == ModificationLevel::LtaUpdates);
    CHECK(timestamp.padesLevel == PadesLevel::DocumentTimestamp);
    CHECK(timestamp.indication == Indication::TotalPassed);
    CHECK(timestamp.integrity);
    CHECK(timestamp.coversWholeDocument);
    CHECK(timestamp.signer == QStringLiteral("VanThu Test TSA"));
    CHECK(timestamp.timestampTime.isValid());

    const QString path = setup.write(QStringLiteral("b-lta.pdf"), archived);
    CHECK(test::qpdfCheck(path).isEmpty());
    const test::PdfsigReport pdfsig = test::runPdfsig(path, {setup.pki->rootCertPath()});
    INFO(pdfsig.output.toStdString());
    REQUIRE(pdfsig.signatures.size() == 2);
    CHECK(pdfsig.signatures[0].signatureValidation == QStringLiteral("Signature is Valid."));
    // poppler 22.12 does not validate RFC 3161 tokens; it finds the field, its signer and its ranges.
    CHECK(pdfsig.signatures[1].signerName == QStringLiteral("VanThu Test TSA"));
    CHECK(pdfsig.signatures[1].totalDocumentSigned);
    const QList<test::ByteRangeSignature> ranges = test::findSignatures(archived);
    REQUIRE(ranges.size() == 2);
    const QString untrusted = setup.directory.filePath(QStringLiteral("tsa-chain.pem"));
    QFile chain(untrusted);
    REQUIRE(chain.open(QIODevice::WriteOnly));
    for (const QString& part : {setup.pki->identity(TestPki::Identity::Tsa).certPem, setup.pki->chainPath()}) {
        QFile pem(part);
        REQUIRE(pem.open(QIODevice::ReadOnly));
        chain.write(pem.readAll());
    }
    chain.close();
    CHECK(test::opensslTimestampVerify(ranges[1], setup.pki->rootCertPath(), untrusted).isEmpty());

    SECTION("a timestamp without validation data before it does not make B-LTA")
    {
        const ValidationReport plain = validate(setup.withDocumentTimestamp(setup.signedPdf), setup.offline());
        CHECK(plain.signatures[0].padesLevel == PadesLevel::BT);
        // Offline and without validation data nobody answered about revocation: yellow, not VALID (issue 12).
        CHECK(plain.verdict == Verdict::RevocationNotChecked);
    }
    SECTION("a change after the document timestamp breaks it and shows after the signature")
    {
        QByteArray tampered = archived;
        const qsizetype at = tampered.lastIndexOf("/DocTimeStamp");
        REQUIRE(at > 0);
        tampered[at + 1] = 'd'; // /docTimeStamp: a signed byte of the timestamp's own revision
        const ValidationReport broken = validate(tampered, setup.offline());
        CHECK(broken.signatures.back().integrity == false);
        CHECK(broken.verdict == Verdict::Invalid);
    }
    SECTION("an untrusted timestamp authority is indeterminate")
    {
        ValidationOptions untrusting = setup.offline();
        QTemporaryDir other;
        test::TestPkiOptions strangerOptions;
        strangerOptions.keySet = QStringLiteral("stranger");
        TestPki stranger(other.filePath(QStringLiteral("pki")), strangerOptions);
        untrusting.trustAnchorsDer = {stranger.rootDer()};
        const ValidationReport unknown = validate(archived, untrusting);
        CHECK(unknown.signatures.back().indication == Indication::Indeterminate);
        CHECK(unknown.signatures.back().subIndication == SubIndication::NoCertificateChainFound);
    }
}

TEST_CASE("Revocation after a long-term signature leaves it valid", "[ltv]")
{
    LongTermSetup setup;
    const QByteArray extended = setup.withValidationData(setup.signedPdf);
    QThread::msleep(1500); // revocation times have whole seconds: a later second than the signature's timestamp
    setup.revocation.revoke(TestPki::Identity::LeaderRsa2048, test::RevocationReason::KeyCompromise);
    // Online, the responder now says revoked; the document's own, older answer is the evidence for its time.
    ValidationOptions online = setup.offline();
    online.checkRevocationOnline = true;
    const ValidationReport report = validate(extended, online);
    CHECK(report.verdict == Verdict::Valid);
    CHECK(report.signatures.front().padesLevel == PadesLevel::BLT);
    // A signature without that evidence is judged by today's answer: revoked after the timestamp.
    const ValidationReport bare = validate(setup.signedPdf, online);
    CHECK(bare.verdict == Verdict::Valid);
    CHECK(findingOf(bare.signatures.front(), "revoked-after-signing") != nullptr);
}

TEST_CASE("Validation data are refused for a revoked certificate or an unreachable authority", "[ltv]")
{
    LongTermSetup setup;
    SECTION("revoked issuing CA")
    {
        setup.revocation.revokeIssuingCa();
        auto gathered = gatherValidationData(setup.signedPdf, setup.longTermOptions());
        REQUIRE_FALSE(gathered.has_value());
        CHECK(gathered.error().code == ErrorCode::Conflict);
        CHECK(gathered.error().message.contains(QStringLiteral("VanThu Test Issuing CA")));
    }
    SECTION("neither OCSP nor CRL answers")
    {
        setup.revocation.setBehaviour({QStringLiteral("--ocsp-try-later"), QStringLiteral("--crl-expired")});
        auto gathered = gatherValidationData(setup.signedPdf, setup.longTermOptions());
        REQUIRE_FALSE(gathered.has_value());
        CHECK(gathered.error().code == ErrorCode::Io);
    }
    SECTION("the responder is down: CRLs are kept instead")
    {
        setup.revocation.setBehaviour({QStringLiteral("--ocsp-internal-error")});
        auto gathered = gatherValidationData(setup.signedPdf, setup.longTermOptions());
        REQUIRE(gathered.has_value());
        CHECK(gathered->data.ocspResponses.isEmpty());
        CHECK(gathered->data.crls.size() == 2); // the issuing CA's CRL and the root's
        auto appendix = appendValidationData(setup.signedPdf, *gathered);
        REQUIRE(appendix.has_value());
        const ValidationReport report = validate(setup.signedPdf + *appendix, setup.offline());
        CHECK(report.verdict == Verdict::Valid);
        CHECK(report.signatures.front().padesLevel == PadesLevel::BLT);
    }
    SECTION("nothing new to add a second time")
    {
        const QByteArray extended = setup.withValidationData(setup.signedPdf);
        auto gathered = gatherValidationData(extended, setup.longTermOptions());
        REQUIRE(gathered.has_value());
        auto file = pdf::PdfFile::open(extended);
        REQUIRE(file.has_value());
        GatheredValidationData same;
        same.data = readDss(**file);
        auto again = appendValidationData(extended, same);
        REQUIRE_FALSE(again.has_value());
        CHECK(again.error().code == ErrorCode::Conflict);
    }
}

TEST_CASE("A B-B signature with validation data stays B-B", "[ltv]")
{
    LongTermSetup setup(false);
    const ValidationReport report = validate(setup.withValidationData(setup.signedPdf), setup.offline());
    CHECK(report.verdict == Verdict::Valid);
    CHECK(report.signatures.front().padesLevel == PadesLevel::BB);
    CHECK(findingOf(report.signatures.front(), "revocation-good") != nullptr);
}

TEST_CASE("vanthu-cli ltv extends a signed PDF to B-LTA and verify reads it offline", "[ltv][cli]")
{
    LongTermSetup setup;
    const QString input = setup.write(QStringLiteral("signed.pdf"), setup.signedPdf);
    const QString output = setup.directory.filePath(QStringLiteral("archived.pdf"));
    const test::CliResult extended = test::runCli(
        setup.directory.path(), {QStringLiteral("ltv"), QStringLiteral("--in"), input, QStringLiteral("--out"), output,
                                 QStringLiteral("--trust-anchor"), setup.pki->rootCertPath(), QStringLiteral("--tsa"),
                                 setup.tsa->url(), QStringLiteral("--json")});
    INFO(extended.out.toStdString() << extended.err.toStdString());
    REQUIRE(extended.exitCode == 0);
    CHECK(extended.json().value(QStringLiteral("documentTimestamp")).toBool());
    CHECK(extended.json().value(QStringLiteral("ocspResponses")).toInt() == 3);

    const test::CliResult verified = test::runCli(
        setup.directory.path(), {QStringLiteral("verify"), output, QStringLiteral("--trust-anchor"),
                                 setup.pki->rootCertPath(), QStringLiteral("--offline"), QStringLiteral("--json")});
    INFO(verified.out.toStdString());
    CHECK(verified.exitCode == 0);
    const QJsonObject json = verified.json();
    CHECK(json.value(QStringLiteral("verdict")).toString() == QStringLiteral("VALID"));
    const QJsonArray signatures = json.value(QStringLiteral("signatures")).toArray();
    REQUIRE(signatures.size() == 2);
    CHECK(signatures[0].toObject().value(QStringLiteral("padesLevel")).toString() == QStringLiteral("B-LTA"));
    CHECK(signatures[1].toObject().value(QStringLiteral("padesLevel")).toString()
          == QStringLiteral("DOCUMENT_TIMESTAMP"));

    SECTION("an unreachable timestamp authority leaves no output file")
    {
        const QString none = setup.directory.filePath(QStringLiteral("none.pdf"));
        const test::CliResult failed = test::runCli(
            setup.directory.path(), {QStringLiteral("ltv"), QStringLiteral("--in"), input, QStringLiteral("--out"),
                                     none, QStringLiteral("--tsa"), test::LocalTsa::closedPortUrl(),
                                     QStringLiteral("--timeout"), QStringLiteral("2")});
        CHECK(failed.exitCode != 0);
        CHECK_FALSE(QFile::exists(none));
    }
}
