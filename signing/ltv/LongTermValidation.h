// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/ltv/ValidationData.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace vanthu::signing
{

struct LongTermOptions
{
    /** Roots the chains end at (DER); written into the DSS too, so a validator years later needs nothing else. */
    QList<QByteArray> trustAnchorsDer;
    /** CA certificates to build chains with, besides those in the signatures and the DSS (DER). */
    QList<QByteArray> intermediatesDer;
    int timeoutSeconds = 10;
};

/** What the DSS update will hold, and for whom. */
struct GatheredValidationData
{
    ValidationData data;
    /** Common names of the certificates whose revocation status was obtained, signer first per signature. */
    QStringList covered;
};

/**
 * Gathers what a validator needs to check every signature and document timestamp of @p pdf without the network
 * (PAdES B-LT, EN 319 142-1 §6.2.3): for each signer and timestamp authority, its chain (from the signatures, the
 * existing DSS, @p options' intermediates, up to a trust anchor) and an OCSP response or CRL for every certificate of
 * that chain except the root, fetched now and checked (signature, issuer, freshness).
 * Errors: InvalidInput when @p pdf is not a PDF or has no signature; Io when a certificate's revocation status
 * cannot be obtained (the message names the certificate and the service); Conflict when a certificate is revoked.
 */
[[nodiscard]] Result<GatheredValidationData> gatherValidationData(const QByteArray& pdf,
                                                                  const LongTermOptions& options = {});

/**
 * Appends @p gathered to @p pdf's DSS in one incremental update and returns the bytes to append (B-T signatures
 * become B-LT). Errors: those of appendDss().
 */
[[nodiscard]] Result<QByteArray> appendValidationData(const QByteArray& pdf, const GatheredValidationData& gathered);

} // namespace vanthu::signing
