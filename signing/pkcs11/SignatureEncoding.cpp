// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pkcs11/SignatureEncoding.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

namespace vanthu::signing
{
namespace
{

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
    return EVP_sha256();
}

} // namespace

QByteArray softwareDigest(DigestAlgorithm digest, const QByteArray& data)
{
    unsigned char hash[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), hash, &length, messageDigest(digest), nullptr)
        != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(hash), static_cast<qsizetype>(length));
}

QByteArray rsaDigestInfo(DigestAlgorithm digest, const QByteArray& hash)
{
    // SEQUENCE { SEQUENCE { OID hash algorithm, NULL }, OCTET STRING hash }, as listed in RFC 8017 §9.2 note 1.
    switch (digest) {
    case DigestAlgorithm::Sha256:
        return QByteArray::fromHex("3031300d060960864801650304020105000420") + hash;
    case DigestAlgorithm::Sha384:
        return QByteArray::fromHex("3041300d060960864801650304020205000430") + hash;
    case DigestAlgorithm::Sha512:
        return QByteArray::fromHex("3051300d060960864801650304020305000440") + hash;
    }
    return {};
}

Result<QByteArray> ecdsaRawToDer(const QByteArray& raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0) {
        return Error{ErrorCode::Unsupported, QString(),
                     QStringLiteral("ECDSA signature of %1 bytes is not r||s").arg(raw.size())};
    }
    const int half = static_cast<int>(raw.size() / 2);
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.constData());
    ECDSA_SIG* signature = ECDSA_SIG_new();
    BIGNUM* r = BN_bin2bn(bytes, half, nullptr);
    BIGNUM* s = BN_bin2bn(bytes + half, half, nullptr);
    if (signature == nullptr || r == nullptr || s == nullptr || ECDSA_SIG_set0(signature, r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ECDSA_SIG_free(signature);
        return Error{ErrorCode::Internal, QString(), QStringLiteral("ECDSA_SIG allocation failed")};
    }
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(signature, &der);
    ECDSA_SIG_free(signature);
    if (length <= 0) {
        return Error{ErrorCode::Internal, QString(), QStringLiteral("i2d_ECDSA_SIG failed")};
    }
    QByteArray result(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return result;
}

} // namespace vanthu::signing
