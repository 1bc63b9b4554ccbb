// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to signing/pkcs11: the byte formats around a raw token signature.
#pragma once

#include "common/Result.h"
#include "signing/keys/SigningKey.h"

#include <QByteArray>

namespace vanthu::signing
{

/** @p data hashed with @p digest in software (OpenSSL). */
[[nodiscard]] QByteArray softwareDigest(DigestAlgorithm digest, const QByteArray& data);

/** The DER DigestInfo (RFC 8017 §9.2) around @p hash: what CKM_RSA_PKCS signs for a PKCS#1 v1.5 signature. */
[[nodiscard]] QByteArray rsaDigestInfo(DigestAlgorithm digest, const QByteArray& hash);

/** A PKCS#11 ECDSA signature (r || s, equal halves) as a DER ECDSA-Sig-Value (RFC 5480). */
[[nodiscard]] Result<QByteArray> ecdsaRawToDer(const QByteArray& raw);

} // namespace vanthu::signing
