// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/pki/TestPki.h"

#include "signing/keys/CertificateIssuer.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace vanthu::test
{
namespace
{

template <auto Free>
struct OpenSslDeleter
{
    template <typename T>
    void operator()(T* pointer) const
    {
        Free(pointer);
    }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, OpenSslDeleter<PKCS12_free>>;

struct CertStackFree
{
    void operator()(STACK_OF(X509) * stack) const
    {
        sk_X509_pop_free(stack, X509_free);
    }
};
using CertStackPtr = std::unique_ptr<STACK_OF(X509), CertStackFree>;

[[noreturn]] void fail(const std::string& what)
{
    std::string detail;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        detail += std::string(detail.empty() ? "" : "; ") + text;
    }
    throw std::runtime_error("TestPki: " + what + (detail.empty() ? std::string() : ": " + detail));
}

template <typename T>
T* check(T* value, const std::string& what)
{
    if (value == nullptr) {
        fail(what);
    }
    return value;
}

void check(int status, const std::string& what)
{
    if (status <= 0) {
        fail(what);
    }
}

constexpr long Day = 24 * 60 * 60;
constexpr long Year = 365 * Day;

struct KeySpec
{
    const char* type; ///< "RSA" or "EC"
    int bits;         ///< RSA modulus size
    const char* curve;
};
constexpr KeySpec Rsa2048{"RSA", 2048, nullptr};
constexpr KeySpec Rsa3072{"RSA", 3072, nullptr};
constexpr KeySpec Rsa4096{"RSA", 4096, nullptr};
constexpr KeySpec P256{"EC", 256, "P-256"};
constexpr KeySpec P384{"EC", 384, "P-384"};

enum class Profile
{
    Signer,
    Tsa,
    TsaExtraUsage,
    WrongKeyUsage,
    OcspResponder,
};

struct Subject
{
    const char* commonName;
    const char* organization;
    const char* locality;
    const char* uid; ///< "CCCD:…" for people, "MST:…" for agencies, as Vietnamese CAs write it; may be null
};

struct IdentitySpec
{
    const char* name;
    KeySpec key;
    Profile profile;
    Subject subject;
    long notBefore; ///< seconds from now
    long notAfter;
};

const IdentitySpec& specOf(TestPki::Identity identity)
{
    using Id = TestPki::Identity;
    static const std::map<Id, IdentitySpec> specs{
        {Id::LeaderRsa2048,
         {"leader-rsa2048",
          Rsa2048,
          Profile::Signer,
          {"Nguyễn Văn An", "UBND Thành phố Hà Nội", "Hà Nội", "CCCD:001085012345"},
          -Day,
          2 * Year}},
        {Id::AgencyRsa3072,
         {"agency-rsa3072",
          Rsa3072,
          Profile::Signer,
          {"UBND Thành phố Hà Nội", "UBND Thành phố Hà Nội", "Hà Nội", "MST:0100100000"},
          -Day,
          2 * Year}},
        {Id::Rsa4096,
         {"rsa4096",
          Rsa4096,
          Profile::Signer,
          {"Trần Thị Bình", "Sở Tư pháp Thành phố Hồ Chí Minh", "Hồ Chí Minh", "CCCD:079190006789"},
          -Day,
          2 * Year}},
        {Id::EcP256,
         {"ec-p256",
          P256,
          Profile::Signer,
          {"Lê Hoàng Cường", "Sở Nội vụ Thành phố Đà Nẵng", "Đà Nẵng", "CCCD:048088001122"},
          -Day,
          2 * Year}},
        {Id::EcP384,
         {"ec-p384",
          P384,
          Profile::Signer,
          {"Phạm Thị Dung", "Bộ Nội vụ", "Hà Nội", "CCCD:001192003344"},
          -Day,
          2 * Year}},
        {Id::Tsa,
         {"tsa", Rsa2048, Profile::Tsa, {"VanThu Test TSA", "VanThu Test PKI", "Hà Nội", nullptr}, -Day, 2 * Year}},
        {Id::TsaExtraUsage,
         {"tsa-extra-usage",
          Rsa2048,
          Profile::TsaExtraUsage,
          {"VanThu Test TSA (extra usage)", "VanThu Test PKI", "Hà Nội", nullptr},
          -Day,
          2 * Year}},
        {Id::Expired,
         {"expired",
          Rsa2048,
          Profile::Signer,
          {"Hoàng Văn Em", "UBND Quận Ba Đình", "Hà Nội", "CCCD:001080005566"},
          -400 * Day,
          -35 * Day}},
        {Id::NotYetValid,
         {"not-yet-valid",
          Rsa2048,
          Profile::Signer,
          {"Vũ Thị Giang", "UBND Quận Hoàn Kiếm", "Hà Nội", "CCCD:001195007788"},
          30 * Day,
          2 * Year}},
        {Id::WrongKeyUsage,
         {"wrong-key-usage",
          Rsa2048,
          Profile::WrongKeyUsage,
          {"Đặng Văn Hải", "Sở Tài chính Thành phố Hà Nội", "Hà Nội", "CCCD:001087009900"},
          -Day,
          2 * Year}},
        {Id::OcspResponder,
         {"ocsp-responder",
          Rsa2048,
          Profile::OcspResponder,
          {"VanThu Test OCSP Responder", "VanThu Test PKI", "Hà Nội", nullptr},
          -Day,
          Year}},
    };
    return specs.at(identity);
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray keyPem(EVP_PKEY* key)
{
    BioPtr bio(check(BIO_new(BIO_s_mem()), "BIO_new"));
    check(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr), "writing a key");
    return bioBytes(bio.get());
}

QByteArray certPem(X509* cert)
{
    BioPtr bio(check(BIO_new(BIO_s_mem()), "BIO_new"));
    check(PEM_write_bio_X509(bio.get(), cert), "writing a certificate");
    return bioBytes(bio.get());
}

QByteArray certDer(X509* cert)
{
    unsigned char* der = nullptr;
    const int size = i2d_X509(cert, &der);
    check(size, "encoding a certificate");
    QByteArray bytes(reinterpret_cast<const char*>(der), size);
    OPENSSL_free(der);
    return bytes;
}

QString serialOf(X509* cert)
{
    BignumPtr number(check(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr), "reading a serial number"));
    char* hex = check(BN_bn2hex(number.get()), "BN_bn2hex");
    const QString serial = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return serial;
}

CertPtr certFromDer(const QByteArray& der)
{
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return CertPtr(check(d2i_X509(nullptr, &data, der.size()), "decoding a certificate"));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw std::runtime_error("TestPki: cannot write " + path.toStdString() + ": "
                                 + file.errorString().toStdString());
    }
}

bool keyMatches(EVP_PKEY* key, const KeySpec& spec)
{
    return EVP_PKEY_is_a(key, spec.type) && EVP_PKEY_get_bits(key) == spec.bits;
}

KeyPtr generateKey(const KeySpec& spec)
{
    EVP_PKEY* key = spec.curve != nullptr ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", spec.curve)
                                          : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(spec.bits));
    return KeyPtr(check(key, std::string("generating a ") + spec.type + " key"));
}

/** The key named @p label: from the cache folder if it holds one of the right kind, else new (and cached). */
KeyPtr obtainKey(const QString& cacheDirectory, const QString& label, const KeySpec& spec)
{
    if (cacheDirectory.isEmpty()) {
        return generateKey(spec);
    }
    const QString path = cacheDirectory + QLatin1Char('/') + label + QStringLiteral(".key.pem");
    QFile cached(path);
    if (cached.open(QIODevice::ReadOnly)) {
        const QByteArray pem = cached.readAll();
        BioPtr bio(check(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), "BIO_new_mem_buf"));
        KeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
        ERR_clear_error(); // a damaged cache entry is replaced below
        if (key && keyMatches(key.get(), spec)) {
            return key;
        }
    }
    KeyPtr key = generateKey(spec);
    if (!QDir().mkpath(cacheDirectory)) {
        throw std::runtime_error("TestPki: cannot create " + cacheDirectory.toStdString());
    }
    // Concurrent test processes may race here; each rename is atomic and either key is a valid entry.
    writeFile(path, keyPem(key.get()));
    return key;
}

struct Issuer
{
    X509* cert = nullptr; ///< null: self-signed
    EVP_PKEY* key = nullptr;
};

/** A certificate for @p subjectKey with @p extensions (NID, OpenSSL config value), signed with SHA-256. */
CertPtr issue(const Subject& subject, EVP_PKEY* subjectKey, const Issuer& issuer, long notBefore, long notAfter,
              const std::vector<std::pair<int, std::string>>& extensions)
{
    signing::CertificateRequest request;
    request.commonName = subject.commonName;
    request.organization = subject.organization;
    request.locality = subject.locality;
    request.uid = subject.uid;
    request.notBeforeSeconds = notBefore;
    request.notAfterSeconds = notAfter;
    request.extensions = extensions;
    return CertPtr(check(signing::issueCertificate(request, subjectKey, issuer.cert, issuer.key).release(),
                         "issuing a certificate for " + std::string(subject.commonName)));
}

} // namespace

struct TestPki::State
{
    QString directory;
    TestPkiOptions options;
    QString keyCache;
    KeyPtr rootKey;
    CertPtr root;
    KeyPtr intermediateKey;
    CertPtr intermediate;

    struct Issued
    {
        KeyPtr key;
        CertPtr cert;
        Files files;
    };
    std::map<TestPki::Identity, Issued> issued;

    [[nodiscard]] QString path(const QString& fileName) const
    {
        return directory + QLatin1Char('/') + fileName;
    }

    /**
     * AIA and CRL DP extensions for certificates below the root, when the options name URLs; @p crlUrl, when not
     * empty, replaces options.crlUrl.
     */
    [[nodiscard]] std::vector<std::pair<int, std::string>> revocationExtensions(const QString& crlUrl = {}) const
    {
        std::vector<std::pair<int, std::string>> extensions;
        if (!options.ocspUrl.isEmpty()) {
            extensions.emplace_back(NID_info_access, "OCSP;URI:" + options.ocspUrl.toStdString());
        }
        const QString& distributionPoint = crlUrl.isEmpty() ? options.crlUrl : crlUrl;
        if (!distributionPoint.isEmpty()) {
            extensions.emplace_back(NID_crl_distribution_points, "URI:" + distributionPoint.toStdString());
        }
        return extensions;
    }

    [[nodiscard]] QByteArray pkcs12(EVP_PKEY* key, X509* cert, const std::vector<X509*>& others,
                                    const QByteArray& password, const QString& friendlyName) const
    {
        CertStackPtr stack(check(sk_X509_new_null(), "sk_X509_new_null"));
        for (X509* other : others) {
            check(X509_up_ref(other), "X509_up_ref");
            if (sk_X509_push(stack.get(), other) <= 0) {
                X509_free(other);
                fail("sk_X509_push");
            }
        }
        const QByteArray name = friendlyName.toUtf8();
        // nid_key, nid_cert, iterations, MAC iterations 0: OpenSSL 3's defaults (AES-256-CBC, PBKDF2, SHA-256 MAC).
        Pkcs12Ptr p12(check(PKCS12_create(password.constData(), name.isEmpty() ? nullptr : name.constData(), key, cert,
                                          stack.get(), 0, 0, 0, 0, 0),
                            "PKCS12_create"));
        unsigned char* der = nullptr;
        const int size = i2d_PKCS12(p12.get(), &der);
        check(size, "i2d_PKCS12");
        QByteArray bytes(reinterpret_cast<const char*>(der), size);
        OPENSSL_free(der);
        return bytes;
    }
};

TestPki::TestPki(const QString& directory, TestPkiOptions options) : m_state(std::make_unique<State>())
{
    State& s = *m_state;
    s.directory = QDir(directory).absolutePath();
    s.options = std::move(options);
#ifdef VANTHU_TEST_PKI_KEY_CACHE
    if (s.options.cacheKeys) {
        s.keyCache = QString::fromUtf8(VANTHU_TEST_PKI_KEY_CACHE) + QLatin1Char('/') + s.options.keySet;
    }
#endif
    if (!QDir().mkpath(s.directory)) {
        throw std::runtime_error("TestPki: cannot create " + s.directory.toStdString());
    }

    const Subject rootSubject{"VanThu Test Root CA", "VanThu Test PKI", nullptr, nullptr};
    s.rootKey = obtainKey(s.keyCache, QStringLiteral("root-rsa3072"), Rsa3072);
    s.root = issue(rootSubject, s.rootKey.get(), Issuer{nullptr, s.rootKey.get()}, -5 * Year, 10 * Year,
                   {{NID_basic_constraints, "critical,CA:TRUE"}, {NID_key_usage, "critical,keyCertSign,cRLSign"}});

    const Subject intermediateSubject{"VanThu Test Issuing CA", "VanThu Test PKI", nullptr, nullptr};
    s.intermediateKey = obtainKey(s.keyCache, QStringLiteral("intermediate-rsa2048"), Rsa2048);
    auto extensions = s.revocationExtensions(s.options.issuingCaCrlUrl);
    extensions.insert(extensions.begin(), {{NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
                                           {NID_key_usage, "critical,keyCertSign,cRLSign"}});
    s.intermediate = issue(intermediateSubject, s.intermediateKey.get(), Issuer{s.root.get(), s.rootKey.get()},
                           -5 * Year, 8 * Year, extensions);

    writeFile(rootCertPath(), certPem(s.root.get()));
    writeFile(rootKeyPath(), keyPem(s.rootKey.get()));
    writeFile(intermediateCertPath(), certPem(s.intermediate.get()));
    writeFile(intermediateKeyPath(), keyPem(s.intermediateKey.get()));
    writeFile(chainPath(), certPem(s.intermediate.get()) + certPem(s.root.get()));
}

TestPki::~TestPki() = default;

QString TestPki::directory() const
{
    return m_state->directory;
}

QByteArray TestPki::pkcs12Password() const
{
    return m_state->options.pkcs12Password;
}

QString TestPki::rootCertPath() const
{
    return m_state->path(QStringLiteral("root.cert.pem"));
}

QString TestPki::rootKeyPath() const
{
    return m_state->path(QStringLiteral("root.key.pem"));
}

QString TestPki::intermediateCertPath() const
{
    return m_state->path(QStringLiteral("intermediate.cert.pem"));
}

QString TestPki::intermediateKeyPath() const
{
    return m_state->path(QStringLiteral("intermediate.key.pem"));
}

QString TestPki::chainPath() const
{
    return m_state->path(QStringLiteral("chain.pem"));
}

QByteArray TestPki::rootDer() const
{
    return certDer(m_state->root.get());
}

QByteArray TestPki::intermediateDer() const
{
    return certDer(m_state->intermediate.get());
}

QList<QByteArray> TestPki::chainDer() const
{
    return {intermediateDer(), rootDer()};
}

QString TestPki::nameOf(Identity identity)
{
    return QString::fromUtf8(specOf(identity).name);
}

const TestPki::Files& TestPki::identity(Identity identity)
{
    State& s = *m_state;
    if (const auto found = s.issued.find(identity); found != s.issued.end()) {
        return found->second.files;
    }
    const IdentitySpec& spec = specOf(identity);
    const QString name = QString::fromUtf8(spec.name);
    const KeySpec key = spec.key;
    State::Issued issued;
    issued.key = obtainKey(s.keyCache, name, key);

    std::vector<std::pair<int, std::string>> extensions{{NID_basic_constraints, "critical,CA:FALSE"}};
    switch (spec.profile) {
    case Profile::Signer:
        extensions.emplace_back(NID_key_usage, "critical,digitalSignature,nonRepudiation");
        // emailProtection and id-kp-documentSigning (RFC 9336).
        extensions.emplace_back(NID_ext_key_usage, "emailProtection,1.3.6.1.5.5.7.3.36");
        break;
    case Profile::Tsa:
        extensions.emplace_back(NID_key_usage, "critical,digitalSignature,nonRepudiation");
        extensions.emplace_back(NID_ext_key_usage, "critical,timeStamping");
        break;
    case Profile::TsaExtraUsage:
        // OpenSSL's TSA accepts it (it ignores EKU OIDs it does not know); RFC 3161 clients must not.
        extensions.emplace_back(NID_key_usage, "critical,digitalSignature,nonRepudiation");
        extensions.emplace_back(NID_ext_key_usage, "critical,timeStamping,1.3.6.1.5.5.7.3.36");
        break;
    case Profile::WrongKeyUsage:
        extensions.emplace_back(NID_key_usage, "critical,keyCertSign");
        extensions.emplace_back(NID_ext_key_usage, "emailProtection,1.3.6.1.5.5.7.3.36");
        break;
    case Profile::OcspResponder:
        // RFC 6960 4.2.2.2: a delegate of the CA; id-pkix-ocsp-nocheck tells clients not to check its own status.
        extensions.emplace_back(NID_key_usage, "critical,digitalSignature");
        extensions.emplace_back(NID_ext_key_usage, "OCSPSigning");
        extensions.emplace_back(NID_id_pkix_OCSP_noCheck, "ignored");
        break;
    }
    if (spec.profile != Profile::OcspResponder) {
        const auto revocation = s.revocationExtensions();
        extensions.insert(extensions.end(), revocation.begin(), revocation.end());
    }
    issued.cert = issue(spec.subject, issued.key.get(), Issuer{s.intermediate.get(), s.intermediateKey.get()},
                        spec.notBefore, spec.notAfter, extensions);

    Files& files = issued.files;
    files.name = name;
    files.keyPem = s.path(name + QStringLiteral(".key.pem"));
    files.certPem = s.path(name + QStringLiteral(".cert.pem"));
    files.certDer = s.path(name + QStringLiteral(".cert.der"));
    files.p12 = s.path(name + QStringLiteral(".p12"));
    files.certificateDer = certDer(issued.cert.get());
    writeFile(files.keyPem, keyPem(issued.key.get()));
    writeFile(files.certPem, certPem(issued.cert.get()));
    writeFile(files.certDer, files.certificateDer);
    writeFile(files.p12, s.pkcs12(issued.key.get(), issued.cert.get(), {s.intermediate.get(), s.root.get()},
                                  s.options.pkcs12Password, name));
    return s.issued.emplace(identity, std::move(issued)).first->second.files;
}

QString TestPki::serialHex(Identity identity)
{
    this->identity(identity);
    return serialOf(m_state->issued.at(identity).cert.get());
}

QString TestPki::intermediateSerialHex() const
{
    return serialOf(m_state->intermediate.get());
}

QString TestPki::writePkcs12(const QString& fileName, std::optional<Identity> keyOf,
                             std::optional<Identity> certificateOf, const QList<QByteArray>& otherCertificatesDer,
                             const QByteArray& password)
{
    State& s = *m_state;
    if (keyOf) {
        identity(*keyOf);
    }
    if (certificateOf) {
        identity(*certificateOf);
    }
    EVP_PKEY* key = keyOf ? s.issued.at(*keyOf).key.get() : nullptr;
    X509* cert = certificateOf ? s.issued.at(*certificateOf).cert.get() : nullptr;
    std::vector<CertPtr> decoded;
    std::vector<X509*> others;
    if (key != nullptr && cert != nullptr && keyOf != certificateOf) {
        // PKCS12_create refuses a certificate that does not match the key; store it as one of the others.
        others.push_back(cert);
        cert = nullptr;
    }
    for (const QByteArray& der : otherCertificatesDer) {
        decoded.push_back(certFromDer(der));
        others.push_back(decoded.back().get());
    }
    const QString path = s.path(fileName);
    writeFile(path, s.pkcs12(key, cert, others, password, fileName));
    return path;
}

} // namespace vanthu::test
