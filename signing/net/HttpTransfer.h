// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <optional>

namespace vanthu::signing::net
{

/** Why an HTTP exchange gave no usable body; each caller words it for its own service (TSA, OCSP, CRL). */
struct HttpFailure
{
    enum class Kind
    {
        MalformedUrl,     ///< not a URL, or no host
        NotHttp,          ///< a scheme other than http:// or https://
        HttpsUnsupported, ///< https:// (not supported yet: every answer VanThu asks for is signed)
        Unreachable,      ///< connection refused, no route, unknown host
        Timeout,          ///< no complete answer before the deadline
        HttpStatus,       ///< the server answered with an error status
        WrongContentType, ///< a content type other than the one asked for
        TooLarge,         ///< the answer is larger than the limit
        NotDer,           ///< the body is not one DER element
        Cancelled,        ///< the caller's cancel flag was set while waiting
        Failed,           ///< anything else
    };
    Kind kind = Kind::Failed;
    QString host;       ///< as people know it, for messages
    QString httpStatus; ///< e.g. "503", for Kind::HttpStatus
    QString detail;     ///< OpenSSL's error queue, for the technical detail of an Error
};

struct HttpExchange
{
    /** POST this body when set; GET otherwise. */
    std::optional<QByteArray> body;
    /** The request's Content-Type (POST only). */
    QByteArray contentType;
    /** The answer must have this Content-Type; empty: any. */
    QByteArray expectedContentType;
    /** The answer must be one DER element (OCSP, RFC 3161, CRL): OpenSSL then reads exactly its length. */
    bool expectDer = true;
    qint64 maxResponseBytes = 1024 * 1024;
    /** For the whole exchange: connecting, sending and receiving. */
    int timeoutSeconds = 10;
    /** Set by another thread to stop waiting (within 50 ms): the exchange then fails as Cancelled. Null: never. */
    const std::atomic<bool>* cancel = nullptr;
};

struct HttpReply
{
    QByteArray body;
    QString host; ///< the server as people know it, for messages
    std::optional<HttpFailure> failure;
    [[nodiscard]] bool ok() const
    {
        return !failure.has_value();
    }
};

/**
 * One HTTP/1.0 exchange with @p url (http:// only) over OpenSSL's HTTP client: connects without blocking past the
 * deadline (a refused connection fails at once), sends the request, reads at most maxResponseBytes. Never throws;
 * every failure is a HttpFailure with its kind. The one HTTP client of the signing code (TSA, OCSP, CRL).
 */
[[nodiscard]] HttpReply httpTransfer(const QString& url, const HttpExchange& exchange);

/** Only the URL checks of httpTransfer, for callers that must refuse a bad address before doing any work. */
[[nodiscard]] std::optional<HttpFailure> checkHttpUrl(const QString& url);

} // namespace vanthu::signing::net
