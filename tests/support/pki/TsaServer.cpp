// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-test-tsa: an RFC 3161 timestamp server for tests. Listens on 127.0.0.1 only, answers one request at a time
// in-process with OpenSSL's TS_RESP_CTX, prints "port <N>" once it listens, and exits on SIGTERM or when its
// standard input closes (so it never outlives the test that started it).
//
//   vanthu-test-tsa --cert tsa.cert.pem --key tsa.key.pem --chain chain.pem [--port N]
//                   [--wrong-imprint] [--wrong-nonce] [--no-cert] [--reject] [--garbage] [--http-error STATUS]
//                   [--delay-ms N]
#include "signing/keys/FreeDeleter.h"
#include "tests/support/pki/LoopbackHttp.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace
{

using vanthu::test::http::respond;
using vanthu::test::http::respondText;
namespace http = vanthu::test::http;

// The project's one deleter for C libraries' free functions.
template <auto Free>
using OpenSslDeleter = vanthu::signing::FreeDeleter<Free>;
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
    auto request = http::readHead(socket);
    if (!request) {
        return;
    }
    const std::string& version = request->version;
    if (request->method != "POST") {
        respondText(socket, version, 405, "only POST is served here", "Allow: POST\r\n");
        return;
    }
    if (!http::readBody(socket, *request)) {
        return;
    }
    const std::string& body = request->body;
    if (request->contentType != "application/timestamp-query") {
        respondText(socket, version, 415, "Content-Type must be application/timestamp-query");
        return;
    }
    const auto* der = reinterpret_cast<const unsigned char*>(body.data());
    const RequestPtr query(d2i_TS_REQ(nullptr, &der, static_cast<long>(body.size())));
    if (!query || der != reinterpret_cast<const unsigned char*>(body.data()) + body.size()) {
        ERR_clear_error();
        respondText(socket, version, 400, "the body is not a DER TimeStampReq");
        return;
    }

    if (options.delayMs > 0) {
        http::pauseUnlessStopped(options.delayMs);
    }
    if (options.httpError > 0) {
        respondText(socket, version, options.httpError, "failing on purpose (--http-error)");
        return;
    }
    if (options.garbage) {
        respond(socket, version, 200, "application/timestamp-reply", "this is not a timestamp reply");
        return;
    }
    const std::string tampered = tamper(options, query.get());
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

} // namespace

int main(int argc, char* argv[])
{
    const Options options = parseOptions(argc, argv);
    std::uint64_t serialCounter = 0;
    const ContextPtr context = makeContext(options, &serialCounter);

    return http::serveLoopback("vanthu-test-tsa", options.port,
                               [&](int client) { serve(client, options, context.get()); });
}
