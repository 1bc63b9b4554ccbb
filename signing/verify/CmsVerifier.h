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
    int signerCount = 0;
    /** Several SignerInfos that name different certificates (one signature dictionary, several signers). */
    bool signersDiffer = false;
    /** The SignedData encapsulates content (eContent) where a detached signature belongs. */
    bool contentEncapsulated = false;
    /** A signing-certificate attribute (v1 or v2) names another certificate than the one that signed. */
    bool signingCertificateMismatch = false;
    /** The claimed time of the signing-time attribute (adbe.pkcs7 signers write it); null when absent. */
    QDateTime claimedSigningTime;
    /** The time revocation evidence was judged at: the timestamp, else the claimed signing time, else /M. */
    QDateTime signingTime;
    /** The algorithms and keys of the signature, its chain and its timestamp, not yet judged (AlgorithmPolicy). */
    QList<AlgorithmUse> algorithms;
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
 * parts of the byte range, never copied together): every SignerInfo's message digest and signature value with its
 * certificate (or, without signed attributes, the signature over the bytes themselves), the PAdES baseline attributes,
 * the signing-certificate reference, the signature timestamp, the signer's key purposes, the signer's chain to
 * @p options' anchors for document signing at the timestamp (else at @p proofOfExistence, the earliest valid document
 * timestamp that covers the signature, else @p now: a claimed time never moves the check into the past), and the
 * revocation status of every certificate of that chain (@p documentData first: the PDF's DSS, and
 * adbe-revocationInfoArchival in the signed attributes), judged fresh at the timestamp, else the signing-time
 * attribute, else @p claimedTime (/M). The signature timestamp's authority chain is checked at @p proofOfExistence,
 * else now.
 */
[[nodiscard]] CmsVerdict verifyCms(const QByteArray& cmsDer, QByteArrayView signedStart, QByteArrayView signedEnd,
                                   const ValidationOptions& options, const QDateTime& now,
                                   const ValidationData& documentData, const QDateTime& claimedTime = {},
                                   const QDateTime& proofOfExistence = {});

/**
 * Checks a document timestamp (ETSI.RFC3161): @p tokenDer is an RFC 3161 token whose imprint must be the hash of the
 * two byte-range parts, signed by a TSA whose certificate has the critical timeStamping EKU only and chains to
 * @p options' anchors for timestamping at @p proofOfExistence (a later document timestamp that covers this one:
 * prolongation keeps an expired authority's token valid) or, when null, now.
 */
[[nodiscard]] CmsVerdict verifyDocumentTimestamp(const QByteArray& tokenDer, QByteArrayView signedStart,
                                                 QByteArrayView signedEnd, const ValidationOptions& options,
                                                 const QDateTime& proofOfExistence = {});

} // namespace vanthu::signing::verify
