// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pkcs12/Pkcs12Key.h"

#include "signing/keys/FreeDeleter.h"
#include "signing/keys/OpenSslTypes.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <optional>
#include <vector>

namespace vanthu::signing
{
namespace
{

struct Pkcs12Text
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs12Text)
};

using KeyPtr = std::unique_ptr<EVP_PKEY, FreeDeleter<EVP_PKEY_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, FreeDeleter<PKCS12_free>>;
using MdContextPtr = std::unique_ptr<EVP_MD_CTX, FreeDeleter<EVP_MD_CTX_free>>;
using LibraryContextPtr = std::unique_ptr<OSSL_LIB_CTX, FreeDeleter<OSSL_LIB_CTX_free>>;
using ProviderPtr = std::unique_ptr<OSSL_PROVIDER, FreeDeleter<OSSL_PROVIDER_unload>>;
using Pkcs8Ptr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, FreeDeleter<PKCS8_PRIV_KEY_INFO_free>>;

struct Pkcs7StackFree
{
    void operator()(STACK_OF(PKCS7) * stack) const
    {
        sk_PKCS7_pop_free(stack, PKCS7_free);
    }
};
using Pkcs7StackPtr = std::unique_ptr<STACK_OF(PKCS7), Pkcs7StackFree>;

struct SafeBagStackFree
{
    void operator()(STACK_OF(PKCS12_SAFEBAG) * stack) const
    {
        sk_PKCS12_SAFEBAG_pop_free(stack, PKCS12_SAFEBAG_free);
    }
};
using SafeBagStackPtr = std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), SafeBagStackFree>;

constexpr qint64 MaximumFileSize = 16 * 1024 * 1024;

/** Takes OpenSSL's queued errors (for the technical detail; they never hold the password). */
QString openSslErrors()
{
    QStringList parts;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        parts.append(QString::fromUtf8(text));
    }
    return parts.join(QStringLiteral("; "));
}

Error makeError(ErrorCode code, const QString& message, const QString& detail = QString())
{
    return Error{code, message, detail};
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
    return "SHA256";
}

class Pkcs12SigningKey final : public SigningKey
{
public:
    Pkcs12SigningKey(KeyPtr key, QByteArray certificate, QList<QByteArray> chain, KeyAlgorithm algorithm, int bits)
        : m_key(std::move(key))
        , m_certificate(std::move(certificate))
        , m_chain(std::move(chain))
        , m_algorithm(algorithm)
        , m_bits(bits)
    {
    }

    [[nodiscard]] QByteArray certificateDer() const override
    {
        return m_certificate;
    }
    [[nodiscard]] QList<QByteArray> chainDer() const override
    {
        return m_chain;
    }
    [[nodiscard]] KeyAlgorithm algorithm() const override
    {
        return m_algorithm;
    }
    [[nodiscard]] int keyBits() const override
    {
        return m_bits;
    }

    [[nodiscard]] Result<QByteArray> sign(DigestAlgorithm digest, const QByteArray& data) override
    {
        ERR_clear_error();
        MdContextPtr context(EVP_MD_CTX_new());
        EVP_PKEY_CTX* keyContext = nullptr;
        if (!context
            || EVP_DigestSignInit_ex(context.get(), &keyContext, digestName(digest), nullptr, nullptr, m_key.get(),
                                     nullptr)
                   != 1) {
            return signingFailed();
        }
        if (m_algorithm == KeyAlgorithm::Rsa && EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) != 1) {
            return signingFailed();
        }
        const auto* input = reinterpret_cast<const unsigned char*>(data.constData());
        const auto inputSize = static_cast<size_t>(data.size());
        size_t size = 0;
        if (EVP_DigestSign(context.get(), nullptr, &size, input, inputSize) != 1) {
            return signingFailed();
        }
        QByteArray signature(static_cast<qsizetype>(size), '\0');
        if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &size, input, inputSize)
            != 1) {
            return signingFailed();
        }
        signature.truncate(static_cast<qsizetype>(size)); // an ECDSA signature is often shorter than the maximum
        return signature;
    }

private:
    static Error signingFailed()
    {
        return makeError(ErrorCode::Internal, Pkcs12Text::tr("The key from the PKCS#12 file could not sign."),
                         openSslErrors());
    }

    KeyPtr m_key;
    QByteArray m_certificate;
    QList<QByteArray> m_chain;
    KeyAlgorithm m_algorithm;
    int m_bits;
};

/** What a PKCS#12 file holds: its first private key, the certificate of that key, and every other certificate. */
struct Contents
{
    KeyPtr key;
    X509Pointer certificate;
    X509Stack others;
};

/**
 * The password as the file's MAC accepts it: the bytes typed, or for an empty answer a null or an empty password
 * (writers differ). nullopt when the MAC refuses it. Files without a MAC get the bytes typed; decryption decides.
 */
std::optional<const char*> acceptedPassword(PKCS12* p12, const QByteArray& utf8)
{
    if (PKCS12_mac_present(p12) != 1) {
        return utf8.constData();
    }
    if (utf8.isEmpty()) {
        if (PKCS12_verify_mac(p12, nullptr, 0) == 1) {
            return nullptr;
        }
        if (PKCS12_verify_mac(p12, "", 0) == 1) {
            return "";
        }
        return std::nullopt;
    }
    if (PKCS12_verify_mac(p12, utf8.constData(), static_cast<int>(utf8.size())) == 1) {
        return utf8.constData();
    }
    return std::nullopt;
}

bool parseWithDefaultContext(PKCS12* p12, const char* password, Contents& contents)
{
    EVP_PKEY* key = nullptr;
    X509* certificate = nullptr;
    STACK_OF(X509)* others = nullptr;
    if (PKCS12_parse(p12, password, &key, &certificate, &others) != 1) {
        return false;
    }
    contents.key.reset(key);
    contents.certificate.reset(certificate);
    contents.others.reset(others);
    return true;
}

/** Reads the bags of @p bags (and of nested safe contents) into @p contents; false on a decryption failure. */
bool collectBags(const STACK_OF(PKCS12_SAFEBAG) * bags, const char* password, OSSL_LIB_CTX* library, Contents& contents,
                 std::vector<X509Pointer>& certificates)
{
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, i);
        switch (PKCS12_SAFEBAG_get_nid(bag)) {
        case NID_keyBag:
            if (!contents.key) {
                contents.key.reset(EVP_PKCS82PKEY(PKCS12_SAFEBAG_get0_p8inf(bag)));
                if (!contents.key) {
                    return false;
                }
            }
            break;
        case NID_pkcs8ShroudedKeyBag:
            if (!contents.key) {
                const Pkcs8Ptr info(PKCS12_decrypt_skey_ex(bag, password, -1, library, nullptr));
                if (!info) {
                    return false;
                }
                // The key object lives in the default library context, not in the private one used to decrypt.
                contents.key.reset(EVP_PKCS82PKEY(info.get()));
                if (!contents.key) {
                    return false;
                }
            }
            break;
        case NID_certBag:
            if (PKCS12_SAFEBAG_get_bag_nid(bag) == NID_x509Certificate) {
                X509Pointer certificate(PKCS12_SAFEBAG_get1_cert(bag));
                if (!certificate) {
                    return false;
                }
                certificates.push_back(std::move(certificate));
            }
            break;
        case NID_safeContentsBag:
            if (!collectBags(PKCS12_SAFEBAG_get0_safes(bag), password, library, contents, certificates)) {
                return false;
            }
            break;
        default:
            break; // CRL and secret bags are not ours to read
        }
    }
    return true;
}

/**
 * Reads a file that OpenSSL's default provider cannot decrypt (RC2-40, written by older Windows and Java tools),
 * with the legacy provider loaded into a private library context so the process-wide one stays as it is.
 */
Result<Contents> parseWithLegacyProvider(PKCS12* p12, const char* password, const QString& fileName)
{
    const LibraryContextPtr library(OSSL_LIB_CTX_new());
    if (!library) {
        return makeError(ErrorCode::Internal, Pkcs12Text::tr("%1 could not be read.").arg(fileName), openSslErrors());
    }
    const ProviderPtr legacy(OSSL_PROVIDER_load(library.get(), "legacy"));
    const ProviderPtr standard(OSSL_PROVIDER_load(library.get(), "default"));
    if (!legacy || !standard) {
        return makeError(ErrorCode::Unsupported,
                         Pkcs12Text::tr("%1 uses an old encryption (RC2) that needs OpenSSL's legacy provider, which "
                                        "is not installed. Export the key again with AES encryption.")
                             .arg(fileName),
                         openSslErrors());
    }
    Contents contents;
    std::vector<X509Pointer> certificates;
    const Pkcs7StackPtr safes(PKCS12_unpack_authsafes(p12));
    bool readable = static_cast<bool>(safes);
    for (int i = 0; readable && i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7* safe = sk_PKCS7_value(safes.get(), i);
        SafeBagStackPtr bags;
        switch (OBJ_obj2nid(safe->type)) {
        case NID_pkcs7_data:
            bags.reset(PKCS12_unpack_p7data(safe));
            break;
        case NID_pkcs7_encrypted:
            bags.reset(static_cast<STACK_OF(PKCS12_SAFEBAG)*>(PKCS12_item_decrypt_d2i_ex(
                safe->d.encrypted->enc_data->algorithm, ASN1_ITEM_rptr(PKCS12_SAFEBAGS), password, -1,
                safe->d.encrypted->enc_data->enc_data, 1, library.get(), nullptr)));
            break;
        default:
            continue; // public-key-encrypted safes are not used for signing keys
        }
        readable = bags && collectBags(bags.get(), password, library.get(), contents, certificates);
    }
    if (!readable) {
        return makeError(ErrorCode::InvalidInput, Pkcs12Text::tr("%1 could not be read.").arg(fileName),
                         openSslErrors());
    }
    contents.others.reset(sk_X509_new_null());
    if (!contents.others) {
        return makeError(ErrorCode::Internal, Pkcs12Text::tr("%1 could not be read.").arg(fileName), openSslErrors());
    }
    for (X509Pointer& certificate : certificates) {
        if (!contents.certificate && contents.key && X509_check_private_key(certificate.get(), contents.key.get())) {
            contents.certificate = std::move(certificate);
            continue;
        }
        ERR_clear_error(); // a certificate of another key is not an error
        if (sk_X509_push(contents.others.get(), certificate.get()) <= 0) {
            return makeError(ErrorCode::Internal, Pkcs12Text::tr("%1 could not be read.").arg(fileName),
                             openSslErrors());
        }
        static_cast<void>(certificate.release()); // the stack owns it now
    }
    return contents;
}

/** The certificates of @p others that lead from @p signer's issuer to a root, matched by name and key ids. */
QList<QByteArray> chainOf(X509* signer, STACK_OF(X509) * others)
{
    QList<QByteArray> chain;
    const int count = others != nullptr ? sk_X509_num(others) : 0;
    std::vector<bool> used(static_cast<size_t>(count), false);
    X509* current = signer;
    while (X509_check_issued(current, current) != X509_V_OK) {
        X509* issuer = nullptr;
        for (int i = 0; i < count && issuer == nullptr; ++i) {
            X509* candidate = sk_X509_value(others, i);
            if (!used[static_cast<size_t>(i)] && X509_check_issued(candidate, current) == X509_V_OK) {
                used[static_cast<size_t>(i)] = true;
                issuer = candidate;
            }
        }
        if (issuer == nullptr) {
            break;
        }
        chain.append(certificateDer(issuer));
        current = issuer;
    }
    ERR_clear_error();
    return chain;
}

Result<std::unique_ptr<SigningKey>> makeKey(Contents contents, const QString& fileName)
{
    if (!contents.key) {
        return makeError(ErrorCode::InvalidInput, Pkcs12Text::tr("%1 holds no private key.").arg(fileName));
    }
    if (!contents.certificate) {
        return makeError(ErrorCode::InvalidInput,
                         Pkcs12Text::tr("%1 holds no certificate for its private key.").arg(fileName));
    }
    if (X509_check_private_key(contents.certificate.get(), contents.key.get()) != 1) {
        return makeError(
            ErrorCode::InvalidInput,
            Pkcs12Text::tr("The private key and the certificate in %1 do not belong together.").arg(fileName),
            openSslErrors());
    }
    const int bits = EVP_PKEY_get_bits(contents.key.get());
    KeyAlgorithm algorithm = KeyAlgorithm::Rsa;
    switch (EVP_PKEY_get_base_id(contents.key.get())) {
    case EVP_PKEY_RSA:
        if (bits < 2048) {
            return makeError(ErrorCode::Unsupported,
                             Pkcs12Text::tr("The key in %1 is RSA with %2 bits. Keys shorter than 2048 bits can be "
                                            "broken, so they are not accepted for signing.")
                                 .arg(fileName)
                                 .arg(bits));
        }
        break;
    case EVP_PKEY_EC:
        algorithm = KeyAlgorithm::Ecdsa;
        if (bits < 256) {
            return makeError(ErrorCode::Unsupported,
                             Pkcs12Text::tr("The key in %1 is ECDSA with %2 bits. Curves smaller than 256 bits are "
                                            "too weak, so they are not accepted for signing.")
                                 .arg(fileName)
                                 .arg(bits));
        }
        break;
    default:
        return makeError(ErrorCode::Unsupported,
                         Pkcs12Text::tr("The key in %1 is of type %2; only RSA and ECDSA keys can sign.")
                             .arg(fileName, QString::fromUtf8(OBJ_nid2sn(EVP_PKEY_get_base_id(contents.key.get())))));
    }
    QByteArray certificate = certificateDer(contents.certificate.get());
    if (certificate.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         Pkcs12Text::tr("The certificate in %1 could not be encoded.").arg(fileName), openSslErrors());
    }
    QList<QByteArray> chain = chainOf(contents.certificate.get(), contents.others.get());
    return std::unique_ptr<SigningKey>(std::make_unique<Pkcs12SigningKey>(
        std::move(contents.key), std::move(certificate), std::move(chain), algorithm, bits));
}

} // namespace

Result<std::unique_ptr<SigningKey>> openPkcs12Key(const QString& path, SecretPrompt& prompt, int maxAttempts)
{
    const QString fileName = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile()) {
        return makeError(ErrorCode::NotFound, Pkcs12Text::tr("The key file %1 does not exist.").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, Pkcs12Text::tr("The key file %1 cannot be read.").arg(path),
                         file.errorString());
    }
    if (file.size() > MaximumFileSize) {
        return makeError(ErrorCode::InvalidInput,
                         Pkcs12Text::tr("%1 is too large to be a PKCS#12 key file.").arg(fileName));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return makeError(ErrorCode::Io, Pkcs12Text::tr("The key file %1 cannot be read.").arg(path),
                         file.errorString());
    }

    ERR_clear_error();
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const Pkcs12Ptr p12(d2i_PKCS12(nullptr, &data, static_cast<long>(bytes.size())));
    if (!p12) {
        return makeError(ErrorCode::InvalidInput,
                         Pkcs12Text::tr("%1 is not a PKCS#12 key file (.p12, .pfx).").arg(fileName), openSslErrors());
    }

    const int attempts = std::max(1, maxAttempts);
    SecretRequest request;
    request.kind = SecretRequest::Kind::Pkcs12Password;
    request.subject = fileName;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        std::optional<Secret> secret = prompt.ask(request);
        if (!secret) {
            return makeError(ErrorCode::Cancelled, Pkcs12Text::tr("Opening %1 was cancelled.").arg(fileName));
        }
        const std::optional<const char*> password = acceptedPassword(p12.get(), secret->utf8());
        ERR_clear_error();
        Contents contents;
        if (password) {
            if (parseWithDefaultContext(p12.get(), *password, contents)) {
                return makeKey(std::move(contents), fileName);
            }
            // With a MAC that accepted the password, the default provider lacks an algorithm (RC2-40). Without a
            // MAC, the legacy attempt is the last chance before calling the password wrong.
            const bool passwordConfirmed = PKCS12_mac_present(p12.get()) == 1;
            ERR_clear_error();
            auto legacy = parseWithLegacyProvider(p12.get(), *password, fileName);
            if (legacy) {
                return makeKey(std::move(legacy).value(), fileName);
            }
            if (passwordConfirmed || legacy.error().code == ErrorCode::Unsupported) {
                return legacy.error();
            }
        }
        ERR_clear_error(); // a wrong password; the queue holds only the MAC or decryption failure
        request.retryMessage =
            Pkcs12Text::tr("The password is wrong; %n attempt(s) left.", nullptr, attempts - attempt);
    }
    return makeError(
        ErrorCode::InvalidInput,
        Pkcs12Text::tr("The password of %1 is wrong (tried %n time(s)).", nullptr, attempts).arg(fileName));
}

} // namespace vanthu::signing
