// SPDX-License-Identifier: GPL-3.0-or-later
// PKCS#11 access against a real module: SoftHSM2 with tokens made for each test (SoftHsmToken).
#include "signing/keys/SecretPrompt.h"
#include "signing/pkcs11/Pkcs11Key.h"
#include "signing/pkcs11/Pkcs11Module.h"
#include "signing/pkcs11/Pkcs11ReturnCodes.h"
#include "tests/signing/pkcs11/SoftHsmToken.h"
#include "tests/signing/pkcs11/TestKeys.h"

#include <catch2/catch.hpp>

#include <p11-kit/pkcs11.h>

#include <QDateTime>
#include <QFile>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <deque>
#include <optional>
#include <vector>

using namespace vanthu;
using namespace vanthu::signing;
using vanthu::test::SoftHsmToken;
using vanthu::test::TestKeyMaterial;
using vanthu::test::TestKeyType;

namespace
{

/** Answers PIN requests from a script and records every request; an exhausted script cancels. */
class ScriptedPrompt : public SecretPrompt
{
public:
    explicit ScriptedPrompt(std::vector<std::optional<QString>> answers = {})
        : m_answers(answers.begin(), answers.end())
    {
    }

    std::optional<Secret> ask(const SecretRequest& request) override
    {
        requests.push_back(request);
        if (m_answers.empty() || !m_answers.front()) {
            if (!m_answers.empty()) {
                m_answers.pop_front();
            }
            return std::nullopt;
        }
        Secret secret(m_answers.front()->toUtf8());
        m_answers.pop_front();
        return secret;
    }

    std::vector<SecretRequest> requests;

private:
    std::deque<std::optional<QString>> m_answers;
};

QString pin()
{
    return QString::fromLatin1(SoftHsmToken::Pin);
}

Pkcs11KeyRef keyRef(const QString& idHex, const QString& tokenLabel = QString::fromLatin1(SoftHsmToken::DefaultLabel))
{
    return Pkcs11KeyRef{SoftHsmToken::modulePath(), tokenLabel, idHex, {}};
}

Pkcs11Token findToken(const QString& label)
{
    auto module = Pkcs11Module::load(SoftHsmToken::modulePath());
    REQUIRE(module);
    auto tokens = (*module)->tokens();
    REQUIRE(tokens);
    for (const Pkcs11Token& token : *tokens) {
        if (token.label == label) {
            return token;
        }
    }
    FAIL("no token labelled " << label.toStdString());
    return {};
}

const EVP_MD* messageDigest(DigestAlgorithm digest)
{
    switch (digest) {
    case DigestAlgorithm::Sha256:
        return EVP_sha256();
    case DigestAlgorithm::Sha384:
        return EVP_sha384();
    case DigestAlgorithm::Sha512:
        return EVP_sha512();
    }
    return nullptr;
}

/** Verifies @p signature over @p data with the certificate's public key, as a CMS verifier would. */
bool verifies(const QByteArray& certificateDer, DigestAlgorithm digest, const QByteArray& data,
              const QByteArray& signature)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    X509* certificate = d2i_X509(nullptr, &bytes, static_cast<long>(certificateDer.size()));
    REQUIRE(certificate != nullptr);
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    bool ok =
        EVP_DigestVerifyInit(context, nullptr, messageDigest(digest), nullptr, X509_get0_pubkey(certificate)) == 1
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char*>(data.constData()), static_cast<size_t>(data.size()))
               == 1;
    EVP_MD_CTX_free(context);
    X509_free(certificate);
    return ok;
}

const DigestAlgorithm allDigests[] = {DigestAlgorithm::Sha256, DigestAlgorithm::Sha384, DigestAlgorithm::Sha512};

/** The standard token of these tests: an RSA key under id 01 and an EC key under id 02, self-signed. */
struct TwoKeyToken
{
    SoftHsmToken token;
    TestKeyMaterial rsa = test::makeSelfSignedKey(TestKeyType::Rsa2048, QStringLiteral("Nguyễn Văn An"));
    TestKeyMaterial ec = test::makeSelfSignedKey(TestKeyType::EcP256, QStringLiteral("Trần Thị Bình"));

    TwoKeyToken()
    {
        token.addKey(QStringLiteral("01"), QStringLiteral("signer"), rsa);
        token.addKey(QStringLiteral("02"), QStringLiteral("signer-ec"), ec);
    }
};

} // namespace

TEST_CASE("pkcs11: a token is listed with its label, maker, serial and flags", "[pkcs11]")
{
    SoftHsmToken token;
    auto module = Pkcs11Module::load(SoftHsmToken::modulePath());
    REQUIRE(module);
    CHECK((*module)->description().contains(QStringLiteral("SoftHSM")));
    auto tokens = (*module)->tokens();
    REQUIRE(tokens);
    const Pkcs11Token vtTest = findToken(QStringLiteral("vt-test"));
    CHECK(vtTest.manufacturer == QStringLiteral("SoftHSM project"));
    CHECK(vtTest.model == QStringLiteral("SoftHSM v2"));
    CHECK(vtTest.serial.size() == 16);
    CHECK(vtTest.flags.initialized);
    CHECK(vtTest.flags.loginRequired);
    CHECK_FALSE(vtTest.flags.userPinCountLow);
    CHECK_FALSE(vtTest.flags.userPinFinalTry);
    CHECK_FALSE(vtTest.flags.userPinLocked);
    CHECK_FALSE(vtTest.flags.userPinToBeChanged);
    // SoftHSM always offers one more slot with a blank token, for the next --init-token.
    int blank = 0;
    for (const Pkcs11Token& t : *tokens) {
        blank += t.flags.initialized ? 0 : 1;
    }
    CHECK(blank == 1);
}

TEST_CASE("pkcs11: a module is loaded once per process and unloaded after its last user", "[pkcs11]")
{
    SoftHsmToken token;
    auto first = Pkcs11Module::load(SoftHsmToken::modulePath());
    REQUIRE(first);
    // Another spelling of the same file gives the same module.
    auto second = Pkcs11Module::load(QStringLiteral("/usr/lib/x86_64-linux-gnu/softhsm/../softhsm/libsofthsm2.so"));
    REQUIRE(second);
    CHECK(first->get() == second->get());
    CHECK((*first)->path() == SoftHsmToken::modulePath());

    const std::weak_ptr<Pkcs11Module> watch = *first;
    *first = nullptr;
    *second = nullptr;
    CHECK(watch.expired());
    // Loading again after the unload works (C_Initialize again).
    auto again = Pkcs11Module::load(SoftHsmToken::modulePath());
    REQUIRE(again);
    CHECK((*again)->tokens());
}

TEST_CASE("pkcs11: a missing module file is NotFound and names the path", "[pkcs11]")
{
    const QString path = QStringLiteral("/usr/lib/vnpt-ca/khong-co-thu-vien.so");
    auto module = Pkcs11Module::load(path);
    REQUIRE_FALSE(module);
    CHECK(module.error().code == ErrorCode::NotFound);
    CHECK(module.error().message.contains(path));

    ScriptedPrompt prompt;
    auto key = Pkcs11Key::open(Pkcs11KeyRef{path, QStringLiteral("vt-test"), QStringLiteral("01"), {}}, prompt);
    REQUIRE_FALSE(key);
    CHECK(key.error().code == ErrorCode::NotFound);
    CHECK(prompt.requests.empty());
}

TEST_CASE("pkcs11: a library that is not a PKCS#11 module is Unsupported and names the path", "[pkcs11]")
{
    const QString path = QStringLiteral("/usr/lib/x86_64-linux-gnu/libz.so.1");
    REQUIRE(QFile::exists(path));
    auto module = Pkcs11Module::load(path);
    REQUIRE_FALSE(module);
    CHECK(module.error().code == ErrorCode::Unsupported);
    CHECK(module.error().message.contains(path));
    CHECK(module.error().detail.contains(QStringLiteral("p11_kit_module_load")));
}

TEST_CASE("pkcs11: certificates are listed with ids, names and dates and keys are matched after login", "[pkcs11]")
{
    TwoKeyToken fixture;
    const TestKeyMaterial authority = test::makeTestAuthority(TestKeyType::Rsa2048, QStringLiteral("VT Test CA"));
    fixture.token.addCertificate(QStringLiteral("ca01"), QStringLiteral("ca"), authority.certificatePem);
    auto module = Pkcs11Module::load(SoftHsmToken::modulePath());
    REQUIRE(module);
    const Pkcs11Token token = findToken(QStringLiteral("vt-test"));

    auto before = (*module)->certificates(token);
    REQUIRE(before);
    REQUIRE(before->size() == 3);
    QMap<QString, Pkcs11Certificate> byId;
    for (const Pkcs11Certificate& certificate : *before) {
        byId.insert(certificate.idHex, certificate);
    }
    REQUIRE(byId.keys() == QStringList{QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("ca01")});
    const Pkcs11Certificate& rsa = byId[QStringLiteral("01")];
    CHECK(rsa.label == QStringLiteral("signer"));
    CHECK(rsa.id == QByteArray("\x01", 1));
    CHECK(rsa.der == test::certificatePemToDer(fixture.rsa.certificatePem));
    CHECK(rsa.subjectCommonName == QStringLiteral("Nguyễn Văn An"));
    CHECK(rsa.issuerCommonName == QStringLiteral("Nguyễn Văn An"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(rsa.notBefore < now);
    CHECK(rsa.notAfter > now.addDays(360));
    CHECK(rsa.notAfter.timeSpec() == Qt::UTC);
    CHECK(byId[QStringLiteral("02")].subjectCommonName == QStringLiteral("Trần Thị Bình"));
    CHECK(byId[QStringLiteral("ca01")].subjectCommonName == QStringLiteral("VT Test CA"));
    // SoftHSM hides private keys until login, like most tokens.
    for (const Pkcs11Certificate& certificate : *before) {
        CHECK(certificate.privateKey == Pkcs11KeyPresence::Unknown);
    }

    ScriptedPrompt prompt({pin()});
    auto after = (*module)->certificates(token, prompt);
    REQUIRE(after);
    REQUIRE(after->size() == 3);
    REQUIRE(prompt.requests.size() == 1);
    CHECK(prompt.requests[0].kind == SecretRequest::Kind::TokenPin);
    CHECK(prompt.requests[0].subject == QStringLiteral("vt-test"));
    CHECK(prompt.requests[0].retryMessage.isEmpty());
    for (const Pkcs11Certificate& certificate : *after) {
        CAPTURE(certificate.idHex.toStdString());
        CHECK(
            certificate.privateKey
            == (certificate.idHex == QStringLiteral("ca01") ? Pkcs11KeyPresence::Absent : Pkcs11KeyPresence::Present));
    }
}

TEST_CASE("pkcs11: RSA and ECDSA keys sign with every digest and OpenSSL verifies the signatures", "[pkcs11]")
{
    TwoKeyToken fixture;
    const QByteArray data = QByteArrayLiteral("signed attributes of Quyết định 05/QĐ-UBND");
    for (const QString& id : {QStringLiteral("01"), QStringLiteral("02")}) {
        ScriptedPrompt prompt({pin()});
        auto key = Pkcs11Key::open(keyRef(id), prompt);
        REQUIRE(key);
        CHECK(prompt.requests.size() == 1);
        const bool rsa = id == QStringLiteral("01");
        CHECK((*key)->algorithm() == (rsa ? KeyAlgorithm::Rsa : KeyAlgorithm::Ecdsa));
        CHECK((*key)->keyBits() == (rsa ? 2048 : 256));
        CHECK((*key)->certificateDer()
              == test::certificatePemToDer(rsa ? fixture.rsa.certificatePem : fixture.ec.certificatePem));
        CHECK((*key)->chainDer().isEmpty()); // self-signed
        CHECK((*key)->keyIdHex() == id);
        CHECK((*key)->token().label == QStringLiteral("vt-test"));
        for (const DigestAlgorithm digest : allDigests) {
            CAPTURE(id.toStdString(), static_cast<int>(digest));
            auto signature = (*key)->sign(digest, data);
            REQUIRE(signature);
            if (rsa) {
                CHECK(signature->size() == 256);
            } else {
                CHECK(static_cast<unsigned char>(signature->at(0)) == 0x30); // DER ECDSA-Sig-Value
            }
            CHECK(verifies((*key)->certificateDer(), digest, data, *signature));
            CHECK_FALSE(verifies((*key)->certificateDer(), digest, data + '.', *signature));
        }
    }
}

TEST_CASE("pkcs11: without on-token hashing, RSA signs the DigestInfo with CKM_RSA_PKCS", "[pkcs11]")
{
    SoftHsmToken token;
    token.restrictMechanisms(QStringLiteral("-CKM_SHA256_RSA_PKCS,-CKM_SHA384_RSA_PKCS,-CKM_SHA512_RSA_PKCS"));
    const TestKeyMaterial rsa = test::makeSelfSignedKey(TestKeyType::Rsa2048, QStringLiteral("Lê Văn Cường"));
    token.addKey(QStringLiteral("01"), QStringLiteral("signer"), rsa);
    ScriptedPrompt prompt({pin()});
    auto key = Pkcs11Key::open(keyRef(QStringLiteral("01")), prompt);
    REQUIRE(key);
    const QByteArray data = QByteArrayLiteral("signed attributes");
    for (const DigestAlgorithm digest : allDigests) {
        auto signature = (*key)->sign(digest, data);
        REQUIRE(signature);
        CHECK(verifies((*key)->certificateDer(), digest, data, *signature));
    }
}

TEST_CASE("pkcs11: fifty signatures with one login all verify", "[pkcs11]")
{
    TwoKeyToken fixture;
    ScriptedPrompt prompt({pin()});
    auto key = Pkcs11Key::open(keyRef(QStringLiteral("01")), prompt);
    REQUIRE(key);
    for (int i = 0; i < 50; ++i) {
        const QByteArray data = QByteArrayLiteral("document ") + QByteArray::number(i);
        auto signature = (*key)->sign(DigestAlgorithm::Sha256, data);
        REQUIRE(signature);
        REQUIRE(verifies((*key)->certificateDer(), DigestAlgorithm::Sha256, data, *signature));
    }
    CHECK(prompt.requests.size() == 1);
}

TEST_CASE("pkcs11: two keys share the token login and closing one leaves the other signing", "[pkcs11]")
{
    TwoKeyToken fixture;
    ScriptedPrompt prompt({pin()});
    auto rsa = Pkcs11Key::open(keyRef(QStringLiteral("01")), prompt);
    REQUIRE(rsa);
    auto ec = Pkcs11Key::open(keyRef(QStringLiteral("02")), prompt);
    REQUIRE(ec);
    CHECK(prompt.requests.size() == 1); // the token was already logged in
    *rsa = nullptr;
    auto signature = (*ec)->sign(DigestAlgorithm::Sha256, QByteArrayLiteral("x"));
    REQUIRE(signature);
    CHECK(verifies((*ec)->certificateDer(), DigestAlgorithm::Sha256, QByteArrayLiteral("x"), *signature));

    // A listing after login borrows the open login and leaves it in place.
    auto module = Pkcs11Module::load(SoftHsmToken::modulePath());
    REQUIRE(module);
    ScriptedPrompt listingPrompt({pin()});
    auto listed = (*module)->certificates(findToken(QStringLiteral("vt-test")), listingPrompt);
    REQUIRE(listed);
    CHECK(listingPrompt.requests.empty());
    CHECK((*ec)->sign(DigestAlgorithm::Sha256, QByteArrayLiteral("y")));

    // Once the last key is closed the token is logged out: the next login asks for the PIN again.
    *ec = nullptr;
    ScriptedPrompt laterPrompt({pin()});
    auto later = (*module)->certificates(findToken(QStringLiteral("vt-test")), laterPrompt);
    REQUIRE(later);
    CHECK(laterPrompt.requests.size() == 1);
}

TEST_CASE("pkcs11: a wrong PIN is asked again with the token's warning, then the right one works", "[pkcs11]")
{
    TwoKeyToken fixture;
    ScriptedPrompt prompt({QStringLiteral("9999"), pin()});
    auto key = Pkcs11Key::open(keyRef(QStringLiteral("01")), prompt);
    REQUIRE(key);
    REQUIRE(prompt.requests.size() == 2);
    CHECK(prompt.requests[0].retryMessage.isEmpty());
    CHECK(prompt.requests[1].subject == QStringLiteral("vt-test"));
    CHECK(prompt.requests[1].retryMessage.contains(QStringLiteral("Wrong PIN")));
    // SoftHSM raises CKF_USER_PIN_COUNT_LOW after a wrong PIN; the retry says the token is close to locking.
    CHECK(prompt.requests[1].retryMessage.contains(QStringLiteral("few tries")));
    CHECK((*key)->sign(DigestAlgorithm::Sha256, QByteArrayLiteral("x")));
}

TEST_CASE("pkcs11: three wrong PINs stop before the token locks", "[pkcs11]")
{
    TwoKeyToken fixture;
    ScriptedPrompt prompt({QStringLiteral("1111"), QStringLiteral("2222"), QStringLiteral("3333"), pin()});
    auto key = Pkcs11Key::open(keyRef(QStringLiteral("01")), prompt);
    REQUIRE_FALSE(key);
    CHECK(key.error().code == ErrorCode::InvalidInput);
    CHECK(key.error().message.contains(QStringLiteral("Wrong PIN")));
    CHECK(key.error().message.contains(QStringLiteral("vt-test")));
    CHECK(key.error().detail.contains(QStringLiteral("CKR_PIN_INCORRECT")));
    CHECK(prompt.requests.size() == 3);
    CHECK(findToken(QStringLiteral("vt-test")).flags.userPinCountLow);
}

TEST_CASE("pkcs11: a token whose PIN is locked is never tried", "[pkcs11]")
{
    // SoftHSM never locks a PIN by itself (it only raises CKF_USER_PIN_COUNT_LOW), so the flag is set in its token
    // file; the module then reports it through C_GetTokenInfo like a locked USB token.
    TwoKeyToken fixture;
    fixture.token.changeTokenFlags(CKF_USER_PIN_LOCKED, 0);
    CHECK(findToken(QStringLiteral("vt-test")).flags.userPinLocked);
    ScriptedPrompt prompt({pin()});
    auto key = Pkcs11Key::open(keyRef(QStringLiteral("01")), prompt);
    REQUIRE_FALSE(key);
    CHECK(key.error().code == ErrorCode::Conflict);
    CHECK(key.error().message.contains(QStringLiteral("locked")));
    CHECK(key.error().message.contains(QStringLiteral("certificate authority")));
    CHECK(key.error().detail.contains(QStringLiteral("CKF_USER_PIN_LOCKED")));
    CHECK(prompt.requests.empty());
}

TEST_CASE("pkcs11: a wrong PIN on the token's final try stops at once", "[pkcs11]")
{
    TwoKeyToken fixture;
    fixture.token.changeTokenFlags(CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_COUNT_LOW, 0);
    ScriptedPrompt prompt({QStringLiteral("9999"), pin()});
    auto key = Pkcs11Key::open(keyRef(QStringLiteral("01")), prompt);
    REQUIRE_FALSE(key);
    CHECK(key.error().code == ErrorCode::Conflict);
    CHECK(key.error().detail.contains(QStringLiteral("CKR_PIN_INCORRECT")));
    REQUIRE(prompt.requests.size() == 1);
    // The first request already warns that a wrong PIN locks the token.
    CHECK(prompt.requests[0].retryMessage.contains(QStringLiteral("one try")));
}

TEST_CASE("pkcs11: cancelling the PIN prompt is Cancelled and no PIN reaches the token", "[pkcs11]")
{
    TwoKeyToken fixture;
    ScriptedPrompt prompt({std::nullopt});
    auto key = Pkcs11Key::open(keyRef(QStringLiteral("01")), prompt);
    REQUIRE_FALSE(key);
    CHECK(key.error().code == ErrorCode::Cancelled);
    CHECK(prompt.requests.size() == 1);
    // SoftHSM raises CKF_USER_PIN_COUNT_LOW on any failed C_Login: still clear, so C_Login was not called.
    CHECK_FALSE(findToken(QStringLiteral("vt-test")).flags.userPinCountLow);
}

TEST_CASE("pkcs11: a PIN is never tried on a token other than the chosen one", "[pkcs11]")
{
    TwoKeyToken fixture;
    fixture.token.addToken(QStringLiteral("vt-other"));
    fixture.token.addKey(QStringLiteral("03"), QStringLiteral("other"),
                         test::makeSelfSignedKey(TestKeyType::EcP256, QStringLiteral("Phạm Văn Dũng")),
                         QStringLiteral("vt-other"));

    SECTION("the key id lives on another token")
    {
        ScriptedPrompt prompt({pin()});
        auto key = Pkcs11Key::open(keyRef(QStringLiteral("03")), prompt);
        REQUIRE_FALSE(key);
        CHECK(key.error().code == ErrorCode::NotFound);
        CHECK(key.error().message.contains(QStringLiteral("03")));
        CHECK(prompt.requests.empty());
    }
    SECTION("the token is not plugged in")
    {
        ScriptedPrompt prompt({pin()});
        auto key = Pkcs11Key::open(keyRef(QStringLiteral("01"), QStringLiteral("vt-absent")), prompt);
        REQUIRE_FALSE(key);
        CHECK(key.error().code == ErrorCode::NotFound);
        CHECK(key.error().message.contains(QStringLiteral("vt-absent")));
        CHECK(prompt.requests.empty());
    }
    SECTION("the serial does not match")
    {
        ScriptedPrompt prompt({pin()});
        Pkcs11KeyRef ref = keyRef(QStringLiteral("01"));
        ref.tokenSerial = QStringLiteral("0000000000000000");
        auto key = Pkcs11Key::open(ref, prompt);
        REQUIRE_FALSE(key);
        CHECK(key.error().code == ErrorCode::NotFound);
        CHECK(prompt.requests.empty());
    }
    SECTION("wrong PINs on the chosen token leave the other untouched")
    {
        ScriptedPrompt prompt({QStringLiteral("9999")});
        auto key = Pkcs11Key::open(keyRef(QStringLiteral("01")), prompt);
        REQUIRE_FALSE(key);
        CHECK(findToken(QStringLiteral("vt-test")).flags.userPinCountLow);
        CHECK_FALSE(findToken(QStringLiteral("vt-other")).flags.userPinCountLow);
    }
    SECTION("the other token signs with its own key")
    {
        ScriptedPrompt prompt({pin()});
        auto key = Pkcs11Key::open(keyRef(QStringLiteral("03"), QStringLiteral("vt-other")), prompt);
        REQUIRE(key);
        CHECK(prompt.requests.at(0).subject == QStringLiteral("vt-other"));
        auto signature = (*key)->sign(DigestAlgorithm::Sha384, QByteArrayLiteral("x"));
        REQUIRE(signature);
        CHECK(verifies((*key)->certificateDer(), DigestAlgorithm::Sha384, QByteArrayLiteral("x"), *signature));
    }
}

TEST_CASE("pkcs11: a missing key, a missing certificate and a malformed id are told apart", "[pkcs11]")
{
    TwoKeyToken fixture;
    const TestKeyMaterial orphan = test::makeSelfSignedKey(TestKeyType::Rsa2048, QStringLiteral("Võ Thị Em"));
    fixture.token.addKeyWithoutCertificate(QStringLiteral("04"), QStringLiteral("no-cert"), orphan.privateKeyPem);
    const TestKeyMaterial authority = test::makeTestAuthority(TestKeyType::EcP256, QStringLiteral("VT Test CA"));
    fixture.token.addCertificate(QStringLiteral("ca01"), QStringLiteral("ca"), authority.certificatePem);

    SECTION("no object has the id: refused before any PIN")
    {
        ScriptedPrompt prompt({pin()});
        auto key = Pkcs11Key::open(keyRef(QStringLiteral("7f")), prompt);
        REQUIRE_FALSE(key);
        CHECK(key.error().code == ErrorCode::NotFound);
        CHECK(prompt.requests.empty());
    }
    SECTION("the key has no certificate")
    {
        ScriptedPrompt prompt({pin()});
        auto key = Pkcs11Key::open(keyRef(QStringLiteral("04")), prompt);
        REQUIRE_FALSE(key);
        CHECK(key.error().code == ErrorCode::NotFound);
        CHECK(key.error().message.contains(QStringLiteral("certificate")));
        CHECK(key.error().detail.contains(QStringLiteral("CKO_CERTIFICATE")));
    }
    SECTION("the certificate has no key")
    {
        ScriptedPrompt prompt({pin()});
        auto key = Pkcs11Key::open(keyRef(QStringLiteral("ca01")), prompt);
        REQUIRE_FALSE(key);
        CHECK(key.error().code == ErrorCode::NotFound);
        CHECK(key.error().detail.contains(QStringLiteral("CKO_PRIVATE_KEY")));
    }
    SECTION("the id is not hexadecimal")
    {
        ScriptedPrompt prompt({pin()});
        auto key = Pkcs11Key::open(keyRef(QStringLiteral("xyz")), prompt);
        REQUIRE_FALSE(key);
        CHECK(key.error().code == ErrorCode::InvalidInput);
        CHECK(prompt.requests.empty());
    }
}

TEST_CASE("pkcs11: the chain holds the issuing CA certificates found on the token", "[pkcs11]")
{
    SoftHsmToken token;
    const TestKeyMaterial root = test::makeTestAuthority(TestKeyType::Rsa2048, QStringLiteral("VT Root CA"));
    const TestKeyMaterial other = test::makeTestAuthority(TestKeyType::EcP256, QStringLiteral("Unrelated CA"));
    const TestKeyMaterial signer = test::issueTestKey(TestKeyType::EcP256, QStringLiteral("Đặng Văn Giang"), root);
    token.addKey(QStringLiteral("01"), QStringLiteral("signer"), signer);
    token.addCertificate(QStringLiteral("a1"), QStringLiteral("unrelated"), other.certificatePem);
    token.addCertificate(QStringLiteral("a2"), QStringLiteral("root"), root.certificatePem);

    ScriptedPrompt prompt({pin()});
    auto key = Pkcs11Key::open(keyRef(QStringLiteral("01")), prompt);
    REQUIRE(key);
    REQUIRE((*key)->chainDer().size() == 1);
    CHECK((*key)->chainDer().front() == test::certificatePemToDer(root.certificatePem));
    auto signature = (*key)->sign(DigestAlgorithm::Sha256, QByteArrayLiteral("x"));
    REQUIRE(signature);
    CHECK(verifies((*key)->certificateDer(), DigestAlgorithm::Sha256, QByteArrayLiteral("x"), *signature));
}

TEST_CASE("pkcs11: a token removed or replaced while a key is open gives a clear error", "[pkcs11]")
{
    TwoKeyToken fixture;
    ScriptedPrompt prompt({pin()});
    auto key = Pkcs11Key::open(keyRef(QStringLiteral("01")), prompt);
    REQUIRE(key);
    REQUIRE((*key)->sign(DigestAlgorithm::Sha256, QByteArrayLiteral("before")));

    SECTION("removed: SoftHSM drops the slot and answers CKR_OBJECT_HANDLE_INVALID for the key")
    {
        fixture.token.removeToken();
        auto signature = (*key)->sign(DigestAlgorithm::Sha256, QByteArrayLiteral("after"));
        REQUIRE_FALSE(signature);
        CHECK(signature.error().code == ErrorCode::NotFound);
        CHECK(signature.error().message.contains(QStringLiteral("\"vt-test\" was removed")));
        CHECK(signature.error().detail.contains(QStringLiteral("C_SignInit: CKR_OBJECT_HANDLE_INVALID")));
        // Every later signature fails the same way; nothing crashes when the key is closed.
        CHECK_FALSE((*key)->sign(DigestAlgorithm::Sha256, QByteArrayLiteral("again")));
        *key = nullptr;
    }
    SECTION("wiped: SoftHSM re-initialises in place (same slot and serial) and the key is gone")
    {
        fixture.token.reinitialiseToken();
        auto signature = (*key)->sign(DigestAlgorithm::Sha256, QByteArrayLiteral("after"));
        REQUIRE_FALSE(signature);
        CHECK(signature.error().code == ErrorCode::NotFound);
        CHECK(signature.error().message.contains(QStringLiteral("no longer on token \"vt-test\"")));
        CHECK(signature.error().detail.contains(QStringLiteral("CKR_OBJECT_HANDLE_INVALID")));
    }
}

TEST_CASE("pkcs11: return codes have their PKCS#11 names", "[pkcs11]")
{
    CHECK(pkcs11ReturnCodeName(CKR_OK) == QStringLiteral("CKR_OK"));
    CHECK(pkcs11ReturnCodeName(CKR_PIN_INCORRECT) == QStringLiteral("CKR_PIN_INCORRECT"));
    CHECK(pkcs11ReturnCodeName(CKR_DEVICE_REMOVED) == QStringLiteral("CKR_DEVICE_REMOVED"));
    CHECK(pkcs11ReturnCodeName(CKR_SESSION_HANDLE_INVALID) == QStringLiteral("CKR_SESSION_HANDLE_INVALID"));
    CHECK(pkcs11ReturnCodeName(CKR_VENDOR_DEFINED + 0x12) == QStringLiteral("CKR_VENDOR_DEFINED+0x12"));
    CHECK(pkcs11ReturnCodeName(0x7777) == QStringLiteral("CKR_0x7777"));
}
