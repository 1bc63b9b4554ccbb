// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// OpenSSL's types by their struct names, so this header pulls in no OpenSSL header.
struct x509_st;
struct x509_store_st;
struct stack_st_X509;

namespace vanthu::signing::verify
{

/** What an OCSP responder said about one certificate. */
struct RevocationAnswer
{
    enum class Status
    {
        NoResponder, ///< the certificate names no OCSP responder
        Good,
        Revoked,
        Unknown,     ///< the responder does not know the certificate
        Unavailable, ///< no usable answer: unreachable, tryLater, bad signature, stale
    };
    Status status = Status::NoResponder;
    QDateTime revocationTime;
    QString responder; ///< the URL asked
    QString detail;    ///< for the log: why an answer was not usable
};

/**
 * Asks the OCSP responder named in @p certificate's AIA (RFC 6960, POST with a nonce) about it, and checks the answer:
 * status successful, our nonce, the responder's signature and authority (the CA itself or a delegate with
 * OCSPSigning, chained through @p untrusted to @p trust; without @p trust only the signature is checked), and
 * thisUpdate/nextUpdate around now. Internal to the validator: OpenSSL types in, no OpenSSL types kept.
 */
[[nodiscard]] RevocationAnswer checkOcsp(x509_st* certificate, x509_st* issuer, stack_st_X509* untrusted,
                                         x509_store_st* trust, int timeoutSeconds);

} // namespace vanthu::signing::verify
