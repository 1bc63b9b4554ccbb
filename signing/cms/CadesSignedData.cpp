// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/cms/CadesSignedData.h"

#include "signing/cms/Der.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace vanthu::signing
{
namespace
{

struct CadesText
{
    Q_DECLARE_TR_FUNCTIONS(CadesText)
};

const char* digestOid(DigestAlgorithm digest)
{
    switch (digest) {
    case DigestAlgorithm::Sha384:
        return "2.16.840.1.101.3.4.2.2";
    case DigestAlgorithm::Sha512:
        return "2.16.840.1.101.3.4.2.3";
    case DigestAlgorithm::Sha256:
        break;
    }
    return "2.16.840.1.101.3.4.2.1";
}

QByteArray digestAlgorithmIdentifier(DigestAlgorithm digest)
{
    // RFC 5754 §2: the parameters of SHA-2 algorithm identifiers are absent.
    return der::sequence({der::oid(digestOid(digest))});
}

QByteArray signatureAlgorithmIdentifier(KeyAlgorithm key, DigestAlgorithm digest)
{
    if (key == KeyAlgorithm::Ecdsa) {
        const char* oid = digest == DigestAlgorithm::Sha384   ? "1.2.840.10045.4.3.3"
                          : digest == DigestAlgorithm::Sha512 ? "1.2.840.10045.4.3.4"
                                                              : "1.2.840.10045.4.3.2";
        return der::sequence({der::oid(oid)});
    }
    return der::sequence({der::oid("1.2.840.113549.1.1.1"), der::null()});
}

QByteArray attribute(const char* oid, QByteArray value)
{
    return der::sequence({der::oid(oid), der::setOf({std::move(value)})});
}

using X509Pointer = std::unique_ptr<X509, decltype(&X509_free)>;

X509Pointer parseCertificate(const QByteArray& der)
{
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Pointer(d2i_X509(nullptr, &data, der.size()), X509_free);
}

template <typename T, typename Encoder>
QByteArray toDer(const T* value, Encoder encoder)
{
    const int length = encoder(value, nullptr);
    if (length <= 0) {
        return {};
    }
    QByteArray out(length, '\0');
    auto* cursor = reinterpret_cast<unsigned char*>(out.data());
    encoder(value, &cursor);
    return out;
}

bool isSelfSigned(const QByteArray& der)
{
    const X509Pointer certificate = parseCertificate(der);
    return certificate && X509_check_issued(certificate.get(), certificate.get()) == X509_V_OK;
}

} // namespace

Result<CadesSignature> CadesSignature::prepare(const SigningKey& key, DigestAlgorithm digest,
                                               const QByteArray& documentDigest,
                                               const QList<QByteArray>& extraCertificates)
{
    CadesSignature signature;
    signature.m_digest = digest;
    signature.m_keyAlgorithm = key.algorithm();
    signature.m_certificate = key.certificateDer();
    const X509Pointer certificate = parseCertificate(signature.m_certificate);
    if (!certificate) {
        return Error{ErrorCode::InvalidInput, CadesText::tr("The signing certificate cannot be read."),
                     QStringLiteral("d2i_X509 failed")};
    }
    const QByteArray issuer = toDer(X509_get_issuer_name(certificate.get()), i2d_X509_NAME);
    const QByteArray serial = toDer(X509_get0_serialNumber(certificate.get()), i2d_ASN1_INTEGER);
    if (issuer.isEmpty() || serial.isEmpty()) {
        return Error{ErrorCode::InvalidInput, CadesText::tr("The signing certificate cannot be read."),
                     QStringLiteral("issuer or serial not encodable")};
    }
    signature.m_issuerAndSerial = der::sequence({issuer, serial});

    signature.m_certificates.append(signature.m_certificate);
    for (const QByteArray& certificateDer : key.chainDer() + extraCertificates) {
        if (!isSelfSigned(certificateDer) && !signature.m_certificates.contains(certificateDer)) {
            signature.m_certificates.append(certificateDer);
        }
    }

    // ESSCertIDv2 with the default hash algorithm (SHA-256), so hashAlgorithm is omitted (RFC 5035 §4).
    const QByteArray certificateHash = computeDigest(DigestAlgorithm::Sha256, signature.m_certificate);
    const QByteArray generalNames = der::sequence({der::encode(der::ContextConstructed4, issuer)});
    const QByteArray essCertIdV2 =
        der::sequence({der::octetString(certificateHash), der::sequence({generalNames, serial})});
    const QByteArray signingCertificateV2 = der::sequence({der::sequence({essCertIdV2})});

    signature.m_signedAttributes = der::setOf({
        attribute("1.2.840.113549.1.9.3", der::oid("1.2.840.113549.1.7.1")),
        attribute("1.2.840.113549.1.9.4", der::octetString(documentDigest)),
        attribute("1.2.840.113549.1.9.16.2.47", signingCertificateV2),
    });
    return signature;
}

Result<void> CadesSignature::setSignatureValue(QByteArray signatureValue)
{
    const X509Pointer certificate = parseCertificate(m_certificate);
    EVP_PKEY* publicKey = certificate ? X509_get0_pubkey(certificate.get()) : nullptr;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    const bool valid =
        publicKey && EVP_DigestVerifyInit(context.get(), nullptr, evpDigest(m_digest), nullptr, publicKey) == 1
        && EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signatureValue.constData()),
                            static_cast<size_t>(signatureValue.size()),
                            reinterpret_cast<const unsigned char*>(m_signedAttributes.constData()),
                            static_cast<size_t>(m_signedAttributes.size()))
               == 1;
    if (!valid) {
        return Error{ErrorCode::Internal,
                     CadesText::tr("The key produced a signature that does not match its certificate. The key and "
                                   "the certificate may not belong together, or the token is faulty."),
                     QStringLiteral("EVP_DigestVerify failed on the fresh signature value")};
    }
    m_signatureValue = std::move(signatureValue);
    return {};
}

QByteArray CadesSignature::encode() const
{
    QByteArray signedAttributesImplicit = m_signedAttributes;
    signedAttributesImplicit[0] = static_cast<char>(der::ContextConstructed0); // [0] IMPLICIT SET OF
    QByteArray signerInfoContent = der::smallInteger(1);
    signerInfoContent.append(m_issuerAndSerial)
        .append(digestAlgorithmIdentifier(m_digest))
        .append(signedAttributesImplicit)
        .append(signatureAlgorithmIdentifier(m_keyAlgorithm, m_digest))
        .append(der::octetString(m_signatureValue));
    if (!m_timestampToken.isEmpty()) {
        signerInfoContent.append(
            der::setOf({attribute("1.2.840.113549.1.9.16.2.14", m_timestampToken)}, der::ContextConstructed1));
    }
    const QByteArray signerInfo = der::encode(der::Sequence, signerInfoContent);

    QByteArray signedDataContent = der::smallInteger(1);
    signedDataContent.append(der::setOf({digestAlgorithmIdentifier(m_digest)}))
        .append(der::sequence({der::oid("1.2.840.113549.1.7.1")}))
        .append(der::setOf(m_certificates, der::ContextConstructed0))
        .append(der::setOf({signerInfo}));
    const QByteArray signedData = der::encode(der::Sequence, signedDataContent);
    return der::sequence({der::oid("1.2.840.113549.1.7.2"), der::encode(der::ContextConstructed0, signedData)});
}

} // namespace vanthu::signing
