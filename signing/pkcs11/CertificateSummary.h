// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to signing/pkcs11: what the token code reads from an X.509 certificate (through OpenSSL).
#pragma once

#include "common/Result.h"
#include "signing/keys/SigningKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vanthu::signing
{

struct CertificateSummary
{
    QString subjectCommonName; ///< CN, or the whole name (RFC 2253) when there is no CN
    QString issuerCommonName;
    QDateTime notBefore;                   ///< UTC
    QDateTime notAfter;                    ///< UTC
    std::optional<KeyAlgorithm> algorithm; ///< nullopt for keys we cannot sign with (DSA, Ed25519...)
    int keyBits = 0;
};

/** Parses a DER certificate. InvalidInput when it is not one. */
[[nodiscard]] Result<CertificateSummary> summarizeCertificate(const QByteArray& der);

/**
 * The certificates of @p pool that lead upward from @p leaf: its issuer, the issuer's issuer... nearest first,
 * matched by name and key identifiers (signatures are the validator's business). Stops at a self-issued
 * certificate, at a missing link, or at a loop.
 */
[[nodiscard]] QList<QByteArray> certificateChainUpward(const QByteArray& leaf, const QList<QByteArray>& pool);

} // namespace vanthu::signing
