// SPDX-License-Identifier: GPL-3.0-or-later
// The validator's rules about signers, algorithms, CMS shapes and times (issue 12): who may sign (extended key
// usage, trust purposes), which algorithms count (AlgorithmPolicy), what a CMS may hold, and which revocation
// evidence counts at the signing time. Signed with our own signer; CMS variants built here with OpenSSL's CMS API.
#include "signing/keys/FreeDeleter.h"
#include "signing/keys/TrustStore.h"
#include "signing/ltv/Dss.h"
#include "signing/net/HttpTransfer.h"
#include "signing/pades/PadesSigner.h"
#include "signing/pkcs12/Pkcs12Key.h"
#include "signing/timestamp/TimestampClient.h"
#include "signing/verify/AlgorithmPolicy.h"
#include "signing/verify/CertificatePurpose.h"
#include "signing/verify/ReportText.h"
#include "signing/verify/Validation.h"
#include "tests/signing/support/SigningFixture.h"
#include "tests/signing/verify/VerifyTestSupport.h"
#include "tests/support/pki/LocalTsa.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/pem.h>
#include <openssl/sha.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include <ctime>
#include <memory>
#include <numeric>

using namespace vanthu;
using namespace vanthu::signing;
using vanthu::test::CustomIdentity;
using vanthu::test::hasFinding;
using vanthu::test::SigningFixture;
using vanthu::test::TestPki;
using vanthu::test::validate;

namespace
{

// The project's one deleter for C libraries' free functions.
template <auto Free>
using Deleter = vanthu::signing::FreeDeleter<Free>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;

/** Certificates name OCSP and CRL services (on a closed port: every check here is offline). */
test::TestPkiOptions offlineSources()
{
    test::TestPkiOptions options;
    options.ocspUrl = QStringLiteral("http://127.0.0.1:9/ocsp");
    options.crlUrl = QStringLiteral("http://127.0.0.1:9/crl/intermediate.crl");
    options.issuingCaCrlUrl = QStringLiteral("http://127.0.0.1:9/crl/root.crl");
    return options;
}

struct RulesSetup
{
    QTemporaryDir directory;
    TestPki pki{directory.filePath(QStringLiteral("pki")), offlineSources()};

    ValidationOptions offline() const
    {
        ValidationOptions options;
        options.trustAnchorsDer = {pki.rootDer()};
        options.checkRevocationOnline = false;
        return options;
    }

    QByteArray sign(const QString& p12, SignRequest request = SigningFixture::request()) const
    {
        test::FixedPassword password(pki.pkcs12Password());
        auto key = openPkcs12Key(p12, password);
        REQUIRE(key.has_value());
        auto signedPdf =
            PadesSigner::sign(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), **key, request);
        REQUIRE(signedPdf.has_value());
        return signedPdf->pdf();
    }
};

CertPtr certificateOf(const QByteArray& der)
{
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    CertPtr certificate(d2i_X509(nullptr, &data, der.size()));
    REQUIRE(certificate);
    return certificate;
}

KeyPtr keyOf(const QString& pemPath)
{
    QFile file(pemPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pem = file.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    KeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    REQUIRE(key);
    return key;
}

/** The last signature's /Contents hex span and the bytes its /ByteRange signs. */
struct SignedSpan
{
    qint64 hexStart = 0;
    qint64 hexLength = 0;
    QByteArray signedBytes;
};

SignedSpan lastSignature(const QByteArray& pdf)
{
    static const QRegularExpression byteRange(
        QStringLiteral("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)"));
    auto matches = byteRange.globalMatch(QString::fromLatin1(pdf));
    QRegularExpressionMatch last;
    while (matches.hasNext()) {
        last = matches.next();
    }
    REQUIRE(last.hasMatch());
    const qint64 a = last.captured(1).toLongLong();
    const qint64 b = last.captured(2).toLongLong();
    const qint64 c = last.captured(3).toLongLong();
    const qint64 d = last.captured(4).toLongLong();
    SignedSpan span;
    span.hexStart = b + 1; // after '<'
    span.hexLength = c - b - 2;
    span.signedBytes = pdf.mid(a, b) + pdf.mid(c, d);
    return span;
}

/** @p pdf with its last signature's CMS replaced by @p cms (the byte ranges stay: only /Contents changes). */
QByteArray withCms(const QByteArray& pdf, const QByteArray& cms)
{
    const SignedSpan span = lastSignature(pdf);
    QByteArray hex = cms.toHex().toUpper();
    REQUIRE(hex.size() <= span.hexLength);
    hex.append(QByteArray(span.hexLength - hex.size(), '0'));
    QByteArray result = pdf;
    result.replace(span.hexStart, span.hexLength, hex);
    return result;
}

QByteArray derOf(int tag, const QByteArray& content)
{
    QByteArray der(1, static_cast<char>(tag));
    const qsizetype length = content.size();
    if (length < 0x80) {
        der.append(static_cast<char>(length));
    } else if (length < 0x100) {
        der.append('\x81').append(static_cast<char>(length));
    } else {
        der.append('\x82').append(static_cast<char>(length >> 8)).append(static_cast<char>(length & 0xff));
    }
    return der + content;
}

struct CmsSigner
{
    X509* certificate = nullptr;
    EVP_PKEY* key = nullptr;
};

/** How a test wants its CMS built. */
struct CmsShape
{
    QList<CmsSigner> signers;
    const EVP_MD* md = EVP_sha256();
    bool signedAttributes = true;
    bool encapsulate = false;
    X509* signingCertificateFor = nullptr; ///< write the ESS reference of this certificate (default: the signer's)
    bool essV1 = false;
    QList<QByteArray> extraCertificates;
    QList<QByteArray> archivedOcsp;  ///< adbe-revocationInfoArchival's OCSP responses
    bool breakLastSignature = false; ///< flip a bit of the last SignerInfo's signature value
    /** With encapsulate: the content put inside (empty: the signed bytes themselves). */
    QByteArray encapsulatedContent;
    bool withIntermediate = true;
    /** Ask this TSA for a signature timestamp (raw RFC 3161, without the checks our client makes). */
    QString tsaUrl;
};

/** A TimeStampToken over SHA-256(@p signatureValue) from @p url, taken as the TSA sends it (nothing checked). */
QByteArray rawTimestampToken(const QString& url, QByteArrayView signatureValue)
{
    unsigned char digest[32];
    SHA256(reinterpret_cast<const unsigned char*>(signatureValue.data()), static_cast<size_t>(signatureValue.size()),
           digest);
    std::unique_ptr<TS_REQ, Deleter<TS_REQ_free>> request(TS_REQ_new());
    std::unique_ptr<TS_MSG_IMPRINT, Deleter<TS_MSG_IMPRINT_free>> imprint(TS_MSG_IMPRINT_new());
    std::unique_ptr<X509_ALGOR, Deleter<X509_ALGOR_free>> algorithm(X509_ALGOR_new());
    X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    REQUIRE(TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) == 1);
    REQUIRE(TS_MSG_IMPRINT_set_msg(imprint.get(), digest, sizeof digest) == 1);
    REQUIRE(TS_REQ_set_version(request.get(), 1) == 1);
    REQUIRE(TS_REQ_set_msg_imprint(request.get(), imprint.get()) == 1);
    REQUIRE(TS_REQ_set_cert_req(request.get(), 1) == 1);
    unsigned char* der = nullptr;
    const int length = i2d_TS_REQ(request.get(), &der);
    REQUIRE(length > 0);
    net::HttpExchange exchange;
    exchange.body = QByteArray(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    exchange.contentType = "application/timestamp-query";
    const net::HttpReply reply = net::httpTransfer(url, exchange);
    REQUIRE(reply.ok());
    const auto* cursor = reinterpret_cast<const unsigned char*>(reply.body.constData());
    std::unique_ptr<TS_RESP, Deleter<TS_RESP_free>> response(d2i_TS_RESP(nullptr, &cursor, reply.body.size()));
    REQUIRE(response);
    PKCS7* token = TS_RESP_get_token(response.get());
    REQUIRE(token != nullptr);
    unsigned char* tokenDer = nullptr;
    const int tokenLength = i2d_PKCS7(token, &tokenDer);
    REQUIRE(tokenLength > 0);
    QByteArray bytes(reinterpret_cast<const char*>(tokenDer), tokenLength);
    OPENSSL_free(tokenDer);
    return bytes;
}

QByteArray buildCms(const QByteArray& content, const CmsShape& shape)
{
    const unsigned int flags = CMS_BINARY | CMS_PARTIAL | (shape.encapsulate ? 0U : CMS_DETACHED);
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    REQUIRE(cms);
    for (qsizetype index = 0; index < shape.signers.size(); ++index) {
        const CmsSigner& signer = shape.signers[index];
        // OpenSSL refuses to add a certificate twice: later signers' certificates are added below when new.
        const unsigned int signerFlags = CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP | (index > 0 ? CMS_NOCERTS : 0U)
                                         | (shape.signedAttributes ? 0U : CMS_NOATTR);
        CMS_SignerInfo* info = CMS_add1_signer(cms.get(), signer.certificate, signer.key, shape.md, signerFlags);
        REQUIRE(info != nullptr);
        if (shape.signedAttributes) {
            X509* referenced = shape.signingCertificateFor ? shape.signingCertificateFor : signer.certificate;
            unsigned char* der = nullptr;
            int length = 0;
            if (shape.essV1) {
                ESS_SIGNING_CERT* reference = OSSL_ESS_signing_cert_new_init(referenced, nullptr, 0);
                length = i2d_ESS_SIGNING_CERT(reference, &der);
                ESS_SIGNING_CERT_free(reference);
            } else {
                ESS_SIGNING_CERT_V2* reference =
                    OSSL_ESS_signing_cert_v2_new_init(EVP_sha256(), referenced, nullptr, 0);
                length = i2d_ESS_SIGNING_CERT_V2(reference, &der);
                ESS_SIGNING_CERT_V2_free(reference);
            }
            REQUIRE(length > 0);
            REQUIRE(CMS_signed_add1_attr_by_NID(
                        info, shape.essV1 ? NID_id_smime_aa_signingCertificate : NID_id_smime_aa_signingCertificateV2,
                        V_ASN1_SEQUENCE, der, length)
                    == 1);
            OPENSSL_free(der);
            if (!shape.archivedOcsp.isEmpty()) {
                QByteArray responses;
                for (const QByteArray& response : shape.archivedOcsp) {
                    responses += response;
                }
                const QByteArray archival = derOf(0x30, derOf(0xA1, derOf(0x30, responses)));
                REQUIRE(CMS_signed_add1_attr_by_txt(info, "1.2.840.113583.1.1.8", V_ASN1_SEQUENCE, archival.constData(),
                                                    static_cast<int>(archival.size()))
                        == 1);
            }
        }
    }
    for (qsizetype index = 1; index < shape.signers.size(); ++index) {
        CMS_add1_cert(cms.get(), shape.signers[index].certificate); // fails harmlessly for a certificate already in
    }
    for (const QByteArray& der : shape.extraCertificates) {
        CertPtr certificate = certificateOf(der);
        REQUIRE(CMS_add1_cert(cms.get(), certificate.get()) == 1);
    }
    ERR_clear_error();
    const QByteArray& signedContent =
        shape.encapsulate && !shape.encapsulatedContent.isEmpty() ? shape.encapsulatedContent : content;
    BioPtr data(BIO_new_mem_buf(signedContent.constData(), static_cast<int>(signedContent.size())));
    REQUIRE(CMS_final(cms.get(), data.get(), nullptr, flags) == 1);
    if (!shape.tsaUrl.isEmpty()) {
        CMS_SignerInfo* info = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
        const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(info);
        const QByteArray token =
            rawTimestampToken(shape.tsaUrl, QByteArrayView(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)),
                                                           ASN1_STRING_length(value)));
        REQUIRE(CMS_unsigned_add1_attr_by_NID(info, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE, token.constData(),
                                              static_cast<int>(token.size()))
                == 1);
    }
    if (shape.breakLastSignature) {
        STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms.get());
        ASN1_OCTET_STRING* value =
            CMS_SignerInfo_get0_signature(sk_CMS_SignerInfo_value(infos, sk_CMS_SignerInfo_num(infos) - 1));
        value->data[value->length / 2] ^= 0x01;
    }
    unsigned char* der = nullptr;
    const int length = i2d_CMS_ContentInfo(cms.get(), &der);
    REQUIRE(length > 0);
    QByteArray bytes(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    ERR_clear_error();
    return bytes;
}

/**
 * The leader's signature of @p unsignedPdf (the fixture's lo-classic.pdf when empty), its CMS rebuilt with @p shape
 * (and the issuing CA's certificate added); with @p reserveLike, signed first with that timestamper so that
 * /Contents has room for a token.
 */
QByteArray resignedWith(RulesSetup& setup, CmsShape shape, const QByteArray& unsignedPdf = {},
                        const Timestamper& reserveLike = {})
{
    test::FixedPassword password(setup.pki.pkcs12Password());
    auto key = openPkcs12Key(setup.pki.identity(TestPki::Identity::LeaderRsa2048).p12, password);
    REQUIRE(key.has_value());
    SignRequest request = SigningFixture::request();
    request.timestamper = reserveLike; // a timestamped signature reserves room for a token
    auto signedPdf = PadesSigner::sign(
        unsignedPdf.isEmpty() ? SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")) : unsignedPdf, **key,
        request);
    REQUIRE(signedPdf.has_value());
    const QByteArray pdf = signedPdf->pdf();
    if (shape.withIntermediate) {
        shape.extraCertificates.append(setup.pki.intermediateDer());
    }
    return withCms(pdf, buildCms(lastSignature(pdf).signedBytes, shape));
}

/** A one-page PDF of a few hundred bytes, so that a CMS can carry the whole signed file inside /Contents. */
QByteArray tinyPdf()
{
    QByteArray pdf = "%PDF-1.7\n";
    QList<qint64> offsets;
    const QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"};
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qint64 xref = pdf.size();
    pdf += "xref\n0 4\n0000000000 65535 f \n";
    for (const qint64 offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

struct Leader
{
    CertPtr certificate;
    KeyPtr key;
    explicit Leader(RulesSetup& setup)
    {
        const TestPki::Files& files = setup.pki.identity(TestPki::Identity::LeaderRsa2048);
        certificate = certificateOf(files.certificateDer);
        key = keyOf(files.keyPem);
    }
    CmsSigner signer() const
    {
        return CmsSigner{certificate.get(), key.get()};
    }
};

/** The first signature's report, by value: callers often pass a temporary report. */
SignatureReport only(const ValidationReport& report)
{
    REQUIRE(report.signatures.size() >= 1);
    return report.signatures.front();
}

} // namespace

TEST_CASE("Extended key usage: one table decides who may sign a document", "[signer-rules]")
{
    struct Row
    {
        const char* name;
        std::optional<QString> usage;
        bool maySign;
    };
    const Row rows[] = {
        {"no-eku", std::nullopt, true},
        {"email-protection", QStringLiteral("emailProtection"), true},
        {"document-signing", QStringLiteral("1.3.6.1.5.5.7.3.36"), true},
        {"adobe-authentic-documents", QStringLiteral("1.2.840.113583.1.1.5"), true},
        {"microsoft-document-signing", QStringLiteral("1.3.6.1.4.1.311.10.3.12"), true},
        {"any-extended-key-usage", QStringLiteral("anyExtendedKeyUsage"), true},
        {"client-auth-alone", QStringLiteral("clientAuth"), true},
        {"code-signing-and-document-signing", QStringLiteral("codeSigning,1.3.6.1.5.5.7.3.36"), true},
        {"server-auth", QStringLiteral("serverAuth"), false},
        {"server-and-client-auth", QStringLiteral("serverAuth,clientAuth"), false},
        {"ocsp-signing", QStringLiteral("OCSPSigning"), false},
        {"time-stamping", QStringLiteral("timeStamping"), false},
        {"code-signing", QStringLiteral("codeSigning"), false},
        {"client-auth-and-code-signing", QStringLiteral("clientAuth,codeSigning"), false},
        {"unknown-purpose-only", QStringLiteral("1.3.6.1.4.1.55555.7"), false},
    };
    RulesSetup setup;
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name)
        {
            CustomIdentity spec;
            spec.name = QString::fromLatin1(row.name);
            spec.extendedKeyUsage = row.usage;
            const QByteArray pdf = setup.sign(setup.pki.customIdentity(spec).p12);
            const SignatureReport& signature = only(validate(pdf, setup.offline()));
            if (row.maySign) {
                CHECK(signature.indication == Indication::TotalPassed);
                CHECK_FALSE(hasFinding(signature, "extended-key-usage"));
            } else {
                CHECK(signature.indication == Indication::Indeterminate);
                CHECK(signature.subIndication == SubIndication::ChainConstraintsFailure);
                CHECK(hasFinding(signature, "extended-key-usage"));
            }
        }
    }
}

TEST_CASE("A timestamp authority needs the critical timeStamping purpose alone", "[signer-rules]")
{
    RulesSetup setup;
    SECTION("the validator's own check, certificate by certificate")
    {
        auto purposeOf = [&setup](const std::optional<QString>& usage, const char* name) {
            CustomIdentity spec;
            spec.name = QString::fromLatin1(name);
            spec.extendedKeyUsage = usage;
            spec.keyUsage = QStringLiteral("critical,digitalSignature");
            CertPtr certificate = certificateOf(setup.pki.customIdentity(spec).certificateDer);
            return verify::timestampingPurpose(certificate.get()).allowed;
        };
        CHECK(purposeOf(QStringLiteral("critical,timeStamping"), "tsa-critical"));
        CHECK_FALSE(purposeOf(QStringLiteral("timeStamping"), "tsa-not-critical"));
        CHECK_FALSE(purposeOf(std::nullopt, "tsa-without-eku"));
        CHECK_FALSE(purposeOf(QStringLiteral("critical,timeStamping,1.3.6.1.5.5.7.3.36"), "tsa-two-purposes"));
    }
    SECTION("a signature timestamp by a TSA with another purpose besides is not valid")
    {
        test::LocalTsa tsa(setup.pki, {}, TestPki::Identity::TsaExtraUsage);
        test::LocalTsa proper(setup.pki);
        Leader leader(setup);
        CmsShape shape;
        shape.signers = {leader.signer()};
        shape.tsaUrl = tsa.url();
        const SignatureReport& signature =
            only(validate(resignedWith(setup, shape, {}, timestamperFor(proper.url())), setup.offline()));
        CHECK(signature.indication == Indication::Indeterminate);
        INFO(std::accumulate(
            signature.findings.begin(), signature.findings.end(), std::string(),
            [](std::string codes, const Finding& finding) { return codes + finding.code.toStdString() + " "; }));
        CHECK(hasFinding(signature, "timestamp-purpose"));
        CHECK_FALSE(signature.proofOfExistence.isValid());
    }
    SECTION("the same timestamp by the proper TSA is valid")
    {
        test::LocalTsa tsa(setup.pki);
        Leader leader(setup);
        CmsShape shape;
        shape.signers = {leader.signer()};
        shape.tsaUrl = tsa.url();
        const SignatureReport& signature =
            only(validate(resignedWith(setup, shape, {}, timestamperFor(tsa.url())), setup.offline()));
        CHECK(signature.indication == Indication::TotalPassed);
        CHECK(signature.proofOfExistence.isValid());
        CHECK(signature.signingTime == signature.timestampTime);
    }
}

TEST_CASE("Trust anchors limited to a purpose", "[signer-rules]")
{
    RulesSetup setup;
    test::LocalTsa tsa(setup.pki);
    SignRequest request = SigningFixture::request();
    request.timestamper = timestamperFor(tsa.url());
    const QByteArray pdf = setup.sign(setup.pki.identity(TestPki::Identity::LeaderRsa2048).p12, request);
    ValidationOptions options = setup.offline();
    options.trustAnchorsDer.clear();
    SECTION("a signer that chains only to a timestamping anchor has no chain")
    {
        options.timestampAnchorsDer = {setup.pki.rootDer()};
        const SignatureReport& signature = only(validate(pdf, options));
        CHECK(signature.indication == Indication::Indeterminate);
        CHECK(signature.subIndication == SubIndication::NoCertificateChainFound);
        CHECK(signature.timestampTime.isValid()); // the timestamp itself is trusted
    }
    SECTION("an anchor for signing only does not vouch for the timestamp authority")
    {
        options.signingAnchorsDer = {setup.pki.rootDer()};
        const SignatureReport& signature = only(validate(pdf, options));
        CHECK(signature.indication == Indication::Indeterminate);
        CHECK(hasFinding(signature, "timestamp-signature"));
    }
    SECTION("the store keeps the purpose next to the anchor")
    {
        TrustStore store(setup.directory.filePath(QStringLiteral("store")));
        auto added = store.add(setup.pki.rootCertPath(), TrustPurpose::Timestamping);
        REQUIRE(added.has_value());
        const QList<TrustAnchor> anchors = store.anchors();
        REQUIRE(anchors.size() == 1);
        CHECK(anchors.front().purpose == TrustPurpose::Timestamping);
        REQUIRE(store.add(setup.pki.rootCertPath()).has_value());
        CHECK(store.anchors().front().purpose == TrustPurpose::Any);
        CHECK(trustPurposeNamed(QStringLiteral("document-signing")) == TrustPurpose::DocumentSigning);
        CHECK_FALSE(trustPurposeNamed(QStringLiteral("everything")).has_value());
    }
}

TEST_CASE("Algorithm policy: one table, cut-offs and proofs of existence", "[signer-rules]")
{
    auto judged = [](const QString& algorithm, int bits, const QDateTime& proof) {
        signing::AlgorithmUse use;
        use.algorithm = algorithm;
        use.keyBits = bits;
        verify::judge(use, proof);
        return use;
    };
    const QDateTime before(QDate(2012, 6, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime after(QDate(2020, 6, 1), QTime(0, 0), QTimeZone::utc());
    CHECK(judged(QStringLiteral("SHA-256"), 0, {}).acceptable);
    CHECK_FALSE(judged(QStringLiteral("MD5"), 0, before).acceptable); // refused whatever proves the time
    CHECK_FALSE(judged(QStringLiteral("SHA-1"), 0, {}).acceptable);
    CHECK(judged(QStringLiteral("SHA-1"), 0, before).acceptable);
    CHECK_FALSE(judged(QStringLiteral("SHA-1"), 0, after).acceptable);
    CHECK(judged(QStringLiteral("RSA"), 1024, before).acceptable);
    CHECK_FALSE(judged(QStringLiteral("RSA"), 1024, after).acceptable);
    CHECK(judged(QStringLiteral("RSA"), 2048, {}).acceptable);
    CHECK_FALSE(judged(QStringLiteral("EC"), 224, {}).acceptable);
    CHECK(judged(QStringLiteral("EC"), 256, {}).acceptable);
    CHECK_FALSE(judged(QStringLiteral("GOST"), 256, before).acceptable); // not in the table: refused
    CHECK(judged(QStringLiteral("SHA-1"), 0, {}).rule.contains(QLatin1String("2012-08-01")));
    // A legacy suite is accepted while its end lies ahead, and afterwards only with a proof of an earlier time.
    const QDateTime legacyEnd(QDate(2029, 1, 1), QTime(0, 0), QTimeZone::utc());
    auto judgedAt = [](const QString& algorithm, int bits, const QDateTime& proof, const QDateTime& at) {
        signing::AlgorithmUse use;
        use.algorithm = algorithm;
        use.keyBits = bits;
        verify::judge(use, proof, at);
        return use;
    };
    CHECK(judgedAt(QStringLiteral("RSA"), 2048, {}, legacyEnd.addSecs(-1)).acceptable);
    CHECK_FALSE(judgedAt(QStringLiteral("RSA"), 2048, {}, legacyEnd).acceptable);
    CHECK(judgedAt(QStringLiteral("RSA"), 2048, legacyEnd.addDays(-1), legacyEnd.addYears(5)).acceptable);
    CHECK(judgedAt(QStringLiteral("RSA"), 3072, {}, legacyEnd.addYears(5)).acceptable);
    CHECK_FALSE(judgedAt(QStringLiteral("SHA-224"), 0, {}, legacyEnd).acceptable);
    CHECK_FALSE(judgedAt(QStringLiteral("DSA"), 2048, {}, legacyEnd).acceptable);
    CHECK(judgedAt(QStringLiteral("EC"), 224, QDateTime(QDate(2021, 9, 30), QTime(0, 0), QTimeZone::utc()), legacyEnd)
              .acceptable);
    CHECK(judgedAt(QStringLiteral("RSA"), 1536, QDateTime(QDate(2019, 9, 1), QTime(0, 0), QTimeZone::utc()), legacyEnd)
              .acceptable);

    RulesSetup setup;
    Leader leader(setup);
    SECTION("an MD5 signature is refused")
    {
        CmsShape shape;
        shape.signers = {leader.signer()};
        shape.md = EVP_md5();
        const SignatureReport& signature = only(validate(resignedWith(setup, shape), setup.offline()));
        CHECK(signature.indication == Indication::Indeterminate);
        CHECK(signature.subIndication == SubIndication::CryptoConstraintsFailure);
        CHECK(hasFinding(signature, "algorithm-refused"));
    }
    SECTION("a SHA-1 signature without a proof of existence")
    {
        CmsShape shape;
        shape.signers = {leader.signer()};
        shape.md = EVP_sha1();
        const ValidationReport report = validate(resignedWith(setup, shape), setup.offline());
        const SignatureReport& signature = only(report);
        CHECK(signature.integrity);
        CHECK(signature.indication == Indication::Indeterminate);
        CHECK(signature.subIndication == SubIndication::CryptoConstraintsFailureNoPoe);
        CHECK(hasFinding(signature, "algorithm-no-poe"));
        const bool listed =
            std::any_of(signature.algorithms.begin(), signature.algorithms.end(), [](const signing::AlgorithmUse& use) {
                return use.algorithm == QLatin1String("SHA-1") && !use.acceptable;
            });
        CHECK(listed);
        CHECK(reportAsText(report).contains(QLatin1String("SHA-1")));
    }
    SECTION("small keys and SHA-1 certificates")
    {
        // Our PKCS#12 reader refuses RSA below 2048 bits: the CMS is built here with the key itself.
        CustomIdentity rsa1024;
        rsa1024.name = QStringLiteral("rsa1024");
        rsa1024.rsaBits = 1024;
        CustomIdentity p224;
        p224.name = QStringLiteral("ec-p224");
        p224.keyType = QStringLiteral("EC");
        p224.curve = QStringLiteral("P-224");
        CustomIdentity sha1Certificate;
        sha1Certificate.name = QStringLiteral("sha1-certificate");
        sha1Certificate.certificateDigest = QStringLiteral("SHA1");
        for (const CustomIdentity& spec : {rsa1024, p224, sha1Certificate}) {
            INFO(spec.name.toStdString());
            const TestPki::Files& files = setup.pki.customIdentity(spec);
            CertPtr certificate = certificateOf(files.certificateDer);
            KeyPtr key = keyOf(files.keyPem);
            CmsShape shape;
            shape.signers = {CmsSigner{certificate.get(), key.get()}};
            const SignatureReport& signature = only(validate(resignedWith(setup, shape), setup.offline()));
            CHECK(signature.integrity);
            CHECK(signature.indication == Indication::Indeterminate);
            CHECK(signature.subIndication == SubIndication::CryptoConstraintsFailureNoPoe);
        }
    }
    SECTION("the accepted algorithms are listed with their rule")
    {
        const SignatureReport& signature =
            only(validate(setup.sign(setup.pki.identity(TestPki::Identity::LeaderRsa2048).p12), setup.offline()));
        CHECK(signature.indication == Indication::TotalPassed);
        CHECK(signature.algorithms.size() >= 4); // digest, signer key, certificate digest, CA key...
        CHECK(std::all_of(signature.algorithms.begin(), signature.algorithms.end(),
                          [](const signing::AlgorithmUse& use) { return use.acceptable && !use.rule.isEmpty(); }));
    }
}

TEST_CASE("CMS shapes: signing-certificate reference, encapsulated content, no attributes, several signers",
          "[signer-rules]")
{
    RulesSetup setup;
    Leader leader(setup);
    const TestPki::Files& otherFiles = setup.pki.identity(TestPki::Identity::EcP256);
    CertPtr other = certificateOf(otherFiles.certificateDer);
    KeyPtr otherKey = keyOf(otherFiles.keyPem);
    SECTION("a signing-certificate-v2 naming another certificate")
    {
        CmsShape shape;
        shape.signers = {leader.signer()};
        shape.signingCertificateFor = other.get();
        const SignatureReport& signature = only(validate(resignedWith(setup, shape), setup.offline()));
        CHECK(signature.integrity);
        CHECK(signature.indication == Indication::Indeterminate);
        CHECK(signature.subIndication == SubIndication::NoSigningCertificateFound);
    }
    SECTION("a signing-certificate (v1) naming another certificate")
    {
        CmsShape shape;
        shape.signers = {leader.signer()};
        shape.signingCertificateFor = other.get();
        shape.essV1 = true;
        const SignatureReport& signature = only(validate(resignedWith(setup, shape), setup.offline()));
        CHECK(signature.subIndication == SubIndication::NoSigningCertificateFound);
    }
    SECTION("a correct v1 reference is accepted")
    {
        CmsShape shape;
        shape.signers = {leader.signer()};
        shape.essV1 = true;
        const SignatureReport& signature = only(validate(resignedWith(setup, shape), setup.offline()));
        CHECK(signature.indication == Indication::TotalPassed);
    }
    SECTION("encapsulated content under a detached SubFilter")
    {
        CmsShape shape;
        shape.signers = {leader.signer()};
        shape.encapsulate = true;
        shape.encapsulatedContent = "Thanh toan 1.000.000.000 dong";
        const ValidationReport report = validate(resignedWith(setup, shape), setup.offline());
        const SignatureReport& signature = only(report);
        CHECK(report.verdict == Verdict::Invalid);
        CHECK(signature.indication == Indication::TotalFailed);
        CHECK(signature.subIndication == SubIndication::FormatFailure);
        CHECK(hasFinding(signature, "content-encapsulated"));
    }
    SECTION("encapsulated content equal to the signed bytes is refused as well")
    {
        CmsShape shape;
        shape.signers = {leader.signer()};
        shape.encapsulate = true;
        shape.withIntermediate = false; // room: the whole signed file is inside /Contents
        const ValidationReport report = validate(resignedWith(setup, shape, tinyPdf()), setup.offline());
        const SignatureReport& signature = only(report);
        CHECK(report.verdict == Verdict::Invalid);
        CHECK(signature.subIndication == SubIndication::FormatFailure);
        CHECK(hasFinding(signature, "content-encapsulated"));
        CHECK_FALSE(hasFinding(signature, "digest-mismatch")); // the digest itself matches the byte ranges
    }
    SECTION("no signed attributes: verified over the byte ranges, not PAdES")
    {
        CmsShape shape;
        shape.signers = {leader.signer()};
        shape.signedAttributes = false;
        const QByteArray pdf = resignedWith(setup, shape);
        const SignatureReport& signature = only(validate(pdf, setup.offline()));
        CHECK(signature.integrity);
        CHECK(signature.indication == Indication::TotalPassed);
        CHECK(signature.padesLevel == PadesLevel::NotPades);
        // One byte changed inside the signed range is caught without signed attributes too.
        QByteArray changed = pdf;
        changed[100] = changed[100] == 'x' ? 'y' : 'x';
        const SignatureReport& broken = only(validate(changed, setup.offline()));
        CHECK(broken.indication == Indication::TotalFailed);
    }
    SECTION("two SignerInfos of the same certificate")
    {
        CmsShape shape;
        shape.signers = {leader.signer(), leader.signer()};
        const SignatureReport& signature = only(validate(resignedWith(setup, shape), setup.offline()));
        CHECK(signature.indication == Indication::TotalPassed);
        CHECK(signature.padesLevel == PadesLevel::NotPades);
        CHECK(hasFinding(signature, "several-signers"));
    }
    SECTION("two SignerInfos of different certificates")
    {
        CmsShape shape;
        shape.signers = {leader.signer(), CmsSigner{other.get(), otherKey.get()}};
        const SignatureReport& signature = only(validate(resignedWith(setup, shape), setup.offline()));
        CHECK(signature.integrity);
        CHECK(signature.indication == Indication::Indeterminate);
        CHECK(signature.subIndication == SubIndication::SigConstraintsFailure);
    }
    SECTION("two SignerInfos, one of them broken")
    {
        CmsShape shape;
        shape.signers = {leader.signer(), leader.signer()};
        shape.breakLastSignature = true;
        const SignatureReport& signature = only(validate(resignedWith(setup, shape), setup.offline()));
        CHECK_FALSE(signature.integrity);
        CHECK(signature.indication == Indication::TotalFailed);
        CHECK(signature.subIndication == SubIndication::SigCryptoFailure);
    }
}

namespace
{

/** @p signedPdf with a DSS update: the chain and @p answer about @p signer (nothing about the issuing CA). */
QByteArray withSignerDss(RulesSetup& setup, const QByteArray& signedPdf, const TestPki::Files& signer,
                         const test::OcspAnswer& answer)
{
    auto file = pdf::PdfFile::open(signedPdf);
    REQUIRE(file.has_value());
    ValidationData data;
    data.certificates = {setup.pki.intermediateDer(), setup.pki.rootDer()};
    data.ocspResponses = {setup.pki.ocspResponse(signer.certificateDer, answer)};
    auto update = appendDss(**file, data);
    REQUIRE(update.has_value());
    return signedPdf + update->appendix;
}

QByteArray withDocumentTimestamp(const QByteArray& pdf, test::LocalTsa& tsa)
{
    auto stamped = PadesSigner::timestampDocument(pdf, DigestAlgorithm::Sha256, timestamperFor(tsa.url()));
    REQUIRE(stamped.has_value());
    return stamped->pdf();
}

} // namespace

TEST_CASE("Times: revocation evidence counts when it held at the signing time or came after", "[signer-rules]")
{
    RulesSetup setup;
    test::LocalTsa tsa(setup.pki);
    const TestPki::Files& leader = setup.pki.identity(TestPki::Identity::LeaderRsa2048);
    const QByteArray signedPdf = setup.sign(leader.p12); // B-B, /M = the fixture's fixed time
    const QDateTime claimed = SigningFixture::request().signingTime.toUTC();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // The DSS: the chain and an OCSP answer for the signer (the issuing CA stays "not yet checked": each section
    // changes only the signer's answer).
    auto archived = [&](const test::OcspAnswer& signerAnswer) {
        return withDocumentTimestamp(withSignerDss(setup, signedPdf, leader, signerAnswer), tsa);
    };
    SECTION("B-B, then a DSS with an answer fetched after signing, then a document timestamp, is B-LTA")
    {
        const ValidationReport report =
            validate(archived(test::OcspAnswer{false, now.addSecs(-60), now.addDays(7), {}}), setup.offline());
        REQUIRE(report.signatures.size() == 2);
        INFO(reportAsText(report).toStdString());
        const SignatureReport& signature = report.signatures.front();
        CHECK(signature.indication == Indication::TotalPassed);
        CHECK(signature.padesLevel == PadesLevel::BLTA);
        CHECK(signature.signingTime == claimed);
        CHECK(signature.proofOfExistence == report.signatures[1].timestampTime);
        CHECK(hasFinding(signature, "revocation-good"));
    }
    SECTION("the same with an answer that had lapsed before the signing time is INDETERMINATE")
    {
        const ValidationReport report =
            validate(archived(test::OcspAnswer{false, claimed.addDays(-10), claimed.addDays(-3), {}}), setup.offline());
        const SignatureReport& signature = report.signatures.front();
        CHECK(signature.indication == Indication::Indeterminate);
        CHECK(signature.subIndication == SubIndication::TryLater);
        CHECK(hasFinding(signature, "revocation-evidence-lapsed"));
        CHECK(report.verdict == Verdict::Indeterminate);
    }
    SECTION("an answer issued before signing that still held then counts")
    {
        const ValidationReport report =
            validate(archived(test::OcspAnswer{false, claimed.addDays(-1), claimed.addDays(2), {}}), setup.offline());
        CHECK(hasFinding(report.signatures.front(), "revocation-good"));
    }
    SECTION("adbe-revocationInfoArchival in the signed attributes answers like the DSS")
    {
        Leader key(setup);
        CmsShape shape;
        shape.signers = {key.signer()};
        // OpenSSL writes a signing-time attribute (now): that claimed time, not /M, decides the answer's freshness.
        shape.archivedOcsp = {setup.pki.ocspResponse(leader.certificateDer,
                                                     test::OcspAnswer{false, now.addSecs(-600), now.addDays(1), {}})};
        const SignatureReport& signature = only(validate(resignedWith(setup, shape), setup.offline()));
        CHECK(hasFinding(signature, "revocation-good"));
        CHECK(signature.padesLevel != PadesLevel::BLT); // not DSS: not B-LT
    }
}

TEST_CASE("Past signature validation: a document timestamp proves when an untimestamped signature existed",
          "[signer-rules]")
{
    RulesSetup setup;
    test::LocalTsa tsa(setup.pki);
    const TestPki::Files& leader = setup.pki.identity(TestPki::Identity::LeaderRsa2048);
    const QByteArray signedPdf = setup.sign(leader.p12); // B-B: no timestamp of its own
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CertPtr certificate = certificateOf(leader.certificateDer);
    tm notAfterParts{};
    REQUIRE(ASN1_TIME_to_tm(X509_get0_notAfter(certificate.get()), &notAfterParts) == 1);
    const QDateTime notAfter = QDateTime::fromSecsSinceEpoch(timegm(&notAfterParts), QTimeZone::utc());
    REQUIRE(notAfter > now);

    auto withDss = [&](const test::OcspAnswer& signerAnswer) {
        return withSignerDss(setup, signedPdf, leader, signerAnswer);
    };
    auto stamped = [&](const QByteArray& pdf) {
        return withDocumentTimestamp(pdf, tsa);
    };

    SECTION("the signer's certificate expired since: valid at the timestamp's time, out of bounds without it")
    {
        const QByteArray extended = withDss(test::OcspAnswer{false, now.addSecs(-60), now.addDays(7), {}});
        ValidationOptions later = setup.offline();
        later.now = notAfter.addDays(30);
        const SignatureReport bare = validate(extended, later).signatures.front();
        CHECK(bare.indication == Indication::Indeterminate);
        CHECK(bare.subIndication == SubIndication::OutOfBoundsNoPoe);

        const ValidationReport report = validate(stamped(extended), later);
        INFO(reportAsText(report).toStdString());
        REQUIRE(report.signatures.size() == 2);
        const SignatureReport& signature = report.signatures.front();
        CHECK(signature.indication == Indication::TotalPassed);
        CHECK(signature.padesLevel == PadesLevel::BLTA);
        CHECK(signature.proofOfExistence == report.signatures[1].timestampTime);
        CHECK(hasFinding(signature, "proof-from-document-timestamp"));
        // The DSS answers for the signer only: the issuing CA stays "not yet checked" offline (yellow, not red).
        // From 2029 the test TSA's RSA-2048 key is past its legacy end, and nothing later proves when the document
        // timestamp was made: that timestamp is then INDETERMINATE while the signature it proves stays valid.
        const bool tsaKeyLapsed = later.now >= QDateTime(QDate(2029, 1, 1), QTime(0, 0), QTimeZone::utc());
        CHECK(report.signatures[1].indication == (tsaKeyLapsed ? Indication::Indeterminate : Indication::TotalPassed));
        CHECK(report.verdict == (tsaKeyLapsed ? Verdict::Indeterminate : Verdict::RevocationNotChecked));
    }
    SECTION("revoked after the document timestamp: valid; the same revocation without it fails the signature")
    {
        const QDateTime revokedAt = now.addDays(1);
        const QByteArray extended =
            withDss(test::OcspAnswer{true, revokedAt.addSecs(3600), revokedAt.addDays(7), revokedAt});
        ValidationOptions later = setup.offline();
        later.now = now.addDays(2);
        const SignatureReport bare = validate(extended, later).signatures.front();
        CHECK(bare.indication == Indication::TotalFailed);
        CHECK(bare.subIndication == SubIndication::Revoked);

        const ValidationReport report = validate(stamped(extended), later);
        INFO(reportAsText(report).toStdString());
        const SignatureReport& signature = report.signatures.front();
        CHECK(signature.indication == Indication::TotalPassed);
        CHECK(hasFinding(signature, "revoked-after-signing"));
        CHECK(hasFinding(signature, "proof-from-document-timestamp"));
    }
    SECTION("revoked before the document timestamp: the timestamp proves nothing earlier")
    {
        const QDateTime revokedAt = now.addDays(-1);
        const QByteArray extended = withDss(test::OcspAnswer{true, now.addSecs(-60), now.addDays(7), revokedAt});
        const SignatureReport signature = validate(stamped(extended), setup.offline()).signatures.front();
        CHECK(signature.indication == Indication::TotalFailed);
        CHECK(signature.subIndication == SubIndication::Revoked);
    }
}

TEST_CASE("CRLs are checked for scope", "[signer-rules]")
{
    RulesSetup setup;
    const TestPki::Files& leader = setup.pki.identity(TestPki::Identity::LeaderRsa2048);
    const QByteArray signedPdf = setup.sign(leader.p12);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto withCrl = [&](test::CrlSpec spec) {
        spec.thisUpdate = now.addSecs(-60);
        spec.nextUpdate = now.addDays(7);
        spec.revokedDer = {setup.pki.identity(TestPki::Identity::EcP384).certificateDer};
        spec.revocationTime = now.addDays(-1);
        auto file = pdf::PdfFile::open(signedPdf);
        REQUIRE(file.has_value());
        ValidationData data;
        data.crls = {setup.pki.issuingCaCrl(spec)};
        auto update = appendDss(**file, data);
        REQUIRE(update.has_value());
        return only(validate(signedPdf + update->appendix, setup.offline()));
    };
    SECTION("a full CRL of the certificate's distribution point answers")
    {
        test::CrlSpec spec;
        spec.distributionPoint = offlineSources().crlUrl;
        CHECK(hasFinding(withCrl(spec), "revocation-good"));
        CHECK(hasFinding(withCrl(test::CrlSpec{}), "revocation-good")); // no distribution point: all certificates
    }
    SECTION("a CRL of another distribution point, a delta CRL, or unknown critical extensions are unusable")
    {
        test::CrlSpec otherPoint;
        otherPoint.distributionPoint = QStringLiteral("http://127.0.0.1:9/crl/other.crl");
        test::CrlSpec delta;
        delta.delta = true;
        test::CrlSpec critical;
        critical.unknownCriticalExtension = true;
        test::CrlSpec criticalEntry;
        criticalEntry.unknownCriticalEntryExtension = true;
        for (const test::CrlSpec& spec : {otherPoint, delta, critical, criticalEntry}) {
            const SignatureReport signature = withCrl(spec);
            CHECK_FALSE(hasFinding(signature, "revocation-good"));
            CHECK(signature.revocation != RevocationCheck::Checked);
        }
    }
}

TEST_CASE("Revocation not checked is never shown as checked", "[signer-rules]")
{
    RulesSetup setup;
    const QByteArray pdf = setup.sign(setup.pki.identity(TestPki::Identity::LeaderRsa2048).p12);
    SECTION("offline, with certificates that name services, is yellow")
    {
        const ValidationReport report = validate(pdf, setup.offline());
        const SignatureReport& signature = only(report);
        CHECK(signature.indication == Indication::TotalPassed);
        CHECK(signature.revocation == RevocationCheck::NotYetChecked);
        CHECK(report.verdict == Verdict::RevocationNotChecked);
        CHECK(hasFinding(signature, "revocation-not-yet-checked"));
        CHECK_FALSE(report.online);
        CHECK(report.validatedAt.isValid());
        CHECK(reportSeverity(report) == Severity::Yellow);
    }
    SECTION("certificates that name no service have no source and stay valid")
    {
        SigningFixture fixture; // its PKI writes no AIA or CRL distribution point
        const ValidationReport report = validate(test::signedFixture(fixture), test::trusting(fixture));
        const SignatureReport& signature = only(report);
        CHECK(signature.revocation == RevocationCheck::NoSource);
        CHECK(hasFinding(signature, "revocation-no-source"));
        CHECK(report.verdict == Verdict::Valid);
        CHECK(report.online);
    }
    SECTION("something worse wins over yellow")
    {
        const ValidationReport report = validate(test::replacePageContent(pdf), setup.offline());
        CHECK(report.verdict == Verdict::Modified);
    }
}
