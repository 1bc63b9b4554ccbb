// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/keys/Digest.h"
#include "signing/keys/SigningKey.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace vanthu::signing
{

/**
 * A CAdES detached signature (ETSI EN 319 122-1 baseline B-B, as PAdES embeds it) under construction: signed attributes
 * exactly content-type, message-digest and signing-certificate-v2, no signing-time (PAdES forbids it; the time lives
 * in the PDF's /M). The DER is assembled here by hand rather than with CMS_sign(), because OpenSSL always adds
 * signingTime and would need the private key itself, which a token never hands out.
 */
class CadesSignature
{
public:
    /**
     * @p extraCertificates (DER) join the key's chain in the SignedData: intermediates a token does not carry.
     * Errors: InvalidInput when the certificate cannot be parsed.
     */
    [[nodiscard]] static Result<CadesSignature> prepare(const SigningKey& key, DigestAlgorithm digest,
                                                        const QByteArray& documentDigest,
                                                        const QList<QByteArray>& extraCertificates = {});

    /** The DER SET OF signed attributes: the exact bytes the key signs. */
    [[nodiscard]] const QByteArray& signedAttributes() const
    {
        return m_signedAttributes;
    }
    /** Checks @p signatureValue against the signer certificate's public key, then keeps it. */
    [[nodiscard]] Result<void> setSignatureValue(QByteArray signatureValue);
    [[nodiscard]] const QByteArray& signatureValue() const
    {
        return m_signatureValue;
    }
    /** Adds an RFC 3161 token (a CMS ContentInfo, DER) as the signature-time-stamp unsigned attribute (B-T). */
    void setTimestampToken(QByteArray token)
    {
        m_timestampToken = std::move(token);
    }

    /** The ContentInfo (SignedData) DER. */
    [[nodiscard]] QByteArray encode() const;

private:
    CadesSignature() = default;

    DigestAlgorithm m_digest = DigestAlgorithm::Sha256;
    KeyAlgorithm m_keyAlgorithm = KeyAlgorithm::Rsa;
    QByteArray m_certificate;
    QList<QByteArray> m_certificates; ///< signer and chain without self-signed roots
    QByteArray m_issuerAndSerial;     ///< SignerIdentifier
    QByteArray m_signedAttributes;
    QByteArray m_signatureValue;
    QByteArray m_timestampToken;
};

} // namespace vanthu::signing
