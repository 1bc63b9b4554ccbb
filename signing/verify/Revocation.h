// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/ltv/ValidationData.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <atomic>

// OpenSSL's types by their struct names, so this header pulls in no OpenSSL header.
struct x509_st;
struct x509_store_st;
struct stack_st_X509;

namespace vanthu::signing::verify
{

/** What the certification authority says about one certificate, and the evidence it said it with. */
struct RevocationAnswer
{
    enum class Status
    {
        NoSource, ///< the certificate names neither an OCSP responder nor a CRL, and the document holds none
        Good,
        Revoked,
        Unknown,     ///< the responder does not know the certificate
        Unavailable, ///< no usable answer: unreachable, tryLater, bad signature, stale, wrong issuer
    };
    enum class Kind
    {
        None,
        Ocsp,
        Crl,
    };
    Status status = Status::NoSource;
    Kind kind = Kind::None;
    bool fromDocument = false; ///< found in the PDF's validation data, not asked online
    QDateTime revocationTime;
    QDateTime issuedAt;   ///< the response's thisUpdate (OCSP) or the CRL's thisUpdate
    QString source;       ///< the URL asked, or "DSS"
    QString detail;       ///< for the log: why an answer was not usable
    QByteArray evidence;  ///< the OCSPResponse or CRL (DER) that gave a Good/Revoked answer
    QDateTime nextUpdate; ///< the answer's nextUpdate; null when it gives none
    /** The certificate names an OCSP responder or a CRL distribution point (so "no answer" is "not yet asked"). */
    bool sourceNamed = false;
};

struct RevocationPolicy
{
    /** Ask the OCSP responder and then the CRL distribution point the certificate names. */
    bool online = true;
    int timeoutSeconds = 10;
    /** Largest CRL fetched (a national CA's CRL can hold hundreds of thousands of entries). */
    qint64 maxCrlBytes = 64 * 1024 * 1024;
    /**
     * The signing time: embedded answers count when they were valid then (thisUpdate <= it <= nextUpdate) or were
     * issued after it; older ones that had lapsed by then do not. Null: no time rule (the LTV writer's own check).
     */
    QDateTime signingTime;
    /** The validation's cancel flag: a request waiting for a responder stops when it is set (ValidationOptions). */
    const std::atomic<bool>* cancel = nullptr;
};

/**
 * The revocation status of @p certificate, issued by @p issuer, in the order of signing.md §8: an OCSP response or
 * CRL in @p embedded (the document's DSS) first, then the OCSP responder of its AIA (POST with a nonce), then its
 * CRL distribution points. Every answer is checked: an OCSP response's signature and authority (the CA itself or a
 * delegate with OCSPSigning, chained through @p untrusted to @p trust; without @p trust only the signature), a CRL's
 * issuer name and signature by @p issuer. Answers fetched online must be current (thisUpdate/nextUpdate around
 * now); embedded ones are historical evidence and are not held to freshness (signing.md §8).
 */
[[nodiscard]] RevocationAnswer checkRevocation(x509_st* certificate, x509_st* issuer, stack_st_X509* untrusted,
                                               x509_store_st* trust, const ValidationData& embedded,
                                               const RevocationPolicy& policy);

/**
 * Only the embedded part of checkRevocation: does @p embedded answer for @p certificate (signature and scope checked,
 * and, with a valid @p signingTime, the time rule of RevocationPolicy::signingTime)? Answers about the certificate
 * that all fail the time rule give Unavailable.
 */
[[nodiscard]] RevocationAnswer embeddedRevocation(x509_st* certificate, x509_st* issuer, stack_st_X509* untrusted,
                                                  x509_store_st* trust, const ValidationData& embedded,
                                                  const QDateTime& signingTime = {});

/** Does @p certificate name an OCSP responder (AIA) or a CRL distribution point? */
[[nodiscard]] bool namesRevocationSource(x509_st* certificate);

} // namespace vanthu::signing::verify
