// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/ltv/ValidationData.h"
#include "signing/verify/Revocation.h"
#include "signing/verify/Validation.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace vanthu::signing::verify
{

/** What the CMS of one PDF signature says, checked against the bytes it claims to sign. */
struct CmsVerdict
{
    bool parsed = false;
    bool singleSigner = false;
    bool digestMatches = false;
    bool signatureValid = false;
    bool padesAttributes =
        false; ///< content-type, message-digest, one signing-certificate-v2 matching, no signing-time
    bool hasTimestamp = false;
    bool timestampValid = false;
    QDateTime timestampTime;
    bool chainTrusted = false;
    SubIndication chainProblem = SubIndication::None;
    /** The chain from the signer up to (not including) the trust anchor, with what each CA said about it. */
    struct ChainRevocation
    {
        QString subject; ///< common name
        bool isSigner = false;
        RevocationAnswer answer;
    };
    QList<ChainRevocation> revocations;
    /** The document's own validation data answers for the signer's certificate (a B-LT requirement). */
    bool signerRevocationEmbedded = false;
    QString signer;
    QString issuer;
    QString serialHex;
    QList<Finding> findings;
};

/**
 * Checks @p cmsDer (a detached CAdES/PKCS#7 SignedData) over @p signedStart followed by @p signedEnd (the two
 * parts of the byte range, never copied together): exactly one SignerInfo, the message
 * digest, the signature value with the signer's certificate, the PAdES baseline attributes, the signature timestamp,
 * the signer's chain to @p options' trust anchors at the best known signing time (the timestamp, else @p now), and
 * the revocation status of every certificate of that chain (@p documentData first: the PDF's DSS).
 */
[[nodiscard]] CmsVerdict verifyCms(const QByteArray& cmsDer, QByteArrayView signedStart, QByteArrayView signedEnd,
                                   const ValidationOptions& options, const QDateTime& now,
                                   const ValidationData& documentData);

/**
 * Checks a document timestamp (ETSI.RFC3161): @p tokenDer is an RFC 3161 token whose imprint must be the hash of the
 * two byte-range parts, signed by a TSA that chains to @p options' anchors for timestamping (at the current time).
 */
[[nodiscard]] CmsVerdict verifyDocumentTimestamp(const QByteArray& tokenDer, QByteArrayView signedStart,
                                                 QByteArrayView signedEnd, const ValidationOptions& options);

} // namespace vanthu::signing::verify
