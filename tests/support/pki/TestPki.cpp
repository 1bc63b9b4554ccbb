// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/pki/TestPki.h"

#include "signing/keys/CertificateIssuer.h"
#include "signing/keys/FreeDeleter.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ocsp.h>
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

// The project's one deleter for C libraries' free functions.
template <auto Free>
using OpenSslDeleter = vanthu::signing::FreeDeleter<Free>;
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
    std::map<QString, Issued> custom;

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

    /** Writes the files of one issued certificate, named @p name. */
    void writeIdentity(const QString& name, Issued& identity) const
    {
        Files& files = identity.files;
        files.name = name;
        files.keyPem = path(name + QStringLiteral(".key.pem"));
        files.certPem = path(name + QStringLiteral(".cert.pem"));
        files.certDer = path(name + QStringLiteral(".cert.der"));
        files.p12 = path(name + QStringLiteral(".p12"));
        files.certificateDer = certDer(identity.cert.get());
        writeFile(files.keyPem, keyPem(identity.key.get()));
        writeFile(files.certPem, certPem(identity.cert.get()));
        writeFile(files.certDer, files.certificateDer);
        writeFile(files.p12, pkcs12(identity.key.get(), identity.cert.get(), {intermediate.get(), root.get()},
                                    options.pkcs12Password, name));
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

    s.writeIdentity(name, issued);
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

namespace vanthu::test
{
namespace
{

using TimePtr = std::unique_ptr<ASN1_TIME, OpenSslDeleter<ASN1_TIME_free>>;
using OcspIdPtr = std::unique_ptr<OCSP_CERTID, OpenSslDeleter<OCSP_CERTID_free>>;
using OcspBasicPtr = std::unique_ptr<OCSP_BASICRESP, OpenSslDeleter<OCSP_BASICRESP_free>>;
using OcspResponsePtr = std::unique_ptr<OCSP_RESPONSE, OpenSslDeleter<OCSP_RESPONSE_free>>;
using CrlPtr = std::unique_ptr<X509_CRL, OpenSslDeleter<X509_CRL_free>>;
using IntegerPtr = std::unique_ptr<ASN1_INTEGER, OpenSslDeleter<ASN1_INTEGER_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;
using ObjectPtr = std::unique_ptr<ASN1_OBJECT, OpenSslDeleter<ASN1_OBJECT_free>>;
using OctetsPtr = std::unique_ptr<ASN1_OCTET_STRING, OpenSslDeleter<ASN1_OCTET_STRING_free>>;
using IdpPtr = std::unique_ptr<ISSUING_DIST_POINT, OpenSslDeleter<ISSUING_DIST_POINT_free>>;

TimePtr asn1Time(const QDateTime& time)
{
    return TimePtr(check(ASN1_TIME_set(nullptr, static_cast<time_t>(time.toSecsSinceEpoch())), "ASN1_TIME_set"));
}

/** An extension no validator knows (a private OID under an arbitrary arc), marked critical. */
ExtensionPtr unknownCriticalExtension()
{
    ObjectPtr object(check(OBJ_txt2obj("1.3.6.1.4.1.55555.1.1", 1), "OBJ_txt2obj"));
    OctetsPtr value(check(ASN1_OCTET_STRING_new(), "ASN1_OCTET_STRING_new"));
    static const unsigned char null[] = {0x05, 0x00};
    check(ASN1_OCTET_STRING_set(value.get(), null, sizeof null), "ASN1_OCTET_STRING_set");
    return ExtensionPtr(
        check(X509_EXTENSION_create_by_OBJ(nullptr, object.get(), 1, value.get()), "X509_EXTENSION_create_by_OBJ"));
}

int curveBits(const QString& curve)
{
    return curve == QLatin1String("P-224")   ? 224
           : curve == QLatin1String("P-384") ? 384
           : curve == QLatin1String("P-521") ? 521
                                             : 256;
}

} // namespace

const TestPki::Files& TestPki::customIdentity(const CustomIdentity& spec)
{
    State& s = *m_state;
    if (const auto found = s.custom.find(spec.name); found != s.custom.end()) {
        return found->second.files;
    }
    State::Issued issued;
    const std::string curve = spec.curve.toStdString();
    if (spec.keyType == QLatin1String("EC")) {
        issued.key = generateKey(KeySpec{"EC", curveBits(spec.curve), curve.c_str()});
    } else if (spec.rsaBits >= 2048) {
        // Cached like the fixed identities' keys: RSA generation is what costs.
        issued.key = obtainKey(s.keyCache, QStringLiteral("custom-rsa%1").arg(spec.rsaBits),
                               KeySpec{"RSA", spec.rsaBits, nullptr});
    } else {
        issued.key = generateKey(KeySpec{"RSA", spec.rsaBits, nullptr});
    }
    std::vector<std::pair<int, std::string>> extensions{{NID_basic_constraints, "critical,CA:FALSE"},
                                                        {NID_key_usage, spec.keyUsage.toStdString()}};
    if (spec.extendedKeyUsage) {
        extensions.emplace_back(NID_ext_key_usage, spec.extendedKeyUsage->toStdString());
    }
    const auto revocation = s.revocationExtensions();
    extensions.insert(extensions.end(), revocation.begin(), revocation.end());
    const std::string name = spec.name.toStdString();
    const Subject subject{name.c_str(), "VanThu Test PKI", "Hà Nội", nullptr};
    issued.cert = issue(subject, issued.key.get(), Issuer{s.intermediate.get(), s.intermediateKey.get()}, -Day,
                        2 * Year, extensions);
    if (spec.certificateDigest == QLatin1String("SHA1")) {
        check(X509_sign(issued.cert.get(), s.intermediateKey.get(), EVP_sha1()), "re-signing with SHA-1");
    }
    s.writeIdentity(spec.name, issued);
    return s.custom.emplace(spec.name, std::move(issued)).first->second.files;
}

QByteArray TestPki::ocspResponse(const QByteArray& certificateDer, const OcspAnswer& answer) const
{
    const State& s = *m_state;
    CertPtr certificate = certFromDer(certificateDer);
    OcspIdPtr id(check(OCSP_cert_to_id(nullptr, certificate.get(), s.intermediate.get()), "OCSP_cert_to_id"));
    OcspBasicPtr basic(check(OCSP_BASICRESP_new(), "OCSP_BASICRESP_new"));
    TimePtr thisUpdate = asn1Time(answer.thisUpdate);
    TimePtr nextUpdate = answer.nextUpdate.isValid() ? asn1Time(answer.nextUpdate) : nullptr;
    TimePtr revoked = answer.revoked ? asn1Time(answer.revocationTime) : nullptr;
    check(OCSP_basic_add1_status(basic.get(), id.get(),
                                 answer.revoked ? V_OCSP_CERTSTATUS_REVOKED : V_OCSP_CERTSTATUS_GOOD,
                                 answer.revoked ? OCSP_REVOKED_STATUS_KEYCOMPROMISE : -1, revoked.get(),
                                 thisUpdate.get(), nextUpdate.get()),
          "OCSP_basic_add1_status");
    check(OCSP_basic_sign(basic.get(), s.intermediate.get(), s.intermediateKey.get(), EVP_sha256(), nullptr, 0),
          "OCSP_basic_sign");
    OcspResponsePtr response(
        check(OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic.get()), "OCSP_response_create"));
    unsigned char* der = nullptr;
    const int size = i2d_OCSP_RESPONSE(response.get(), &der);
    check(size, "i2d_OCSP_RESPONSE");
    QByteArray bytes(reinterpret_cast<const char*>(der), size);
    OPENSSL_free(der);
    return bytes;
}

QByteArray TestPki::issuingCaCrl(const CrlSpec& spec) const
{
    const State& s = *m_state;
    CrlPtr crl(check(X509_CRL_new(), "X509_CRL_new"));
    check(X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2), "X509_CRL_set_version");
    check(X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(s.intermediate.get())), "CRL issuer");
    check(X509_CRL_set1_lastUpdate(crl.get(), asn1Time(spec.thisUpdate).get()), "CRL thisUpdate");
    check(X509_CRL_set1_nextUpdate(crl.get(), asn1Time(spec.nextUpdate).get()), "CRL nextUpdate");
    for (const QByteArray& der : spec.revokedDer) {
        CertPtr certificate = certFromDer(der);
        X509_REVOKED* entry = check(X509_REVOKED_new(), "X509_REVOKED_new");
        X509_REVOKED_set_serialNumber(entry, X509_get_serialNumber(certificate.get()));
        X509_REVOKED_set_revocationDate(entry, asn1Time(spec.revocationTime).get());
        if (spec.unknownCriticalEntryExtension) {
            X509_REVOKED_add_ext(entry, unknownCriticalExtension().get(), -1);
        }
        if (X509_CRL_add0_revoked(crl.get(), entry) != 1) {
            X509_REVOKED_free(entry);
            fail("X509_CRL_add0_revoked");
        }
    }
    IntegerPtr number(check(ASN1_INTEGER_new(), "ASN1_INTEGER_new"));
    ASN1_INTEGER_set(number.get(), 7);
    check(X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number.get(), 0, 0), "CRL number");
    if (spec.delta) {
        check(X509_CRL_add1_ext_i2d(crl.get(), NID_delta_crl, number.get(), 1, 0), "delta CRL indicator");
    }
    if (!spec.distributionPoint.isEmpty()) {
        IdpPtr idp(check(ISSUING_DIST_POINT_new(), "ISSUING_DIST_POINT_new"));
        idp->distpoint = check(DIST_POINT_NAME_new(), "DIST_POINT_NAME_new");
        idp->distpoint->type = 0;
        idp->distpoint->name.fullname = check(GENERAL_NAMES_new(), "GENERAL_NAMES_new");
        GENERAL_NAME* uri = check(GENERAL_NAME_new(), "GENERAL_NAME_new");
        ASN1_IA5STRING* text = check(ASN1_IA5STRING_new(), "ASN1_IA5STRING_new");
        const QByteArray url = spec.distributionPoint.toLatin1();
        ASN1_STRING_set(text, url.constData(), static_cast<int>(url.size()));
        GENERAL_NAME_set0_value(uri, GEN_URI, text);
        sk_GENERAL_NAME_push(idp->distpoint->name.fullname, uri);
        check(X509_CRL_add1_ext_i2d(crl.get(), NID_issuing_distribution_point, idp.get(), 1, 0), "CRL IDP");
    }
    if (spec.unknownCriticalExtension) {
        check(X509_CRL_add_ext(crl.get(), unknownCriticalExtension().get(), -1), "CRL extension");
    }
    X509_CRL_sort(crl.get());
    check(X509_CRL_sign(crl.get(), s.intermediateKey.get(), EVP_sha256()), "X509_CRL_sign");
    unsigned char* der = nullptr;
    const int size = i2d_X509_CRL(crl.get(), &der);
    check(size, "i2d_X509_CRL");
    QByteArray bytes(reinterpret_cast<const char*>(der), size);
    OPENSSL_free(der);
    return bytes;
}

} // namespace vanthu::test
