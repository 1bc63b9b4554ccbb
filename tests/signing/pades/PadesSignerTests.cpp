// SPDX-License-Identifier: GPL-3.0-or-later
// PAdES signing judged by tools we did not write: pdfsig (NSS), openssl cms -verify, qpdf, and a rebuild of every
// revision; inputs made by LibreOffice, Ghostscript and qpdf, and one already signed by poppler.
#include "signing/pades/PadesSigner.h"
#include "signing/pdf/PdfFile.h"
#include "signing/timestamp/TimestampClient.h"
#include "tests/signing/support/SigningFixture.h"
#include "tests/support/oracles/SignatureOracles.h"
#include "tests/support/pki/LocalTsa.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

#include <set>

using namespace vanthu;
using namespace vanthu::signing;
using vanthu::test::SigningFixture;
using vanthu::test::TestPki;

namespace
{

const QStringList foreignProducerFiles{
    QStringLiteral("lo-classic.pdf"),      QStringLiteral("lo-2pages.pdf"),
    QStringLiteral("gs-classic.pdf"),      QStringLiteral("qpdf-objstm.pdf"),
    QStringLiteral("qpdf-linearized.pdf"), QStringLiteral("qpdf-linearized-objstm.pdf"),
    QStringLiteral("hybrid-xref.pdf"),     QStringLiteral("signed-by-pdfsig.pdf"),
};

QString foreignCa()
{
    return QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/foreign-ca.pem");
}

QByteArray signOrFail(const QByteArray& input, SigningKey& key, const SignRequest& request)
{
    auto signedPdf = PadesSigner::sign(input, key, request);
    INFO((signedPdf ? QString() : signedPdf.error().message + QStringLiteral(" / ") + signedPdf.error().detail)
             .toStdString());
    REQUIRE(signedPdf.has_value());
    return signedPdf->pdf();
}

} // namespace

TEST_CASE("Signatures on files from other producers are valid for pdfsig, openssl and qpdf", "[pades]")
{
    SigningFixture fixture;
    auto key = fixture.key(TestPki::Identity::LeaderRsa2048);
    for (const QString& name : foreignProducerFiles) {
        INFO(name.toStdString());
        const QByteArray input = SigningFixture::fixturePdf(name);
        const QByteArray output = signOrFail(input, *key, SigningFixture::request());
        CHECK(fixture.judge(input, output, {foreignCa()}).toStdString() == "");
    }
}

TEST_CASE("The update writes only the objects a signature needs, in the input's xref flavour, and frees nothing",
          "[pades]")
{
    SigningFixture fixture;
    auto key = fixture.key(TestPki::Identity::LeaderRsa2048);
    for (const QString& name : foreignProducerFiles) {
        INFO(name.toStdString());
        const QByteArray input = SigningFixture::fixturePdf(name);
        const QByteArray output = signOrFail(input, *key, SigningFixture::request());
        auto before = pdf::PdfFile::open(input);
        auto after = pdf::PdfFile::open(output);
        REQUIRE(before.has_value());
        REQUIRE(after.has_value());
        const pdf::XrefSection& update = (*after)->sections().front();
        CHECK(update.isStream == (*before)->usesXrefStreams());
        CHECK(update.previous == (*before)->lastXrefOffset());
        // New: signature dictionary, widget, appearance (+ the xref stream). Changed: the page (or its /Annots
        // array) and the AcroForm (or the catalog holding it). Nothing else, and no free entries.
        std::set<int> changed;
        int added = 0;
        for (const auto& [number, entry] : update.entries) {
            CHECK(entry.type == pdf::XrefEntry::Type::InFile);
            if (number >= (*before)->objectCount()) {
                ++added;
            } else {
                changed.insert(number);
            }
        }
        CHECK(added == (update.isStream ? 4 : 3));
        CHECK(changed.size() == 2);
        auto pages = (*before)->pages();
        REQUIRE(pages.has_value());
        auto catalog = (*before)->catalogRef();
        REQUIRE(catalog.has_value());
        for (int number : changed) {
            auto object = (*before)->object(pdf::PdfRef{number, 0});
            REQUIRE(object.has_value());
            const bool isPage = number == pages->front().number;
            const bool isCatalog = number == catalog->number;
            const bool isAcroForm = object->find("Fields") != nullptr;
            const bool isAnnotsArray = object->isArray();
            CHECK((isPage || isCatalog || isAcroForm || isAnnotsArray));
        }
    }
}

TEST_CASE("A second and a third signature keep the earlier ones valid", "[pades]")
{
    SigningFixture fixture;
    auto leader = fixture.key(TestPki::Identity::LeaderRsa2048);
    auto agency = fixture.key(TestPki::Identity::AgencyRsa3072);
    auto third = fixture.key(TestPki::Identity::EcP256);
    for (const QString& name : {QStringLiteral("lo-classic.pdf"), QStringLiteral("qpdf-objstm.pdf")}) {
        INFO(name.toStdString());
        const QByteArray original = SigningFixture::fixturePdf(name);
        const QByteArray once = signOrFail(original, *leader, SigningFixture::request());
        const QByteArray twice = signOrFail(once, *agency, SigningFixture::request());
        const QByteArray thrice = signOrFail(twice, *third, SigningFixture::request());
        CHECK(fixture.judge(once, twice).toStdString() == "");
        CHECK(fixture.judge(twice, thrice).toStdString() == "");
        const auto signatures = test::findSignatures(thrice);
        REQUIRE(signatures.size() == 3);
        // The first two cover their own revision only; the last covers the whole file.
        CHECK(signatures[0].c + signatures[0].d == once.size());
        CHECK(signatures[1].c + signatures[1].d == twice.size());
        CHECK(signatures[2].c + signatures[2].d == thrice.size());
        auto reopened = pdf::PdfFile::open(thrice);
        REQUIRE(reopened.has_value());
        CHECK((*reopened)->sections().size() == (*pdf::PdfFile::open(original))->sections().size() + 3);
    }
}

TEST_CASE("Every key type and digest gives a PAdES B-B CMS with exactly the three signed attributes", "[pades]")
{
    SigningFixture fixture;
    const QByteArray input = SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf"));
    const std::vector<std::pair<TestPki::Identity, DigestAlgorithm>> cases{
        {TestPki::Identity::LeaderRsa2048, DigestAlgorithm::Sha256},
        {TestPki::Identity::AgencyRsa3072, DigestAlgorithm::Sha384},
        {TestPki::Identity::Rsa4096, DigestAlgorithm::Sha512},
        {TestPki::Identity::EcP256, DigestAlgorithm::Sha256},
        {TestPki::Identity::EcP384, DigestAlgorithm::Sha384},
    };
    for (const auto& [identity, digest] : cases) {
        INFO(TestPki::nameOf(identity).toStdString());
        auto key = fixture.key(identity);
        SignRequest request = SigningFixture::request();
        request.digest = digest;
        const QByteArray output = signOrFail(input, *key, request);
        CHECK(fixture.judge(input, output).toStdString() == "");
        const auto signatures = test::findSignatures(output);
        REQUIRE(signatures.size() == 1);
        auto oids = test::cmsSignedAttributeOids(signatures[0].cmsDer);
        REQUIRE(oids.has_value());
        REQUIRE(oids->size() == 1); // exactly one SignerInfo
        QStringList sorted = oids->first();
        sorted.sort();
        QStringList expected{test::oid::ContentType, test::oid::MessageDigest, test::oid::SigningCertificateV2};
        expected.sort();
        CHECK(sorted == expected); // no signingTime
        CHECK(output.contains("/SubFilter/ETSI.CAdES.detached"));
        CHECK(output.contains("/M(D:20260305143015+07'00')"));
    }
}

TEST_CASE("Encrypted, damaged and out-of-range requests fail with clear errors and no output", "[pades]")
{
    SigningFixture fixture;
    auto key = fixture.key(TestPki::Identity::LeaderRsa2048);
    auto damaged = PadesSigner::sign(QByteArray("%PDF-1.7\nnot really"), *key, SigningFixture::request());
    REQUIRE_FALSE(damaged.has_value());
    CHECK(damaged.error().code == ErrorCode::InvalidInput);

    SignRequest request = SigningFixture::request();
    request.visible = VisibleSignature{7, QRectF(10, 10, 100, 50), QByteArray()};
    auto noPage = PadesSigner::sign(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), *key, request);
    REQUIRE_FALSE(noPage.has_value());
    CHECK(noPage.error().message.contains(QStringLiteral("8")));

    SignRequest named = SigningFixture::request();
    named.fieldName = QStringLiteral("Leader");
    const QByteArray once = signOrFail(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), *key, named);
    auto duplicate = PadesSigner::sign(once, *key, named);
    REQUIRE_FALSE(duplicate.has_value());
    CHECK(duplicate.error().message.contains(QStringLiteral("Leader")));
}

TEST_CASE("B-T: the signature carries an RFC 3161 token over its signature value from the local TSA", "[pades][tsa]")
{
    SigningFixture fixture;
    test::LocalTsa tsa(fixture.pki());
    auto key = fixture.key(TestPki::Identity::LeaderRsa2048);
    SignRequest request = SigningFixture::request();
    QByteArray stampedDigest;
    request.timestamper = [&tsa, &stampedDigest](DigestAlgorithm digest,
                                                 const QByteArray& value) -> Result<QByteArray> {
        stampedDigest = value;
        auto token = requestTimestamp(tsa.url(), digest, value);
        if (!token) {
            return token.error();
        }
        return token->der;
    };
    const QByteArray input = SigningFixture::fixturePdf(QStringLiteral("qpdf-objstm.pdf"));
    auto signedPdf = PadesSigner::sign(input, *key, request);
    REQUIRE(signedPdf.has_value());
    CHECK(signedPdf->timestamped);
    CHECK(fixture.judge(input, signedPdf->pdf()).toStdString() == "");

    // The token's imprint is the hash of the SignerInfo's signature value (ETSI EN 319 122-1 §5.3), and it verifies
    // with openssl ts against the test root.
    const auto signatures = test::findSignatures(signedPdf->pdf());
    REQUIRE(signatures.size() == 1);
    const QString tokenFile = fixture.path(QStringLiteral("token.der"));
    const QString cmsFile = fixture.path(QStringLiteral("cms.der"));
    {
        QFile cms(cmsFile);
        REQUIRE(cms.open(QIODevice::WriteOnly));
        cms.write(signatures[0].cmsDer);
    }
    QProcess print;
    print.start(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"), QStringLiteral("-inform"),
                 QStringLiteral("DER"), QStringLiteral("-in"), cmsFile});
    REQUIRE(print.waitForFinished(30000));
    const QString printed = QString::fromUtf8(print.readAllStandardOutput());
    CHECK(printed.contains(QStringLiteral("unsignedAttrs")));
    CHECK(printed.contains(QStringLiteral("id-smime-aa-timeStampToken")));

    // Pull the token out of the CMS with our own DER walk is product code; openssl asn1parse finds it instead.
    QProcess parse;
    parse.start(QStringLiteral("openssl"), {QStringLiteral("asn1parse"), QStringLiteral("-inform"),
                                            QStringLiteral("DER"), QStringLiteral("-in"), cmsFile});
    REQUIRE(parse.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(parse.readAllStandardOutput()).split(QLatin1Char('\n'));
    qint64 tokenOffset = -1;
    for (qsizetype i = 0; i + 2 < lines.size(); ++i) {
        if (lines[i].contains(QStringLiteral("id-smime-aa-timeStampToken"))) {
            tokenOffset = lines[i + 2].section(QLatin1Char(':'), 0, 0).trimmed().toLongLong();
            break;
        }
    }
    REQUIRE(tokenOffset > 0);
    const QByteArray tokenDer = signatures[0].cmsDer.mid(tokenOffset);
    {
        QFile token(tokenFile);
        REQUIRE(token.open(QIODevice::WriteOnly));
        token.write(tokenDer);
    }
    QProcess verify;
    verify.setProcessChannelMode(QProcess::MergedChannels);
    verify.start(QStringLiteral("openssl"),
                 {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-token_in"), QStringLiteral("-in"),
                  tokenFile, QStringLiteral("-digest"), QString::fromLatin1(stampedDigest.toHex()),
                  QStringLiteral("-CAfile"), fixture.pki().rootCertPath(), QStringLiteral("-untrusted"),
                  fixture.pki().intermediateCertPath()});
    REQUIRE(verify.waitForFinished(30000));
    const QString verdict = QString::fromUtf8(verify.readAll());
    INFO(verdict.toStdString());
    CHECK(verdict.contains(QStringLiteral("Verification: OK")));
}

TEST_CASE("B-T fails cleanly, writing nothing, when the TSA misbehaves or is unreachable", "[pades][tsa]")
{
    SigningFixture fixture;
    auto key = fixture.key(TestPki::Identity::LeaderRsa2048);
    const QByteArray input = SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf"));
    auto withTsa = [](const QString& url) {
        SignRequest request = SigningFixture::request();
        request.timestamper = [url](DigestAlgorithm digest, const QByteArray& value) -> Result<QByteArray> {
            auto token = requestTimestamp(url, digest, value);
            if (!token) {
                return token.error();
            }
            return token->der;
        };
        return request;
    };
    {
        test::LocalTsa lying(fixture.pki(), {QStringLiteral("--wrong-imprint")});
        auto result = PadesSigner::sign(input, *key, withTsa(lying.url()));
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::Corrupt);
    }
    auto unreachable = PadesSigner::sign(input, *key, withTsa(test::LocalTsa::closedPortUrl()));
    REQUIRE_FALSE(unreachable.has_value());
    CHECK(unreachable.error().code == ErrorCode::Io);
}
