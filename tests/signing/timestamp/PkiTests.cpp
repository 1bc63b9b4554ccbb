// SPDX-License-Identifier: GPL-3.0-or-later
// The test PKI itself, checked with the openssl command-line tool and by reading the certificates back.
#include "signing/keys/OpenSslTypes.h"
#include "tests/signing/timestamp/OpensslCli.h"
#include "tests/support/pki/TestPki.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <openssl/asn1.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using vanthu::test::runOpenssl;
using vanthu::test::TestPki;
using Identity = TestPki::Identity;

namespace
{

using CertPtr = vanthu::signing::X509Pointer;

CertPtr decode(const QByteArray& der)
{
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return CertPtr(d2i_X509(nullptr, &data, der.size()));
}

/** The value and ASN.1 string type of the first @p nid entry of @p name. */
std::pair<QString, int> nameEntry(const X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0) {
        return {QString(), -1};
    }
    const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    return {QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value)),
            ASN1_STRING_type(value)};
}

bool isCritical(X509* cert, int nid)
{
    const int index = X509_get_ext_by_NID(cert, nid, -1);
    return index >= 0 && X509_EXTENSION_get_critical(X509_get_ext(cert, index)) == 1;
}

vanthu::test::OpensslRun verify(TestPki& pki, Identity identity)
{
    return runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), pki.rootCertPath(),
                       QStringLiteral("-untrusted"), pki.intermediateCertPath(), pki.identity(identity).certPem});
}

} // namespace

TEST_CASE("openssl verify accepts every valid test certificate through the issuing CA", "[pki]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    for (const Identity identity : {Identity::LeaderRsa2048, Identity::AgencyRsa3072, Identity::Rsa4096,
                                    Identity::EcP256, Identity::EcP384, Identity::Tsa, Identity::WrongKeyUsage}) {
        const auto run = verify(pki, identity);
        INFO(TestPki::nameOf(identity).toStdString() << ": " << run.output.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.output.contains(QStringLiteral(": OK")));
    }
    // The chain file alone (intermediate then root) is enough as the trust store.
    const auto run = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), pki.chainPath(),
                                 pki.identity(Identity::LeaderRsa2048).certPem});
    INFO(run.output.toStdString());
    CHECK(run.exitCode == 0);
}

TEST_CASE("openssl verify refuses the expired and the not-yet-valid certificate and a foreign root", "[pki]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    const auto expired = verify(pki, Identity::Expired);
    INFO(expired.output.toStdString());
    CHECK(expired.exitCode != 0);
    CHECK(expired.output.contains(QStringLiteral("certificate has expired")));

    const auto early = verify(pki, Identity::NotYetValid);
    INFO(early.output.toStdString());
    CHECK(early.exitCode != 0);
    CHECK(early.output.contains(QStringLiteral("not yet valid")));

    // Another key set is another PKI: its root, although named the same, does not anchor this one's signers.
    QTemporaryDir otherDirectory;
    vanthu::test::TestPkiOptions otherOptions;
    otherOptions.keySet = QStringLiteral("foreign");
    TestPki other(otherDirectory.path(), otherOptions);
    const auto foreign = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), other.rootCertPath(),
                                     QStringLiteral("-untrusted"), pki.intermediateCertPath(),
                                     pki.identity(Identity::LeaderRsa2048).certPem});
    INFO(foreign.output.toStdString());
    CHECK(foreign.exitCode != 0);
}

TEST_CASE("signer certificates carry Vietnamese UTF8String names and the signing key usages", "[pki]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    const CertPtr cert = decode(pki.identity(Identity::LeaderRsa2048).certificateDer);
    REQUIRE(cert);
    const X509_NAME* subject = X509_get_subject_name(cert.get());
    CHECK(nameEntry(subject, NID_commonName) == std::pair{QStringLiteral("Nguyễn Văn An"), V_ASN1_UTF8STRING});
    CHECK(nameEntry(subject, NID_organizationName)
          == std::pair{QStringLiteral("UBND Thành phố Hà Nội"), V_ASN1_UTF8STRING});
    CHECK(nameEntry(subject, NID_countryName) == std::pair{QStringLiteral("VN"), V_ASN1_PRINTABLESTRING});
    CHECK(nameEntry(X509_get_issuer_name(cert.get()), NID_commonName).first
          == QStringLiteral("VanThu Test Issuing CA"));

    CHECK(isCritical(cert.get(), NID_key_usage));
    CHECK(X509_get_key_usage(cert.get()) == (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION));
    CHECK_FALSE(isCritical(cert.get(), NID_ext_key_usage));
    CHECK((X509_get_extended_key_usage(cert.get()) & XKU_SMIME) != 0);
    CHECK(X509_get_ext_by_NID(cert.get(), NID_subject_key_identifier, -1) >= 0);
    CHECK(X509_get_ext_by_NID(cert.get(), NID_authority_key_identifier, -1) >= 0);
    CHECK(X509_get_ext_by_NID(cert.get(), NID_info_access, -1) < 0); // no URLs unless asked for
    CHECK(X509_check_ca(cert.get()) == 0);

    const CertPtr tsa = decode(pki.identity(Identity::Tsa).certificateDer);
    REQUIRE(tsa);
    CHECK(isCritical(tsa.get(), NID_ext_key_usage));
    CHECK(X509_get_extended_key_usage(tsa.get()) == XKU_TIMESTAMP);

    const CertPtr wrong = decode(pki.identity(Identity::WrongKeyUsage).certificateDer);
    REQUIRE(wrong);
    CHECK(X509_get_key_usage(wrong.get()) == KU_KEY_CERT_SIGN);

    const CertPtr root = decode(pki.rootDer());
    REQUIRE(root);
    CHECK(X509_check_ca(root.get()) != 0);
    CHECK(isCritical(root.get(), NID_basic_constraints));
    CHECK(X509_get_key_usage(root.get()) == (KU_KEY_CERT_SIGN | KU_CRL_SIGN));
    CHECK(EVP_PKEY_get_bits(X509_get0_pubkey(root.get())) == 3072);
}

TEST_CASE("key sizes and curves are the ones the identity names promise", "[pki]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    const std::pair<Identity, int> expected[] = {
        {Identity::LeaderRsa2048, 2048}, {Identity::AgencyRsa3072, 3072}, {Identity::Rsa4096, 4096},
        {Identity::EcP256, 256},         {Identity::EcP384, 384},
    };
    for (const auto& [identity, bits] : expected) {
        const CertPtr cert = decode(pki.identity(identity).certificateDer);
        REQUIRE(cert);
        INFO(TestPki::nameOf(identity).toStdString());
        CHECK(EVP_PKEY_get_bits(X509_get0_pubkey(cert.get())) == bits);
        CHECK(EVP_PKEY_is_a(X509_get0_pubkey(cert.get()), bits < 1024 ? "EC" : "RSA"));
    }
}

TEST_CASE("identities are generated on first use only, with all their files", "[pki]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    for (const char* name :
         {"root.cert.pem", "root.key.pem", "intermediate.cert.pem", "intermediate.key.pem", "chain.pem"}) {
        CHECK(QFileInfo::exists(directory.filePath(QString::fromUtf8(name))));
    }
    CHECK_FALSE(QFileInfo::exists(directory.filePath(QStringLiteral("leader-rsa2048.p12"))));

    const TestPki::Files& files = pki.identity(Identity::LeaderRsa2048);
    CHECK(files.name == QStringLiteral("leader-rsa2048"));
    for (const QString& path : {files.keyPem, files.certPem, files.certDer, files.p12}) {
        CHECK(QFileInfo(path).size() > 0);
    }
    QFile der(files.certDer);
    REQUIRE(der.open(QIODevice::ReadOnly));
    CHECK(der.readAll() == files.certificateDer);
    CHECK_FALSE(QFileInfo::exists(directory.filePath(QStringLiteral("rsa4096.cert.pem"))));
    CHECK(&pki.identity(Identity::LeaderRsa2048) == &files); // the same identity, not a second one
}

TEST_CASE("the PKCS#12 files hold key, certificate and chain under the configured password", "[pki]")
{
    QTemporaryDir directory;
    vanthu::test::TestPkiOptions options;
    options.pkcs12Password = QByteArrayLiteral("mật khẩu 2026");
    TestPki pki(directory.path(), options);
    const QString p12 = pki.identity(Identity::EcP256).p12;

    const auto listed =
        runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-passin"),
                    QStringLiteral("pass:mật khẩu 2026"), QStringLiteral("-nodes"), QStringLiteral("-info")});
    INFO(listed.output.toStdString());
    CHECK(listed.exitCode == 0);
    CHECK(listed.output.count(QStringLiteral("BEGIN CERTIFICATE")) == 3);
    CHECK(listed.output.contains(QStringLiteral("BEGIN PRIVATE KEY")));
    CHECK(listed.output.contains(QStringLiteral("AES-256-CBC")));
    CHECK(listed.output.contains(QStringLiteral("PBKDF2")));

    const auto wrong = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-passin"),
                                   QStringLiteral("pass:1234"), QStringLiteral("-nodes")});
    CHECK(wrong.exitCode != 0);
}

TEST_CASE("OCSP and CRL URLs go into every certificate below the root when asked for", "[pki]")
{
    QTemporaryDir directory;
    vanthu::test::TestPkiOptions options;
    options.ocspUrl = QStringLiteral("http://127.0.0.1:8888/ocsp");
    options.crlUrl = QStringLiteral("http://127.0.0.1:8888/issuing.crl");
    TestPki pki(directory.path(), options);
    const auto text = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                                  QStringLiteral("-in"), pki.identity(Identity::LeaderRsa2048).certPem});
    INFO(text.output.toStdString());
    CHECK(text.output.contains(QStringLiteral("OCSP - URI:http://127.0.0.1:8888/ocsp")));
    CHECK(text.output.contains(QStringLiteral("URI:http://127.0.0.1:8888/issuing.crl")));
    const auto root = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                                  QStringLiteral("-in"), pki.rootCertPath()});
    CHECK_FALSE(root.output.contains(QStringLiteral("OCSP")));
}
