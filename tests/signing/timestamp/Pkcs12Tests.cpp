// SPDX-License-Identifier: GPL-3.0-or-later
// openPkcs12Key: passwords through the prompt, refusals, chain order, and signatures checked with the certificate.
#include "signing/keys/FreeDeleter.h"
#include "signing/pkcs12/Pkcs12Key.h"
#include "tests/signing/timestamp/OpensslCli.h"
#include "tests/signing/timestamp/ScriptedPrompt.h"
#include "tests/support/pki/TestPki.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

using namespace vanthu;
using namespace vanthu::signing;
using test::ScriptedPrompt;
using test::TestPki;
using Identity = TestPki::Identity;

namespace
{

QString run(const QStringList& arguments)
{
    const auto result = test::runOpenssl(arguments);
    if (result.exitCode != 0) {
        FAIL("openssl " << arguments.join(QLatin1Char(' ')).toStdString()
                        << " failed: " << result.output.toStdString());
    }
    return result.output;
}

/** A self-signed certificate and its key in a .p12 made by the openssl tool, for keys TestPki never makes. */
QString makeP12WithOpenssl(const QTemporaryDir& directory, const QString& name, const QStringList& keyOptions)
{
    const QString key = directory.filePath(name + QStringLiteral(".key"));
    const QString cert = directory.filePath(name + QStringLiteral(".crt"));
    const QString p12 = directory.filePath(name + QStringLiteral(".p12"));
    run(QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    key, QStringLiteral("-out"), cert, QStringLiteral("-subj"), QStringLiteral("/CN=") + name,
                    QStringLiteral("-days"), QStringLiteral("2")}
        + keyOptions);
    run({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), key, QStringLiteral("-in"),
         cert, QStringLiteral("-out"), p12, QStringLiteral("-passout"), QStringLiteral("pass:1234")});
    return p12;
}

const char* digestName(DigestAlgorithm digest)
{
    switch (digest) {
    case DigestAlgorithm::Sha256:
        return "SHA256";
    case DigestAlgorithm::Sha384:
        return "SHA384";
    case DigestAlgorithm::Sha512:
        return "SHA512";
    }
    return "";
}

/** Verifies @p signature over @p data with the certificate's key: RSA strictly as PKCS#1 v1.5, ECDSA as DER. */
bool verifies(const QByteArray& certificateDer, DigestAlgorithm digest, const QByteArray& data,
              const QByteArray& signature)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    X509* cert = d2i_X509(nullptr, &bytes, certificateDer.size());
    REQUIRE(cert != nullptr);
    const std::unique_ptr<EVP_PKEY, vanthu::signing::FreeDeleter<EVP_PKEY_free>> key(X509_get_pubkey(cert));
    X509_free(cert);
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    EVP_PKEY_CTX* keyContext = nullptr;
    bool ok =
        EVP_DigestVerifyInit_ex(context, &keyContext, digestName(digest), nullptr, nullptr, key.get(), nullptr) == 1;
    if (ok && EVP_PKEY_is_a(key.get(), "RSA")) {
        ok = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) == 1;
    }
    ok = ok
         && EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(signature.constData()),
                             static_cast<size_t>(signature.size()),
                             reinterpret_cast<const unsigned char*>(data.constData()), static_cast<size_t>(data.size()))
                == 1;
    EVP_MD_CTX_free(context);
    return ok;
}

} // namespace

TEST_CASE("a PKCS#12 file opens with the right password, asked once through the prompt", "[pkcs12]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    const auto& files = pki.identity(Identity::LeaderRsa2048);
    ScriptedPrompt prompt({QByteArrayLiteral("1234")});

    auto key = openPkcs12Key(files.p12, prompt);
    REQUIRE(key.has_value());
    CHECK((*key)->certificateDer() == files.certificateDer);
    CHECK((*key)->chainDer() == pki.chainDer());
    CHECK((*key)->algorithm() == KeyAlgorithm::Rsa);
    CHECK((*key)->keyBits() == 2048);

    REQUIRE(prompt.requests().size() == 1);
    CHECK(prompt.requests()[0].kind == SecretRequest::Kind::Pkcs12Password);
    CHECK(prompt.requests()[0].subject == QStringLiteral("leader-rsa2048.p12"));
    CHECK(prompt.requests()[0].retryMessage.isEmpty());
}

TEST_CASE("a wrong password is asked again with a retry message, then accepted when right", "[pkcs12]")
{
    QTemporaryDir directory;
    test::TestPkiOptions options;
    options.pkcs12Password = QByteArrayLiteral("Mật-khẩu-đúng");
    TestPki pki(directory.path(), options);
    ScriptedPrompt prompt({QByteArrayLiteral("1234"), QByteArrayLiteral("Mật-khẩu-đúng")});

    auto key = openPkcs12Key(pki.identity(Identity::EcP256).p12, prompt);
    REQUIRE(key.has_value());
    CHECK((*key)->algorithm() == KeyAlgorithm::Ecdsa);
    CHECK((*key)->keyBits() == 256);
    REQUIRE(prompt.requests().size() == 2);
    CHECK(prompt.requests()[0].retryMessage.isEmpty());
    CHECK(prompt.requests()[1].retryMessage.contains(QLatin1String("2"))); // "…; 2 attempt(s) left" in any language
}

TEST_CASE("a password still wrong after the last attempt is an invalid input and cancel stops at once", "[pkcs12]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    const QString p12 = pki.identity(Identity::LeaderRsa2048).p12;

    SECTION("three wrong answers by default")
    {
        ScriptedPrompt prompt({QByteArrayLiteral("0000"), QByteArrayLiteral("1111"), QByteArrayLiteral("2222"),
                               QByteArrayLiteral("1234")});
        auto key = openPkcs12Key(p12, prompt);
        REQUIRE_FALSE(key.has_value());
        CHECK(key.error().code == ErrorCode::InvalidInput);
        CHECK(key.error().message.contains(QStringLiteral("leader-rsa2048.p12")));
        CHECK(prompt.requests().size() == 3); // the right fourth answer is never asked for
    }
    SECTION("the number of attempts is the caller's")
    {
        ScriptedPrompt prompt({QByteArrayLiteral("0000"), QByteArrayLiteral("1234")});
        auto key = openPkcs12Key(p12, prompt, 1);
        REQUIRE_FALSE(key.has_value());
        CHECK(key.error().code == ErrorCode::InvalidInput);
        CHECK(prompt.requests().size() == 1);
    }
    SECTION("an empty password is a wrong one too")
    {
        ScriptedPrompt prompt({QByteArray(), QByteArrayLiteral("1234")});
        auto key = openPkcs12Key(p12, prompt);
        REQUIRE(key.has_value());
        CHECK(prompt.requests().size() == 2);
    }
    SECTION("cancel")
    {
        ScriptedPrompt prompt({QByteArrayLiteral("0000"), std::nullopt, QByteArrayLiteral("1234")});
        auto key = openPkcs12Key(p12, prompt);
        REQUIRE_FALSE(key.has_value());
        CHECK(key.error().code == ErrorCode::Cancelled);
        CHECK(prompt.requests().size() == 2);
    }
}

TEST_CASE("files that are missing or not PKCS#12 fail before any password is asked", "[pkcs12]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    ScriptedPrompt prompt({QByteArrayLiteral("1234")});

    auto missing = openPkcs12Key(directory.filePath(QStringLiteral("khong-co.p12")), prompt);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);

    auto pem = openPkcs12Key(pki.identity(Identity::LeaderRsa2048).certPem, prompt);
    REQUIRE_FALSE(pem.has_value());
    CHECK(pem.error().code == ErrorCode::InvalidInput);
    CHECK(pem.error().message.contains(QStringLiteral("leader-rsa2048.cert.pem")));

    auto der = openPkcs12Key(pki.identity(Identity::LeaderRsa2048).certDer, prompt);
    REQUIRE_FALSE(der.has_value());
    CHECK(der.error().code == ErrorCode::InvalidInput);

    auto folder = openPkcs12Key(directory.path(), prompt);
    REQUIRE_FALSE(folder.has_value());
    CHECK(folder.error().code == ErrorCode::NotFound);
    CHECK(prompt.requests().isEmpty());
}

TEST_CASE("a file without a key, without the key's certificate or with a foreign certificate is refused", "[pkcs12]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    const QByteArray password = pki.pkcs12Password();

    const QString noKey =
        pki.writePkcs12(QStringLiteral("no-key.p12"), std::nullopt, Identity::LeaderRsa2048, pki.chainDer(), password);
    const QString noCert =
        pki.writePkcs12(QStringLiteral("no-cert.p12"), Identity::LeaderRsa2048, std::nullopt, pki.chainDer(), password);
    const QString mismatch = pki.writePkcs12(QStringLiteral("mismatch.p12"), Identity::LeaderRsa2048, Identity::Expired,
                                             pki.chainDer(), password);
    for (const QString& path : {noKey, noCert, mismatch}) {
        ScriptedPrompt prompt({password});
        auto key = openPkcs12Key(path, prompt);
        INFO(path.toStdString());
        REQUIRE_FALSE(key.has_value());
        CHECK(key.error().code == ErrorCode::InvalidInput);
        CHECK(prompt.requests().size() == 1); // the password was right: no second question
    }
}

TEST_CASE("RSA keys below 2048 bits and EC keys below 256 bits are refused as unsupported", "[pkcs12]")
{
    QTemporaryDir directory;
    const QString rsa1024 = makeP12WithOpenssl(directory, QStringLiteral("rsa1024"),
                                               {QStringLiteral("-newkey"), QStringLiteral("rsa:1024")});
    const QString p224 = makeP12WithOpenssl(directory, QStringLiteral("p224"),
                                            {QStringLiteral("-newkey"), QStringLiteral("ec"),
                                             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-224")});
    const QString rsa2048 = makeP12WithOpenssl(directory, QStringLiteral("rsa2048"),
                                               {QStringLiteral("-newkey"), QStringLiteral("rsa:2048")});

    ScriptedPrompt prompt({QByteArrayLiteral("1234"), QByteArrayLiteral("1234"), QByteArrayLiteral("1234")});
    auto weakRsa = openPkcs12Key(rsa1024, prompt);
    REQUIRE_FALSE(weakRsa.has_value());
    CHECK(weakRsa.error().code == ErrorCode::Unsupported);
    CHECK(weakRsa.error().message.contains(QStringLiteral("1024")));

    auto weakEc = openPkcs12Key(p224, prompt);
    REQUIRE_FALSE(weakEc.has_value());
    CHECK(weakEc.error().code == ErrorCode::Unsupported);
    CHECK(weakEc.error().message.contains(QStringLiteral("224")));

    // The same tool and steps with a 2048-bit key give a usable (self-signed, chainless) key.
    auto fine = openPkcs12Key(rsa2048, prompt);
    REQUIRE(fine.has_value());
    CHECK((*fine)->chainDer().isEmpty());
}

TEST_CASE("an old RC2-40 file is read with the legacy provider", "[pkcs12]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    const auto& files = pki.identity(Identity::AgencyRsa3072);
    const QString legacy = directory.filePath(QStringLiteral("legacy.pfx"));
    run({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-legacy"), QStringLiteral("-inkey"),
         files.keyPem, QStringLiteral("-in"), files.certPem, QStringLiteral("-certfile"), pki.chainPath(),
         QStringLiteral("-out"), legacy, QStringLiteral("-passout"), QStringLiteral("pass:1234")});
    const QString info = run({QStringLiteral("pkcs12"), QStringLiteral("-legacy"), QStringLiteral("-in"), legacy,
                              QStringLiteral("-info"), QStringLiteral("-noout"), QStringLiteral("-passin"),
                              QStringLiteral("pass:1234")});
    REQUIRE(info.contains(QStringLiteral("pbeWithSHA1And40BitRC2-CBC"))); // the file really needs the legacy provider

    ScriptedPrompt prompt({QByteArrayLiteral("wrong"), QByteArrayLiteral("1234")});
    auto key = openPkcs12Key(legacy, prompt);
    REQUIRE(key.has_value());
    CHECK(prompt.requests().size() == 2);
    CHECK((*key)->certificateDer() == files.certificateDer);
    CHECK((*key)->chainDer() == pki.chainDer());
    CHECK((*key)->keyBits() == 3072);
    const QByteArray data = QByteArrayLiteral("Văn bản số 12/UBND-VP");
    auto signature = (*key)->sign(DigestAlgorithm::Sha256, data);
    REQUIRE(signature.has_value());
    CHECK(verifies(files.certificateDer, DigestAlgorithm::Sha256, data, *signature));
}

TEST_CASE("in a file without a MAC a wrong password shows as a failed decryption and is asked again", "[pkcs12]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    const auto& files = pki.identity(Identity::LeaderRsa2048);
    for (const bool legacy : {false, true}) {
        const QString path =
            directory.filePath(legacy ? QStringLiteral("nomac-legacy.p12") : QStringLiteral("nomac.p12"));
        QStringList arguments{QStringLiteral("pkcs12"),
                              QStringLiteral("-export"),
                              QStringLiteral("-nomac"),
                              QStringLiteral("-inkey"),
                              files.keyPem,
                              QStringLiteral("-in"),
                              files.certPem,
                              QStringLiteral("-out"),
                              path,
                              QStringLiteral("-passout"),
                              QStringLiteral("pass:1234")};
        if (legacy) {
            arguments.append(QStringLiteral("-legacy"));
        }
        run(arguments);
        INFO(path.toStdString());
        REQUIRE_FALSE(run({QStringLiteral("pkcs12"), QStringLiteral("-in"), path, QStringLiteral("-info"),
                           QStringLiteral("-noout"), QStringLiteral("-legacy"), QStringLiteral("-passin"),
                           QStringLiteral("pass:1234")})
                          .contains(QStringLiteral("MAC:")));

        ScriptedPrompt prompt({QByteArrayLiteral("sai"), QByteArrayLiteral("1234")});
        auto key = openPkcs12Key(path, prompt);
        REQUIRE(key.has_value());
        CHECK(prompt.requests().size() == 2);
        CHECK((*key)->certificateDer() == files.certificateDer);
    }
}

TEST_CASE("the chain is ordered from the signer's issuer upwards, whatever the file's order", "[pkcs12]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    QTemporaryDir otherDirectory;
    test::TestPkiOptions otherOptions;
    otherOptions.keySet = QStringLiteral("foreign");
    TestPki other(otherDirectory.path(), otherOptions);
    const QByteArray password = pki.pkcs12Password();

    // Root first, an unrelated CA (same names, other keys) in the middle, the issuing CA last.
    const QString shuffled =
        pki.writePkcs12(QStringLiteral("shuffled.p12"), Identity::EcP384, Identity::EcP384,
                        {pki.rootDer(), other.intermediateDer(), other.rootDer(), pki.intermediateDer()}, password);
    ScriptedPrompt prompt({password, password});
    auto key = openPkcs12Key(shuffled, prompt);
    REQUIRE(key.has_value());
    CHECK((*key)->chainDer() == pki.chainDer());

    const QString alone =
        pki.writePkcs12(QStringLiteral("alone.p12"), Identity::EcP384, Identity::EcP384, {}, password);
    auto bare = openPkcs12Key(alone, prompt);
    REQUIRE(bare.has_value());
    CHECK((*bare)->chainDer().isEmpty());
}

TEST_CASE("signatures verify with the certificate for RSA and ECDSA and each digest", "[pkcs12]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    const QByteArray data = QByteArrayLiteral("Quyết định số 05/QĐ-UBND ngày 02/3/2026");
    QByteArray tampered = data;
    tampered[0] = 'q';

    for (const Identity identity :
         {Identity::LeaderRsa2048, Identity::AgencyRsa3072, Identity::EcP256, Identity::EcP384}) {
        const auto& files = pki.identity(identity);
        ScriptedPrompt prompt({pki.pkcs12Password()});
        auto key = openPkcs12Key(files.p12, prompt);
        REQUIRE(key.has_value());
        for (const DigestAlgorithm digest :
             {DigestAlgorithm::Sha256, DigestAlgorithm::Sha384, DigestAlgorithm::Sha512}) {
            INFO(files.name.toStdString() << " " << digestName(digest));
            auto signature = (*key)->sign(digest, data);
            REQUIRE(signature.has_value());
            CHECK(verifies(files.certificateDer, digest, data, *signature));
            CHECK_FALSE(verifies(files.certificateDer, digest, tampered, *signature));
            // The digest is the one asked for: the signature does not verify under another.
            const DigestAlgorithm otherDigest =
                digest == DigestAlgorithm::Sha256 ? DigestAlgorithm::Sha512 : DigestAlgorithm::Sha256;
            CHECK_FALSE(verifies(files.certificateDer, otherDigest, data, *signature));
            if ((*key)->algorithm() == KeyAlgorithm::Rsa) {
                CHECK(signature->size() == (*key)->keyBits() / 8);
            } else {
                const auto* bytes = reinterpret_cast<const unsigned char*>(signature->constData());
                ECDSA_SIG* parsed = d2i_ECDSA_SIG(nullptr, &bytes, signature->size());
                CHECK(parsed != nullptr); // DER ECDSA-Sig-Value, not r||s
                ECDSA_SIG_free(parsed);
            }
        }
    }
}
