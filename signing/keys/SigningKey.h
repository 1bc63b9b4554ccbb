// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vanthu::signing
{

/** The digest of a signature; SHA-256 by default, SHA-384/512 selectable (signing.md §1). */
enum class DigestAlgorithm
{
    Sha256,
    Sha384,
    Sha512,
};

/** What the key is, as far as the CMS SignerInfo's signatureAlgorithm is concerned. */
enum class KeyAlgorithm
{
    Rsa,   ///< RSA PKCS#1 v1.5, what Vietnamese tokens do
    Ecdsa, ///< ECDSA; sign() returns the DER ECDSA-Sig-Value, not raw r||s
};

/**
 * A private key that signs, wherever it lives (PKCS#12 file, PKCS#11 token), with its certificate and chain.
 * Implementations never log or keep the PIN beyond what their backend needs, and never expose key material.
 */
class SigningKey
{
public:
    virtual ~SigningKey() = default;

    /** The signer's certificate, DER. */
    [[nodiscard]] virtual QByteArray certificateDer() const = 0;
    /** Certificates that lead from the signer's issuer towards a root (DER, nearest first). May be empty. */
    [[nodiscard]] virtual QList<QByteArray> chainDer() const = 0;
    [[nodiscard]] virtual KeyAlgorithm algorithm() const = 0;
    /** Key size in bits (2048..4096 for RSA, 256/384 for ECDSA). */
    [[nodiscard]] virtual int keyBits() const = 0;

    /**
     * Signs @p data (hashing it with @p digest first): the result is the CMS SignerInfo signature value, i.e. the
     * PKCS#1 v1.5 block for RSA or a DER ECDSA-Sig-Value for ECDSA. Errors: a removed token, a session that was
     * closed, a key that refuses the mechanism.
     */
    [[nodiscard]] virtual Result<QByteArray> sign(DigestAlgorithm digest, const QByteArray& data) = 0;
};

} // namespace vanthu::signing
