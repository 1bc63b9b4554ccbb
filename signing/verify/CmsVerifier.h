// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verify/OcspCheck.h"
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
    RevocationAnswer::Status revocation = RevocationAnswer::Status::NoResponder;
    QDateTime revocationTime;
    QString revocationSource;
    QString signer;
    QString issuer;
    QString serialHex;
    QList<Finding> findings;
};

/**
 * Checks @p cmsDer (a detached CAdES/PKCS#7 SignedData) over @p signedStart followed by @p signedEnd (the two
 * parts of the byte range, never copied together): exactly one SignerInfo, the message
 * digest, the signature value with the signer's certificate, the PAdES baseline attributes, the signature timestamp,
 * and the signer's chain to @p options' trust anchors at the best known signing time (the timestamp, else @p now).
 */
[[nodiscard]] CmsVerdict verifyCms(const QByteArray& cmsDer, QByteArrayView signedStart, QByteArrayView signedEnd,
                                   const ValidationOptions& options, const QDateTime& now);

} // namespace vanthu::signing::verify
