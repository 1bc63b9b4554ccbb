// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-test-tsa: an RFC 3161 timestamp server for tests. Listens on 127.0.0.1 only, answers one request at a time
// in-process with OpenSSL's TS_RESP_CTX, prints "port <N>" once it listens, and exits on SIGTERM or when its
// standard input closes (so it never outlives the test that started it).
//
//   vanthu-test-tsa --cert tsa.cert.pem --key tsa.key.pem --chain chain.pem [--port N]
//                   [--wrong-imprint] [--wrong-nonce] [--no-cert] [--reject] [--garbage] [--http-error STATUS]
//                   [--delay-ms N]
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace
{

template <auto Free>
struct OpenSslDeleter
{
    template <typename T>
    void operator()(T* pointer) const
    {
        Free(pointer);
    }
};
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using CertPtr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using RequestPtr = std::unique_ptr<TS_REQ, OpenSslDeleter<TS_REQ_free>>;
using ResponsePtr = std::unique_ptr<TS_RESP, OpenSslDeleter<TS_RESP_free>>;
using ContextPtr = std::unique_ptr<TS_RESP_CTX, OpenSslDeleter<TS_RESP_CTX_free>>;
using ObjectPtr = std::unique_ptr<ASN1_OBJECT, OpenSslDeleter<ASN1_OBJECT_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using IntegerPtr = std::unique_ptr<ASN1_INTEGER, OpenSslDeleter<ASN1_INTEGER_free>>;

struct CertStackFree
{
    void operator()(STACK_OF(X509) * stack) const
    {
        sk_X509_pop_free(stack, X509_free);
    }
};
using CertStackPtr = std::unique_ptr<STACK_OF(X509), CertStackFree>;

constexpr const char* DefaultPolicy = "1.2.3.4.1";
constexpr const char* OtherPolicy = "1.2.3.4.2";
constexpr size_t MaximumHeaderBytes = 16 * 1024;
constexpr size_t MaximumBodyBytes = 64 * 1024;

struct Options
{
    std::string cert;
    std::string key;
    std::string chain;
    int port = 0;
    bool wrongImprint = false;
    bool wrongNonce = false;
    bool noCert = false;
    bool reject = false;
    bool garbage = false;
    int httpError = 0;
    int delayMs = 0;
};

[[noreturn]] void die(const std::string& message)
{
    std::fprintf(stderr, "vanthu-test-tsa: %s\n", message.c_str());
    ERR_print_errors_fp(stderr);
    std::exit(1);
}

[[noreturn]] void usage(const std::string& problem)
{
    std::fprintf(stderr,
                 "vanthu-test-tsa: %s\n"
                 "usage: vanthu-test-tsa --cert FILE --key FILE --chain FILE [--port N] [--wrong-imprint]\n"
                 "       [--wrong-nonce] [--no-cert] [--reject] [--garbage] [--http-error STATUS] [--delay-ms N]\n",
                 problem.c_str());
    std::exit(2);
}

int parseNumber(const char* text, const char* option)
{
    char* end = nullptr;
    errno = 0;
    const long value = std::strtol(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || value < 0 || value > 1000000) {
        usage(std::string("bad number for ") + option);
    }
    return static_cast<int>(value);
}

Options parseOptions(int argc, char* argv[])
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        const auto value = [&]() -> const char* {
            if (i + 1 >= argc) {
                usage(argument + " needs a value");
            }
            return argv[++i];
        };
        if (argument == "--cert") {
            options.cert = value();
        } else if (argument == "--key") {
            options.key = value();
        } else if (argument == "--chain") {
            options.chain = value();
        } else if (argument == "--port") {
            options.port = parseNumber(value(), "--port");
        } else if (argument == "--delay-ms") {
            options.delayMs = parseNumber(value(), "--delay-ms");
        } else if (argument == "--http-error") {
            options.httpError = parseNumber(value(), "--http-error");
        } else if (argument == "--wrong-imprint") {
            options.wrongImprint = true;
        } else if (argument == "--wrong-nonce") {
            options.wrongNonce = true;
        } else if (argument == "--no-cert") {
            options.noCert = true;
        } else if (argument == "--reject") {
            options.reject = true;
        } else if (argument == "--garbage") {
            options.garbage = true;
        } else {
            usage("unknown option " + argument);
        }
    }
    if (options.cert.empty() || options.key.empty() || options.chain.empty()) {
        usage("--cert, --key and --chain are required");
    }
    if (options.port > 65535) {
        usage("--port must be at most 65535");
    }
    return options;
}

CertPtr readCertificate(const std::string& path)
{
    const BioPtr bio(BIO_new_file(path.c_str(), "r"));
    CertPtr cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert) {
        die("cannot read the certificate " + path);
    }
    return cert;
}

KeyPtr readKey(const std::string& path)
{
    const BioPtr bio(BIO_new_file(path.c_str(), "r"));
    KeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key) {
        die("cannot read the key " + path);
    }
    return key;
}

CertStackPtr readCertificates(const std::string& path)
{
    const BioPtr bio(BIO_new_file(path.c_str(), "r"));
    CertStackPtr certs(sk_X509_new_null());
    if (!bio || !certs) {
        die("cannot read the chain " + path);
    }
    while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        if (sk_X509_push(certs.get(), cert) <= 0) {
            X509_free(cert);
            die("out of memory");
        }
    }
    ERR_clear_error(); // the end of the file ends the loop with a "no start line" error
    if (sk_X509_num(certs.get()) == 0) {
        die("no certificate in " + path);
    }
    return certs;
}

ASN1_INTEGER* nextSerial(TS_RESP_CTX* /*context*/, void* data)
{
    auto* counter = static_cast<std::uint64_t*>(data);
    ASN1_INTEGER* serial = ASN1_INTEGER_new();
    if (serial != nullptr && ASN1_INTEGER_set_uint64(serial, ++*counter) != 1) {
        ASN1_INTEGER_free(serial);
        return nullptr;
    }
    return serial;
}

/** --reject: answers every request with a rejection and a status text, through the time callback. */
int refuseTime(TS_RESP_CTX* context, void* /*data*/, long* /*seconds*/, long* /*microseconds*/)
{
    TS_RESP_CTX_set_status_info(context, TS_STATUS_REJECTION, "Rejected on purpose by vanthu-test-tsa --reject.");
    TS_RESP_CTX_add_failure_info(context, TS_INFO_BAD_REQUEST);
    return 0;
}

ContextPtr makeContext(const Options& options, std::uint64_t* serialCounter)
{
    const CertPtr cert = readCertificate(options.cert);
    const KeyPtr key = readKey(options.key);
    const CertStackPtr chain = readCertificates(options.chain);
    ContextPtr context(TS_RESP_CTX_new());
    const ObjectPtr defaultPolicy(OBJ_txt2obj(DefaultPolicy, 1));
    const ObjectPtr otherPolicy(OBJ_txt2obj(OtherPolicy, 1));
    // TS_RESP_CTX_set_signer_cert refuses a certificate without a critical timeStamping-only EKU.
    if (!context || TS_RESP_CTX_set_signer_cert(context.get(), cert.get()) != 1
        || TS_RESP_CTX_set_signer_key(context.get(), key.get()) != 1
        || TS_RESP_CTX_set_signer_digest(context.get(), EVP_sha256()) != 1
        || TS_RESP_CTX_set_ess_cert_id_digest(context.get(), EVP_sha256()) != 1
        || TS_RESP_CTX_set_certs(context.get(), chain.get()) != 1
        || TS_RESP_CTX_set_def_policy(context.get(), defaultPolicy.get()) != 1
        || TS_RESP_CTX_add_policy(context.get(), otherPolicy.get()) != 1
        || TS_RESP_CTX_add_md(context.get(), EVP_sha256()) != 1 || TS_RESP_CTX_add_md(context.get(), EVP_sha384()) != 1
        || TS_RESP_CTX_add_md(context.get(), EVP_sha512()) != 1
        || TS_RESP_CTX_set_accuracy(context.get(), 1, 0, 0) != 1) {
        die("cannot set up the TSA");
    }
    *serialCounter = static_cast<std::uint64_t>(std::time(nullptr)) * 1000;
    TS_RESP_CTX_set_serial_cb(context.get(), nextSerial, serialCounter);
    if (options.reject) {
        TS_RESP_CTX_set_time_cb(context.get(), refuseTime, nullptr);
    }
    return context;
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string trim(const std::string& text)
{
    const size_t first = text.find_first_not_of(" \t");
    const size_t last = text.find_last_not_of(" \t");
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

void sendAll(int socket, const std::string& bytes)
{
    size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t written = ::send(socket, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return; // the client went away (e.g. it timed out); nothing to do
        }
        sent += static_cast<size_t>(written);
    }
}

void respond(int socket, const std::string& version, int status, const std::string& contentType,
             const std::string& body, const std::string& extraHeaders = std::string())
{
    const char* reason = "Error";
    switch (status) {
    case 200:
        reason = "OK";
        break;
    case 400:
        reason = "Bad Request";
        break;
    case 405:
        reason = "Method Not Allowed";
        break;
    case 415:
        reason = "Unsupported Media Type";
        break;
    case 500:
        reason = "Internal Server Error";
        break;
    case 503:
        reason = "Service Unavailable";
        break;
    default:
        break;
    }
    std::string head = version + " " + std::to_string(status) + " " + reason + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    head += extraHeaders;
    head += "Connection: close\r\n\r\n";
    sendAll(socket, head + body);
}

void respondText(int socket, const std::string& version, int status, const std::string& text,
                 const std::string& extraHeaders = std::string())
{
    respond(socket, version, status, "text/plain; charset=utf-8", text + "\n", extraHeaders);
}

/** Changes the request as a misbehaving TSA would read it; returns the new DER. */
std::string tamper(const Options& options, TS_REQ* request)
{
    if (options.wrongImprint) {
        ASN1_OCTET_STRING* message = TS_MSG_IMPRINT_get_msg(TS_REQ_get_msg_imprint(request));
        std::string hash(reinterpret_cast<const char*>(ASN1_STRING_get0_data(message)),
                         static_cast<size_t>(ASN1_STRING_length(message)));
        if (!hash.empty()) {
            hash[0] = static_cast<char>(hash[0] ^ 0x5a);
        }
        ASN1_OCTET_STRING_set(message, reinterpret_cast<const unsigned char*>(hash.data()),
                              static_cast<int>(hash.size()));
    }
    if (options.wrongNonce && TS_REQ_get_nonce(request) != nullptr) {
        const BignumPtr number(ASN1_INTEGER_to_BN(TS_REQ_get_nonce(request), nullptr));
        if (number && BN_add_word(number.get(), 1) == 1) {
            const IntegerPtr other(BN_to_ASN1_INTEGER(number.get(), nullptr));
            if (other) {
                TS_REQ_set_nonce(request, other.get());
            }
        }
    }
    if (options.noCert) {
        TS_REQ_set_cert_req(request, 0);
    }
    unsigned char* der = nullptr;
    const int size = i2d_TS_REQ(request, &der);
    if (size <= 0) {
        return std::string();
    }
    std::string bytes(reinterpret_cast<const char*>(der), static_cast<size_t>(size));
    OPENSSL_free(der);
    return bytes;
}

void serve(int socket, const Options& options, TS_RESP_CTX* context)
{
    timeval timeout{10, 0};
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    std::string data;
    size_t headerEnd = std::string::npos;
    char buffer[8192];
    while ((headerEnd = data.find("\r\n\r\n")) == std::string::npos) {
        if (data.size() > MaximumHeaderBytes) {
            respondText(socket, "HTTP/1.0", 400, "header too long");
            return;
        }
        const ssize_t got = ::recv(socket, buffer, sizeof buffer, 0);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            return; // closed or silent before a full header: nobody to answer
        }
        data.append(buffer, static_cast<size_t>(got));
    }
    const std::string head = data.substr(0, headerEnd);
    std::string body = data.substr(headerEnd + 4);

    const size_t lineEnd = head.find("\r\n");
    const std::string requestLine = head.substr(0, lineEnd);
    const size_t firstSpace = requestLine.find(' ');
    const size_t lastSpace = requestLine.rfind(' ');
    const std::string version = lastSpace != std::string::npos ? requestLine.substr(lastSpace + 1) : std::string();
    if (firstSpace == std::string::npos || lastSpace == firstSpace
        || (version != "HTTP/1.0" && version != "HTTP/1.1")) {
        respondText(socket, "HTTP/1.0", 400, "malformed request line");
        return;
    }
    const std::string method = requestLine.substr(0, firstSpace);
    if (method != "POST") {
        respondText(socket, version, 405, "only POST is served here", "Allow: POST\r\n");
        return;
    }

    long contentLength = -1;
    std::string contentType;
    size_t position = lineEnd == std::string::npos ? head.size() : lineEnd + 2;
    while (position < head.size()) {
        size_t end = head.find("\r\n", position);
        if (end == std::string::npos) {
            end = head.size();
        }
        const std::string line = head.substr(position, end - position);
        position = end + 2;
        const size_t colon = line.find(':');
        if (colon == std::string::npos) {
            respondText(socket, version, 400, "malformed header line");
            return;
        }
        const std::string name = lower(trim(line.substr(0, colon)));
        const std::string value = trim(line.substr(colon + 1));
        if (name == "content-length") {
            char* numberEnd = nullptr;
            errno = 0;
            contentLength = std::strtol(value.c_str(), &numberEnd, 10);
            if (errno != 0 || numberEnd == value.c_str() || *numberEnd != '\0' || contentLength < 0) {
                respondText(socket, version, 400, "bad Content-Length");
                return;
            }
        } else if (name == "content-type") {
            contentType = lower(value);
        } else if (name == "transfer-encoding") {
            respondText(socket, version, 400, "only requests with a Content-Length are served");
            return;
        }
    }
    if (contentLength < 0 || static_cast<size_t>(contentLength) > MaximumBodyBytes) {
        respondText(socket, version, 400, "a Content-Length of at most 64 KiB is required");
        return;
    }
    while (body.size() < static_cast<size_t>(contentLength)) {
        const ssize_t got = ::recv(socket, buffer, sizeof buffer, 0);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            respondText(socket, version, 400, "body shorter than its Content-Length");
            return;
        }
        body.append(buffer, static_cast<size_t>(got));
    }
    body.resize(static_cast<size_t>(contentLength));
    if (contentType != "application/timestamp-query") {
        respondText(socket, version, 415, "Content-Type must be application/timestamp-query");
        return;
    }
    const auto* der = reinterpret_cast<const unsigned char*>(body.data());
    const RequestPtr request(d2i_TS_REQ(nullptr, &der, static_cast<long>(body.size())));
    if (!request || der != reinterpret_cast<const unsigned char*>(body.data()) + body.size()) {
        ERR_clear_error();
        respondText(socket, version, 400, "the body is not a DER TimeStampReq");
        return;
    }

    if (options.delayMs > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(options.delayMs));
    }
    if (options.httpError > 0) {
        respondText(socket, version, options.httpError, "failing on purpose (--http-error)");
        return;
    }
    if (options.garbage) {
        respond(socket, version, 200, "application/timestamp-reply", "this is not a timestamp reply");
        return;
    }
    const std::string tampered = tamper(options, request.get());
    const BioPtr input(BIO_new_mem_buf(tampered.data(), static_cast<int>(tampered.size())));
    const ResponsePtr response(input ? TS_RESP_create_response(context, input.get()) : nullptr);
    unsigned char* reply = nullptr;
    const int size = response ? i2d_TS_RESP(response.get(), &reply) : 0;
    if (size <= 0) {
        ERR_print_errors_fp(stderr);
        respondText(socket, version, 500, "the TSA could not answer");
        return;
    }
    const std::string replyBytes(reinterpret_cast<const char*>(reply), static_cast<size_t>(size));
    OPENSSL_free(reply);
    ERR_clear_error();
    respond(socket, version, 200, "application/timestamp-reply", replyBytes);
}

int signalPipe[2] = {-1, -1};

void onTerminate(int /*signal*/)
{
    const char byte = 1;
    if (::write(signalPipe[1], &byte, 1) < 0) {
        _exit(0); // the loop cannot be told; leave at once
    }
}

} // namespace

int main(int argc, char* argv[])
{
    const Options options = parseOptions(argc, argv);
    std::uint64_t serialCounter = 0;
    const ContextPtr context = makeContext(options, &serialCounter);

    if (::pipe(signalPipe) != 0) {
        die("pipe failed");
    }
    struct sigaction action = {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    signal(SIGPIPE, SIG_IGN);

    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (listener < 0) {
        die(std::string("socket: ") + std::strerror(errno));
    }
    const int reuse = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // loopback only, never another interface
    address.sin_port = htons(static_cast<std::uint16_t>(options.port));
    if (::bind(listener, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0
        || ::listen(listener, 16) != 0) {
        die(std::string("cannot listen on 127.0.0.1: ") + std::strerror(errno));
    }
    socklen_t length = sizeof address;
    if (::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        die(std::string("getsockname: ") + std::strerror(errno));
    }
    std::printf("port %d\n", ntohs(address.sin_port));
    std::fflush(stdout);

    pollfd watched[3] = {{listener, POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}, {signalPipe[0], POLLIN, 0}};
    for (;;) {
        if (::poll(watched, 3, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            die(std::string("poll: ") + std::strerror(errno));
        }
        if (watched[2].revents != 0) {
            break; // SIGTERM or SIGINT
        }
        if (watched[1].revents != 0) {
            char discard[256];
            const ssize_t got = ::read(STDIN_FILENO, discard, sizeof discard);
            if (got <= 0 && !(got < 0 && errno == EINTR)) {
                break; // standard input closed: whoever started us is gone or done
            }
        }
        if ((watched[0].revents & POLLIN) != 0) {
            const int client = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0) {
                serve(client, options, context.get());
                ::shutdown(client, SHUT_WR);
                ::close(client);
            }
        }
    }
    ::close(listener);
    return 0;
}
