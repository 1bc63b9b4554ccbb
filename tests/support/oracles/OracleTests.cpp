// SPDX-License-Identifier: GPL-3.0-or-later
// The oracles must be able to say yes and no: files signed by podofosign and by pdfsig pass every one of them,
// and a flipped byte, a truncated file, a broken /Prev or a damaged xref makes the matching oracle fail.
#include "tests/support/oracles/SignatureOracles.h"
#include "tests/support/oracles/ToolRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace vanthu::test;

namespace
{

QString fixture(const QString& name)
{
    return QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/") + name;
}

void requireTool(const QString& program, const QStringList& arguments)
{
    const ToolRun run = runTool(program, arguments);
    INFO(run.describe().toStdString());
    REQUIRE(run.succeeded());
}

/** A throwaway CA and signer made with the openssl CLI, and an NSS database holding the signer's key for pdfsig. */
class ThrowawayPki
{
public:
    explicit ThrowawayPki(const QString& signerName = QStringLiteral("Nguyễn Văn An"))
    {
        REQUIRE(m_directory.isValid());
        const QString ext = path(QStringLiteral("signer.ext"));
        REQUIRE(writeBytes(ext, "basicConstraints=critical,CA:FALSE\n"
                                "keyUsage=critical,digitalSignature,nonRepudiation\n"
                                "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"));
        requireTool(QStringLiteral("openssl"),
                    {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKey(),
                     QStringLiteral("-out"), caPem(), QStringLiteral("-days"), QStringLiteral("30"),
                     QStringLiteral("-utf8"), QStringLiteral("-subj"), QStringLiteral("/CN=Oracle Test CA"),
                     QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                     QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
        requireTool(QStringLiteral("openssl"),
                    {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), signerKey(), QStringLiteral("-out"),
                     path(QStringLiteral("signer.csr")), QStringLiteral("-utf8"), QStringLiteral("-subj"),
                     QStringLiteral("/C=VN/CN=") + signerName});
        requireTool(QStringLiteral("openssl"),
                    {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     path(QStringLiteral("signer.csr")), QStringLiteral("-CA"), caPem(), QStringLiteral("-CAkey"),
                     caKey(), QStringLiteral("-set_serial"), QStringLiteral("2"), QStringLiteral("-days"),
                     QStringLiteral("30"), QStringLiteral("-extfile"), ext, QStringLiteral("-out"), signerPem()});
    }

    [[nodiscard]] QString path(const QString& name) const
    {
        return m_directory.filePath(name);
    }
    [[nodiscard]] QString caPem() const
    {
        return path(QStringLiteral("ca.pem"));
    }
    [[nodiscard]] QString caKey() const
    {
        return path(QStringLiteral("ca.key"));
    }
    [[nodiscard]] QString signerPem() const
    {
        return path(QStringLiteral("signer.pem"));
    }
    [[nodiscard]] QString signerKey() const
    {
        return path(QStringLiteral("signer.key"));
    }

    /** An NSS database (sql:) that holds the signer's key and certificate under the nickname "signer". */
    [[nodiscard]] QString nssDatabase() const
    {
        const QString database = QStringLiteral("sql:") + path(QStringLiteral("nss"));
        if (QDir(path(QStringLiteral("nss"))).exists()) {
            return database;
        }
        REQUIRE(QDir().mkpath(path(QStringLiteral("nss"))));
        const QString p12 = path(QStringLiteral("signer.p12"));
        requireTool(QStringLiteral("openssl"),
                    {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), signerKey(),
                     QStringLiteral("-in"), signerPem(), QStringLiteral("-certfile"), caPem(), QStringLiteral("-name"),
                     QStringLiteral("signer"), QStringLiteral("-passout"), QStringLiteral("pass:"),
                     QStringLiteral("-out"), p12});
        requireTool(QStringLiteral("certutil"),
                    {QStringLiteral("-N"), QStringLiteral("-d"), database, QStringLiteral("--empty-password")});
        requireTool(QStringLiteral("pk12util"),
                    {QStringLiteral("-i"), p12, QStringLiteral("-d"), database, QStringLiteral("-W"), QString()});
        return database;
    }

private:
    QTemporaryDir m_directory;
};

QString signWithPodofo(const ThrowawayPki& pki, const QString& input, const QString& output)
{
    requireTool(QStringLiteral("podofosign"),
                {QStringLiteral("-in"), input, QStringLiteral("-out"), output, QStringLiteral("-cert"), pki.signerPem(),
                 QStringLiteral("-pkey"), pki.signerKey(), QStringLiteral("-digest"), QStringLiteral("sha256"),
                 QStringLiteral("-field-name"), QStringLiteral("PodofoSignature")});
    return output;
}

QString signWithPdfsig(const ThrowawayPki& pki, const QString& input, const QString& output)
{
    requireTool(QStringLiteral("pdfsig"),
                {QStringLiteral("-add-signature"), QStringLiteral("-nssdir"), pki.nssDatabase(),
                 QStringLiteral("-nick"), QStringLiteral("signer"), QStringLiteral("-new-signature-field-name"),
                 QStringLiteral("PdfsigSignature"), QStringLiteral("-reason"), QStringLiteral("Phê duyệt"), input,
                 output});
    return output;
}

/** The checks every correctly signed single-signature file passes. */
void checkSignedFile(const QString& original, const QString& signedPath, const QString& caPem, const QString& fieldName)
{
    const QByteArray before = readBytes(original);
    const QByteArray after = readBytes(signedPath);
    REQUIRE(!before.isEmpty());
    REQUIRE(after.size() > before.size());
    CHECK(isPrefix(before, after));
    CHECK(revisionEnds(after) == QList<qint64>{before.size(), after.size()});

    const QList<ByteRangeSignature> signatures = findSignatures(after);
    REQUIRE(signatures.size() == 1);
    const ByteRangeSignature& signature = signatures.first();
    INFO(signature.problem.toStdString());
    CHECK(signature.problem.isEmpty());
    CHECK(signature.a == 0);
    CHECK(signature.a + signature.b > before.size());
    CHECK(signature.c + signature.d == after.size());
    CHECK(signature.c - signature.b == 2 * signature.reservedBytes + 2);
    CHECK(signature.signedBytes.size() == signature.b + signature.d);
    CHECK(signature.cmsDer.size() > 1000);
    CHECK(signature.cmsDer.size() <= signature.reservedBytes);
    CHECK(opensslCmsVerify(signature, caPem).toStdString().empty());

    const PdfsigReport report = runPdfsig(signedPath, {caPem});
    INFO(report.output.toStdString());
    CHECK(report.exitCode == 0);
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.allSignaturesValid());
    CHECK(report.signatures.first().fieldName == fieldName);
    CHECK(report.signatures.first().signerName == QStringLiteral("Nguyễn Văn An"));
    CHECK(report.signatures.first().hashAlgorithm == QLatin1String("SHA-256"));
    CHECK(report.signatures.first().totalDocumentSigned);
    CHECK(report.signatures.first().certificateValidation == QLatin1String("Certificate is Trusted."));
    CHECK(report.signatures.first().signedRanges
          == QList<QPair<qint64, qint64>>{{0, signature.b}, {signature.c, signature.c + signature.d}});

    CHECK(qpdfCheck(signedPath).toStdString().empty());
    CHECK(checkRevisionChain(after).toStdString().empty());
}

/** One byte of the first signed range (in the binary comment of the header) flipped: the PDF still parses. */
QByteArray flipSignedByte(const QByteArray& pdf)
{
    QByteArray tampered = pdf;
    const qint64 offset = tampered.indexOf('\n') + 2;
    tampered[offset] = static_cast<char>(tampered.at(offset) ^ 0x01);
    return tampered;
}

} // namespace

TEST_CASE("a podofosign signature passes every oracle and a flipped byte fails them", "[signing][oracles]")
{
    ThrowawayPki pki;
    const QString signedPath =
        signWithPodofo(pki, fixture(QStringLiteral("lo-classic.pdf")), pki.path(QStringLiteral("podofo.pdf")));
    checkSignedFile(fixture(QStringLiteral("lo-classic.pdf")), signedPath, pki.caPem(),
                    QStringLiteral("PodofoSignature"));

    const QByteArray tampered = flipSignedByte(readBytes(signedPath));
    const QString tamperedPath = pki.path(QStringLiteral("tampered.pdf"));
    REQUIRE(writeBytes(tamperedPath, tampered));
    const QList<ByteRangeSignature> signatures = findSignatures(tampered);
    REQUIRE(signatures.size() == 1);
    CHECK(signatures.first().problem.isEmpty());
    CHECK_FALSE(opensslCmsVerify(signatures.first(), pki.caPem()).isEmpty());
    const PdfsigReport report = runPdfsig(tamperedPath, {pki.caPem()});
    INFO(report.output.toStdString());
    REQUIRE(report.signatures.size() == 1);
    CHECK_FALSE(report.allSignaturesValid());
    CHECK(report.signatures.first().signatureValidation != QLatin1String("Signature is Valid."));
    CHECK_FALSE(isPrefix(readBytes(fixture(QStringLiteral("lo-classic.pdf"))), tampered));
}

TEST_CASE("a signature from an untrusted CA fails openssl and pdfsig's certificate line", "[signing][oracles]")
{
    ThrowawayPki pki;
    ThrowawayPki stranger;
    const QString signedPath =
        signWithPodofo(pki, fixture(QStringLiteral("lo-classic.pdf")), pki.path(QStringLiteral("podofo.pdf")));
    const QList<ByteRangeSignature> signatures = findSignatures(readBytes(signedPath));
    REQUIRE(signatures.size() == 1);
    CHECK(opensslCmsVerify(signatures.first(), pki.caPem()).isEmpty());
    CHECK_FALSE(opensslCmsVerify(signatures.first(), stranger.caPem()).isEmpty());
    // The CMS is intact, so the signature line stays valid; only the certificate line tells the trust apart.
    const PdfsigReport report = runPdfsig(signedPath, {stranger.caPem()});
    INFO(report.output.toStdString());
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.allSignaturesValid());
    CHECK(report.signatures.first().certificateValidation != QLatin1String("Certificate is Trusted."));
}

TEST_CASE("a pdfsig signature passes every oracle and a flipped byte fails them", "[signing][oracles]")
{
    ThrowawayPki pki;
    const QString signedPath =
        signWithPdfsig(pki, fixture(QStringLiteral("lo-classic.pdf")), pki.path(QStringLiteral("pdfsig.pdf")));
    checkSignedFile(fixture(QStringLiteral("lo-classic.pdf")), signedPath, pki.caPem(),
                    QStringLiteral("PdfsigSignature"));

    const QByteArray after = readBytes(signedPath);
    const ByteRangeSignature signature = findSignatures(after).first();
    // NSS writes BER with indefinite lengths; the scan still cuts the CMS at its end-of-contents octets.
    CHECK(signature.cmsDer.startsWith(QByteArray("\x30\x80", 2)));
    CHECK(signature.cmsDer.endsWith(QByteArray(2, '\0')));
    const auto oids = cmsSignedAttributeOids(signature.cmsDer);
    REQUIRE(oids.has_value());
    REQUIRE(oids->size() == 1);
    CHECK(oids->first() == QStringList{oid::ContentType, oid::MessageDigest, oid::SigningCertificateV2});
    CHECK_FALSE(oids->first().contains(oid::SigningTime));

    const QByteArray tampered = flipSignedByte(after);
    const QString tamperedPath = pki.path(QStringLiteral("tampered.pdf"));
    REQUIRE(writeBytes(tamperedPath, tampered));
    CHECK_FALSE(opensslCmsVerify(findSignatures(tampered).first(), pki.caPem()).isEmpty());
    const PdfsigReport report = runPdfsig(tamperedPath, {pki.caPem()});
    INFO(report.output.toStdString());
    REQUIRE(report.signatures.size() == 1);
    CHECK_FALSE(report.allSignaturesValid());
}

TEST_CASE("cmsSignedAttributeOids lists each SignerInfo: podofosign writes two", "[signing][oracles]")
{
    ThrowawayPki pki;
    const QString signedPath =
        signWithPodofo(pki, fixture(QStringLiteral("lo-classic.pdf")), pki.path(QStringLiteral("podofo.pdf")));
    const ByteRangeSignature signature = findSignatures(readBytes(signedPath)).first();
    const auto oids = cmsSignedAttributeOids(signature.cmsDer);
    REQUIRE(oids.has_value());
    // podofosign 0.9.8 signs twice with the same key: two SignerInfos, each with a signingTime (not PAdES).
    REQUIRE(oids->size() == 2);
    for (const QStringList& signer : *oids) {
        INFO(signer.join(QLatin1Char(' ')).toStdString());
        CHECK(signer.first() == oid::ContentType);
        CHECK(signer.count(oid::MessageDigest) == 1);
        CHECK(signer.contains(oid::SigningTime));
        CHECK_FALSE(signer.contains(oid::SigningCertificateV2));
    }

    const auto garbage = cmsSignedAttributeOids(QByteArray("not a CMS"));
    CHECK_FALSE(garbage.has_value());
}

TEST_CASE("truncation, a broken /Prev and a damaged xref fail the chain check and qpdf", "[signing][oracles]")
{
    ThrowawayPki pki;
    const QString signedPath =
        signWithPodofo(pki, fixture(QStringLiteral("lo-classic.pdf")), pki.path(QStringLiteral("podofo.pdf")));
    const QByteArray after = readBytes(signedPath);
    REQUIRE(checkRevisionChain(after).isEmpty());

    SECTION("truncated by a few bytes")
    {
        const QString broken = checkRevisionChain(after.left(after.size() - 20));
        INFO(broken.toStdString());
        CHECK(broken.contains(QLatin1String("after the last %%EOF")));
    }
    SECTION("truncated inside the signature dictionary")
    {
        const QByteArray cut = after.left(findSignatures(after).first().offset + 40);
        CHECK(checkRevisionChain(cut).contains(QLatin1String("after the last %%EOF")));
        const QString path = pki.path(QStringLiteral("cut.pdf"));
        REQUIRE(writeBytes(path, cut));
        CHECK_FALSE(qpdfCheck(path).isEmpty());
    }
    SECTION("the update's /Prev points one byte off")
    {
        QByteArray wrongPrev = after;
        const qint64 prev = wrongPrev.lastIndexOf("/Prev ");
        REQUIRE(prev > 0);
        const qint64 lastDigit = wrongPrev.indexOf('/', prev + 6) - 1;
        REQUIRE(wrongPrev.at(lastDigit) >= '1');
        wrongPrev[lastDigit] = static_cast<char>(wrongPrev.at(lastDigit) - 1);
        const QString broken = checkRevisionChain(wrongPrev);
        INFO(broken.toStdString());
        CHECK(broken.contains(QLatin1String("/Prev")));
    }
    SECTION("startxref points into the previous revision")
    {
        QByteArray wrongStart = after;
        const qint64 startxref = wrongStart.lastIndexOf("startxref");
        const QByteArray value = QByteArray::number(readBytes(fixture(QStringLiteral("lo-classic.pdf"))).size() - 10);
        const qint64 digits = wrongStart.indexOf('\n', startxref + 10) - (startxref + 10);
        REQUIRE(value.size() <= digits);
        wrongStart.replace(startxref + 10, digits, value.rightJustified(digits, '0'));
        const QString broken = checkRevisionChain(wrongStart);
        INFO(broken.toStdString());
        CHECK(broken.contains(QLatin1String("points into the previous revision")));
    }
    SECTION("qpdf --check sees a damaged xref table of the original")
    {
        QByteArray damaged = readBytes(fixture(QStringLiteral("lo-classic.pdf")));
        const qint64 entry = damaged.lastIndexOf(" 00000 n");
        REQUIRE(entry > 10);
        damaged[entry - 1] = damaged.at(entry - 1) == '7' ? '3' : '7';
        const QString path = pki.path(QStringLiteral("damaged.pdf"));
        REQUIRE(writeBytes(path, damaged));
        const QString report = qpdfCheck(path);
        INFO(report.toStdString());
        CHECK_FALSE(report.isEmpty());
        CHECK(qpdfCheck(fixture(QStringLiteral("lo-classic.pdf"))).isEmpty());
    }
}

TEST_CASE("every committed fixture is a clean file with the revisions it claims", "[signing][oracles]")
{
    const QStringList unsignedFixtures{
        QStringLiteral("lo-classic.pdf"),      QStringLiteral("lo-2pages.pdf"),
        QStringLiteral("gs-classic.pdf"),      QStringLiteral("qpdf-objstm.pdf"),
        QStringLiteral("qpdf-linearized.pdf"), QStringLiteral("qpdf-linearized-objstm.pdf"),
        QStringLiteral("hybrid-xref.pdf")};
    for (const QString& name : unsignedFixtures) {
        INFO(name.toStdString());
        const QByteArray pdf = readBytes(fixture(name));
        REQUIRE(pdf.startsWith("%PDF-"));
        CHECK(pdf.size() < 100000);
        CHECK(qpdfCheck(fixture(name)).toStdString().empty());
        CHECK(revisionEnds(pdf) == QList<qint64>{pdf.size()});
        CHECK(checkRevisionChain(pdf).toStdString().empty());
        CHECK(findSignatures(pdf).isEmpty());
    }
    // The linearized file has two %%EOF markers; the first closes its first-page section, not a revision.
    CHECK(readBytes(fixture(QStringLiteral("qpdf-linearized.pdf"))).count("%%EOF") == 2);

    const PdfsigReport report = runPdfsig(fixture(QStringLiteral("lo-classic.pdf")), {});
    CHECK(report.signatures.isEmpty());
    CHECK_FALSE(report.allSignaturesValid());
}

TEST_CASE("signed-by-pdfsig.pdf verifies against foreign-ca.pem", "[signing][oracles]")
{
    const QString ca = fixture(QStringLiteral("foreign-ca.pem"));
    const QByteArray original = readBytes(fixture(QStringLiteral("lo-classic.pdf")));
    const QByteArray pdf = readBytes(fixture(QStringLiteral("signed-by-pdfsig.pdf")));
    CHECK(isPrefix(original, pdf));
    CHECK(revisionEnds(pdf) == QList<qint64>{original.size(), pdf.size()});
    CHECK(checkRevisionChain(pdf).toStdString().empty());
    const QList<ByteRangeSignature> signatures = findSignatures(pdf);
    REQUIRE(signatures.size() == 1);
    CHECK(signatures.first().problem.isEmpty());
    CHECK(opensslCmsVerify(signatures.first(), ca).toStdString().empty());
    const PdfsigReport report = runPdfsig(fixture(QStringLiteral("signed-by-pdfsig.pdf")), {ca});
    INFO(report.output.toStdString());
    CHECK(report.allSignaturesValid());
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures.first().totalDocumentSigned);
    CHECK(report.signatures.first().signatureType == QLatin1String("adbe.pkcs7.detached"));
}

TEST_CASE("findSignatures names what is wrong with a malformed ByteRange", "[signing][oracles]")
{
    SECTION("a well-formed range with zero padding")
    {
        // A DER SEQUENCE of 3 content bytes, padded with zeros, in the gap [10, 28).
        const QByteArray pdf("0123456789<3003020105000000>/ByteRange [0 10 28 26]xxx");
        const QList<ByteRangeSignature> signatures = findSignatures(pdf);
        REQUIRE(signatures.size() == 1);
        INFO(signatures.first().problem.toStdString());
        CHECK(signatures.first().problem.isEmpty());
        CHECK(signatures.first().cmsDer == QByteArray::fromHex("3003020105"));
        CHECK(signatures.first().reservedBytes == 8);
        CHECK(signatures.first().signedBytes == pdf.left(10) + pdf.mid(28));
    }
    SECTION("three entries")
    {
        const auto signatures = findSignatures("/ByteRange [0 10 26]");
        REQUIRE(signatures.size() == 1);
        CHECK_FALSE(signatures.first().problem.isEmpty());
    }
    SECTION("five entries")
    {
        const auto signatures = findSignatures("/ByteRange [0 1 2 3 4]");
        REQUIRE(signatures.size() == 1);
        CHECK_FALSE(signatures.first().problem.isEmpty());
    }
    SECTION("ranges beyond the end of the file")
    {
        const auto signatures = findSignatures("0123456789<3000>/ByteRange [0 10 16 999]");
        REQUIRE(signatures.size() == 1);
        CHECK_FALSE(signatures.first().problem.isEmpty());
        CHECK(signatures.first().signedBytes.isEmpty());
    }
    SECTION("a gap that holds more than the hex string")
    {
        const auto signatures = findSignatures("0123456789 <3000> /ByteRange [0 10 18 10]xxxxxxxxxx");
        REQUIRE(signatures.size() == 1);
        CHECK_FALSE(signatures.first().problem.isEmpty());
        CHECK(signatures.first().cmsDer == QByteArray::fromHex("3000"));
    }
}
