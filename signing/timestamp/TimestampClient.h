// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/keys/Digest.h"
#include "signing/keys/SigningKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace vanthu::signing
{

struct TimestampOptions
{
    /** Limit for the whole exchange: connecting, sending and receiving. */
    int timeoutSeconds = 30;
    /** TSA policy to ask for (dotted OID); empty: the TSA's default. The token must then carry this policy. */
    QString policyOid;
    /** Answers larger than this are refused. */
    qint64 maxResponseBytes = 1024 * 1024;
    /**
     * Roots the TSA certificate must chain to (DER), checked for the timestamping purpose at the current time.
     * Empty: the chain is not checked here; the validator checks it against its own trust list.
     */
    QList<QByteArray> trustAnchorsDer;
    /** CA certificates to build that chain with, besides those in the token (DER). */
    QList<QByteArray> intermediatesDer;
};

struct TimestampToken
{
    QByteArray der;               ///< the TimeStampToken exactly as the TSA sent it: a CMS ContentInfo, DER
    QDateTime genTime;            ///< TSTInfo genTime, UTC (milliseconds kept when the TSA sends them)
    QByteArray tsaCertificateDer; ///< the certificate that signed the token
    QString serialHex;            ///< TSTInfo serialNumber, upper-case hexadecimal
    QString policyOid;            ///< TSTInfo policy
};

/**
 * Asks the RFC 3161 TSA at @p tsaUrl (http://) to stamp @p digestValue, a @p digest hash: POSTs a TimeStampReq
 * (random 64-bit nonce, certReq) as application/timestamp-query and checks the application/timestamp-reply: status
 * granted or grantedWithMods, the message imprint is the hash sent, the nonce is ours, the token's signature verifies
 * with the certificate it names (ESS signing certificate included), that certificate has a critical extended key
 * usage of timeStamping only, genTime is present, and, when @p options name trust anchors, the certificate chains to
 * one of them. Writes nothing into any signature: attaching the token is the CMS code's work.
 *
 * Errors:
 * - InvalidInput: a malformed URL, a hash of the wrong length, a policy that is not an OID; the TSA refused the
 *   request as malformed or for its policy (the message carries the TSA's status text); a TSA certificate that does
 *   not chain to the trust anchors;
 * - Unsupported: an https:// URL (not supported yet), or the TSA refused the hash algorithm;
 * - Io: the TSA is unreachable or too slow (the message names the host), answered with an HTTP error status, a
 *   content type other than application/timestamp-reply, a reply above the size limit, or said it failed itself;
 * - Corrupt: the reply is not a valid TimeStampResp, the imprint, nonce or policy differ from the request, the
 *   signature does not verify, the TSA certificate is missing or is not a timestamping certificate.
 */
[[nodiscard]] Result<TimestampToken> requestTimestamp(const QString& tsaUrl, DigestAlgorithm digest,
                                                      const QByteArray& digestValue,
                                                      const TimestampOptions& options = {});

/** Gets an RFC 3161 token (DER ContentInfo) over a digest: a signature timestamp (B-T) or a document timestamp. */
using Timestamper = std::function<Result<QByteArray>(DigestAlgorithm digest, const QByteArray& digestValue)>;

/** A Timestamper that asks the TSA at @p tsaUrl with requestTimestamp(). */
[[nodiscard]] Timestamper timestamperFor(const QString& tsaUrl, const TimestampOptions& options = {});

} // namespace vanthu::signing
