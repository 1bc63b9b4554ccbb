// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/net/HttpTransfer.h"

#include "signing/keys/FreeDeleter.h"
#include "signing/keys/OpenSslSupport.h"
#include "signing/net/CancellableBio.h"

#include <QStringList>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/http.h>
#include <openssl/httperr.h>

#include <algorithm>
#include <ctime>
#include <memory>
#include <string>
#include <variant>

namespace vanthu::signing::net
{
namespace
{

using BioPointer = std::unique_ptr<BIO, FreeDeleter<BIO_free_all>>;

void freeText(char* text)
{
    OPENSSL_free(text);
}
using OpenSslText = std::unique_ptr<char, FreeDeleter<freeText>>;

struct Target
{
    std::string host; ///< IPv6 literals in brackets, as the connect BIO wants them
    std::string port;
    std::string path;
    QString hostForPeople;
};

HttpFailure failure(HttpFailure::Kind kind, const QString& host, const QString& detail = QString())
{
    return HttpFailure{kind, host, QString(), detail};
}

std::variant<Target, HttpFailure> parse(const QString& url)
{
    int tls = 0;
    char* hostText = nullptr;
    char* portText = nullptr;
    char* pathText = nullptr;
    char* queryText = nullptr;
    const QByteArray text = url.trimmed().toUtf8();
    const bool parsed = !text.isEmpty()
                        && OSSL_HTTP_parse_url(text.constData(), &tls, nullptr, &hostText, &portText, nullptr,
                                               &pathText, &queryText, nullptr)
                               == 1;
    const OpenSslText host(hostText);
    const OpenSslText port(portText);
    const OpenSslText path(pathText);
    const OpenSslText query(queryText);
    if (!parsed || host == nullptr || *host == '\0') {
        return failure(HttpFailure::Kind::MalformedUrl, url, takeOpenSslErrors().text);
    }
    const QString hostForPeople = QString::fromUtf8(host.get());
    if (!text.startsWith("http://") && !text.startsWith("https://")) {
        return failure(HttpFailure::Kind::NotHttp, hostForPeople);
    }
    if (tls != 0) {
        return failure(HttpFailure::Kind::HttpsUnsupported, hostForPeople);
    }
    Target target;
    target.hostForPeople = hostForPeople;
    const std::string bare(host.get());
    target.host = bare.find(':') != std::string::npos ? "[" + bare + "]" : bare;
    target.port = port != nullptr ? port.get() : "80";
    target.path = path != nullptr && *path != '\0' ? path.get() : "/";
    if (query != nullptr && *query != '\0') {
        target.path += "?" + std::string(query.get());
    }
    return target;
}

/** Connects without blocking past the deadline of @p state, or after it is cancelled; a refused connection fails at
 * once. */
std::variant<BioPointer, HttpFailure> connectTo(const Target& target, CancellableState& state)
{
    BioPointer connection(BIO_new(BIO_s_connect()));
    if (!connection || BIO_set_conn_hostname(connection.get(), target.host.c_str()) != 1
        || BIO_set_conn_port(connection.get(), target.port.c_str()) != 1) {
        return failure(HttpFailure::Kind::Failed, target.hostForPeople, takeOpenSslErrors().text);
    }
    BIO_set_nbio(connection.get(), 1);
    for (;;) {
        if (BIO_do_connect(connection.get()) > 0) {
            return connection;
        }
        if (!BIO_should_retry(connection.get())) {
            return failure(HttpFailure::Kind::Unreachable, target.hostForPeople, takeOpenSslErrors().text);
        }
        int fd = -1;
        const bool ready = BIO_get_fd(connection.get(), &fd) > 0 && fd >= 0
                               ? waitForSocket(fd, true, state)
                               : BIO_wait(connection.get(), state.deadline, 100) > 0;
        if (state.cancelled) {
            return failure(HttpFailure::Kind::Cancelled, target.hostForPeople);
        }
        if (!ready) {
            return failure(state.timedOut || std::time(nullptr) >= state.deadline ? HttpFailure::Kind::Timeout
                                                                                  : HttpFailure::Kind::Unreachable,
                           target.hostForPeople, takeOpenSslErrors().text);
        }
    }
}

/** The cancellable filter pushed on a connection for one exchange; popped again before either is freed. */
class CancellableChain
{
public:
    CancellableChain(BIO* connection, CancellableState& state) : m_filter(newCancellableBio(&state))
    {
        if (m_filter != nullptr) {
            BIO_push(m_filter, connection);
        }
    }
    ~CancellableChain()
    {
        if (m_filter != nullptr) {
            BIO_pop(m_filter);
            BIO_free(m_filter);
        }
    }
    CancellableChain(const CancellableChain&) = delete;
    CancellableChain& operator=(const CancellableChain&) = delete;
    [[nodiscard]] BIO* bio() const
    {
        return m_filter;
    }

private:
    BIO* m_filter;
};

HttpFailure exchangeFailure(const QString& host)
{
    const OpenSslErrors errors = takeOpenSslErrors();
    HttpFailure result = failure(HttpFailure::Kind::Failed, host, errors.text);
    if (const OpenSslError* status = errors.find(ERR_LIB_HTTP, HTTP_R_RECEIVED_ERROR)) {
        result.kind = HttpFailure::Kind::HttpStatus;
        result.httpStatus = status->data.section(QLatin1Char(','), 0, 0).section(QLatin1Char('='), 1);
    } else if (errors.find(ERR_LIB_HTTP, HTTP_R_MISSING_ASN1_ENCODING)
               || errors.find(ERR_LIB_HTTP, HTTP_R_ERROR_PARSING_ASN1_LENGTH)) {
        result.kind = HttpFailure::Kind::NotDer;
    } else if (errors.find(ERR_LIB_HTTP, HTTP_R_UNEXPECTED_CONTENT_TYPE)
               || errors.find(ERR_LIB_HTTP, HTTP_R_MISSING_CONTENT_TYPE)) {
        result.kind = HttpFailure::Kind::WrongContentType;
    } else if (errors.find(ERR_LIB_HTTP, HTTP_R_MAX_RESP_LEN_EXCEEDED)
               || errors.find(ERR_LIB_HTTP, HTTP_R_ASN1_LEN_EXCEEDS_MAX_RESP_LEN)) {
        result.kind = HttpFailure::Kind::TooLarge;
    } else if (errors.find(ERR_LIB_HTTP, HTTP_R_RETRY_TIMEOUT) || errors.find(ERR_LIB_BIO, BIO_R_TRANSFER_TIMEOUT)) {
        result.kind = HttpFailure::Kind::Timeout;
    }
    return result;
}

} // namespace

std::optional<HttpFailure> checkHttpUrl(const QString& url)
{
    auto parsed = parse(url);
    if (auto* problem = std::get_if<HttpFailure>(&parsed)) {
        return *problem;
    }
    return std::nullopt;
}

HttpReply httpTransfer(const QString& url, const HttpExchange& exchange)
{
    HttpReply reply;
    auto parsed = parse(url);
    if (auto* problem = std::get_if<HttpFailure>(&parsed)) {
        reply.failure = *problem;
        return reply;
    }
    const Target& target = std::get<Target>(parsed);
    reply.host = target.hostForPeople;
    const int timeout = std::max(1, exchange.timeoutSeconds);
    const std::time_t deadline = std::time(nullptr) + timeout;
    CancellableState state{exchange.cancel, deadline};
    auto connected = connectTo(target, state);
    if (auto* problem = std::get_if<HttpFailure>(&connected)) {
        reply.failure = *problem;
        return reply;
    }
    const BioPointer& connection = std::get<BioPointer>(connected);
    const CancellableChain chain(connection.get(), state);
    if (chain.bio() == nullptr) {
        reply.failure = failure(HttpFailure::Kind::Failed, target.hostForPeople, takeOpenSslErrors().text);
        return reply;
    }
    BioPointer body;
    if (exchange.body) {
        body.reset(BIO_new_mem_buf(exchange.body->constData(), static_cast<int>(exchange.body->size())));
        if (!body) {
            reply.failure = failure(HttpFailure::Kind::Failed, target.hostForPeople, takeOpenSslErrors().text);
            return reply;
        }
    }
    const int remaining = static_cast<int>(std::max<std::time_t>(1, deadline - std::time(nullptr)));
    const QByteArray contentType = exchange.contentType;
    const QByteArray expected = exchange.expectedContentType;
    // The connected BIO stays ours: OpenSSL uses it for this one exchange and leaves freeing it to us. The server
    // name goes into the Host header.
    const BioPointer answer(
        OSSL_HTTP_transfer(nullptr, target.host.c_str(), target.port.c_str(), target.path.c_str(), 0, nullptr, nullptr,
                           chain.bio(), nullptr, nullptr, nullptr, 0, nullptr, body ? contentType.constData() : nullptr,
                           body.get(), expected.isEmpty() ? nullptr : expected.constData(), exchange.expectDer ? 1 : 0,
                           static_cast<size_t>(std::max<qint64>(1, exchange.maxResponseBytes)), remaining, 0));
    if (!answer) {
        reply.failure = exchangeFailure(target.hostForPeople);
        if (state.cancelled || state.timedOut) {
            reply.failure->kind = state.cancelled ? HttpFailure::Kind::Cancelled : HttpFailure::Kind::Timeout;
        }
        return reply;
    }
    char chunk[4096];
    int read = 0;
    while ((read = BIO_read(answer.get(), chunk, sizeof chunk)) > 0) {
        reply.body.append(chunk, read);
        if (reply.body.size() > exchange.maxResponseBytes) {
            reply.body.clear();
            reply.failure = failure(HttpFailure::Kind::TooLarge, target.hostForPeople);
            break;
        }
    }
    ERR_clear_error();
    return reply;
}

} // namespace vanthu::signing::net
