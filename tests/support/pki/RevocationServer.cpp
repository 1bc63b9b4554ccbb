// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-test-revocation: an OCSP responder (RFC 6960) and CRL distribution point for tests. Listens on 127.0.0.1
// only, answers one request at a time with responses and CRLs built in-process with OpenSSL's OCSP and X509_CRL API,
// prints "port <N>" once it listens, and exits on SIGTERM or when its standard input closes.
//
//   vanthu-test-revocation [--port N] [--config FILE] [--log FILE] [SETTINGS...]
//
// SETTINGS (on the command line, or in the config file, which is read again for every request so that a test can
// revoke a certificate or switch a misbehaviour without a restart):
//   --ca NAME CERT KEY          a CA this server answers for; its CRL is GET /crl/NAME.crl (repeatable; the first
//                               one is the default CA of --revoked)
//   --responder CERT KEY        a delegated OCSP responder (EKU OCSPSigning), used for the CA that issued it
//   --ca-signs                  OCSP responses are signed by the CA itself even where a delegated responder exists
//   --revoked [CA/]SERIALHEX[:YYYYMMDDHHMMSSZ][:REASON]
//                               a revoked certificate (repeatable); without a time, the time this server first saw
//                               the entry; REASON is an RFC 5280 name (keyCompromise, certificateHold, …)
//   --ocsp-try-later, --ocsp-unauthorized, --ocsp-internal-error
//                               answer every OCSP request with that response status
//   --ocsp-wrong-signer         sign with a certificate issued by the CA that lacks EKU OCSPSigning
//   --ocsp-untrusted-signer     sign with a self-signed certificate that has EKU OCSPSigning
//   --ocsp-wrong-nonce          answer a nonce with another nonce
//   --ocsp-no-nonce             never echo the nonce
//   --ocsp-expired              thisUpdate two days ago, nextUpdate yesterday
//   --crl-expired               CRLs whose nextUpdate has passed
//   --crl-wrong-key             CRLs signed by a key that is not the CA's
//   --delay-ms N                wait before every answer
//
// The config file holds the same arguments: each line gives its tab-separated fields (or, without a tab, its
// space-separated words); empty lines and lines starting with '#' are skipped. A missing file adds nothing. With
// no CA at all, OCSP requests are answered "unauthorized" and CRLs 404.
// The log file gets one line per request before its answer is sent ("OCSP POST nonce=yes <SERIAL>=good", "CRL
// intermediate", …), so a test can tell what a client asked.
#include "signing/keys/FreeDeleter.h"
#include "tests/support/pki/LoopbackHttp.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace
{

namespace http = vanthu::test::http;
using http::lower;
using http::respond;
using http::respondText;

// The project's one deleter for C libraries' free functions.
template <auto Free>
using OpenSslDeleter = vanthu::signing::FreeDeleter<Free>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using CertPtr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using TimePtr = std::unique_ptr<ASN1_TIME, OpenSslDeleter<ASN1_TIME_free>>;
using IntegerPtr = std::unique_ptr<ASN1_INTEGER, OpenSslDeleter<ASN1_INTEGER_free>>;
using EnumeratedPtr = std::unique_ptr<ASN1_ENUMERATED, OpenSslDeleter<ASN1_ENUMERATED_free>>;
using NamePtr = std::unique_ptr<X509_NAME, OpenSslDeleter<X509_NAME_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;
using CrlPtr = std::unique_ptr<X509_CRL, OpenSslDeleter<X509_CRL_free>>;
using RevokedPtr = std::unique_ptr<X509_REVOKED, OpenSslDeleter<X509_REVOKED_free>>;
using OcspRequestPtr = std::unique_ptr<OCSP_REQUEST, OpenSslDeleter<OCSP_REQUEST_free>>;
using OcspResponsePtr = std::unique_ptr<OCSP_RESPONSE, OpenSslDeleter<OCSP_RESPONSE_free>>;
using OcspBasicPtr = std::unique_ptr<OCSP_BASICRESP, OpenSslDeleter<OCSP_BASICRESP_free>>;
using OcspIdPtr = std::unique_ptr<OCSP_CERTID, OpenSslDeleter<OCSP_CERTID_free>>;

constexpr long Day = 24 * 60 * 60;

/** A failure while answering one request: logged, answered with HTTP 500, the server goes on. */
struct Failure : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const std::string& what)
{
    std::string detail;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        detail += "; " + std::string(text);
    }
    throw Failure(what + detail);
}

template <typename T>
T* check(T* value, const std::string& what)
{
    if (value == nullptr) {
        fail(what);
    }
    return value;
}

void check(int status, const std::string& what)
{
    if (status <= 0) {
        fail(what);
    }
}

struct CaSpec
{
    std::string name;
    std::string cert;
    std::string key;
};

struct RevokedSpec
{
    std::string ca;     ///< empty: the first CA
    std::string serial; ///< upper-case hex without leading zeros, as BN_bn2hex writes it
    std::optional<std::time_t> time;
    int reason = OCSP_REVOKED_STATUS_NOSTATUS;
    std::string text; ///< as given, to remember when it was first seen
};

enum class OcspStatus
{
    Normal,
    TryLater,
    Unauthorized,
    InternalError,
};

struct Settings
{
    std::vector<CaSpec> cas;
    std::vector<std::pair<std::string, std::string>> responders;
    std::vector<RevokedSpec> revoked;
    bool caSigns = false;
    OcspStatus ocspStatus = OcspStatus::Normal;
    bool wrongSigner = false;
    bool untrustedSigner = false;
    bool wrongNonce = false;
    bool noNonce = false;
    bool ocspExpired = false;
    bool crlExpired = false;
    bool crlWrongKey = false;
    int delayMs = 0;
};

struct Options
{
    int port = 0;
    std::string config;
    std::string log;
    Settings settings;
};

struct Reason
{
    const char* name;
    int code;
};
constexpr Reason Reasons[] = {
    {"unspecified", OCSP_REVOKED_STATUS_UNSPECIFIED},
    {"keyCompromise", OCSP_REVOKED_STATUS_KEYCOMPROMISE},
    {"cACompromise", OCSP_REVOKED_STATUS_CACOMPROMISE},
    {"affiliationChanged", OCSP_REVOKED_STATUS_AFFILIATIONCHANGED},
    {"superseded", OCSP_REVOKED_STATUS_SUPERSEDED},
    {"cessationOfOperation", OCSP_REVOKED_STATUS_CESSATIONOFOPERATION},
    {"certificateHold", OCSP_REVOKED_STATUS_CERTIFICATEHOLD},
    {"removeFromCRL", OCSP_REVOKED_STATUS_REMOVEFROMCRL},
    {"privilegeWithdrawn", OCSP_REVOKED_STATUS_PRIVILEGEWITHDRAWN},
    {"aACompromise", OCSP_REVOKED_STATUS_AACOMPROMISE},
};

std::string trim(const std::string& text)
{
    const size_t first = text.find_first_not_of(" \t\r");
    const size_t last = text.find_last_not_of(" \t\r");
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    size_t start = 0;
    for (;;) {
        const size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) {
            return parts;
        }
        start = end + 1;
    }
}

std::optional<int> parseNumber(const std::string& text, long maximum)
{
    char* end = nullptr;
    errno = 0;
    const long value = std::strtol(text.c_str(), &end, 10);
    if (errno != 0 || end == text.c_str() || *end != '\0' || value < 0 || value > maximum) {
        return std::nullopt;
    }
    return static_cast<int>(value);
}

/** @p hex (optionally "0x"-prefixed) as BN_bn2hex writes it, or nothing when it is not a positive hex number. */
std::optional<std::string> normalSerial(std::string hex)
{
    if (hex.rfind("0x", 0) == 0 || hex.rfind("0X", 0) == 0) {
        hex.erase(0, 2);
    }
    if (hex.empty() || hex.size() > 80
        || !std::all_of(hex.begin(), hex.end(), [](unsigned char c) { return std::isxdigit(c) != 0; })) {
        return std::nullopt;
    }
    BIGNUM* raw = nullptr;
    if (BN_hex2bn(&raw, hex.c_str()) == 0) {
        return std::nullopt;
    }
    const BignumPtr number(raw);
    char* text = BN_bn2hex(number.get());
    if (text == nullptr) {
        return std::nullopt;
    }
    std::string result(text);
    OPENSSL_free(text);
    return result;
}

std::string serialText(const ASN1_INTEGER* serial)
{
    const BignumPtr number(ASN1_INTEGER_to_BN(serial, nullptr));
    char* text = number ? BN_bn2hex(number.get()) : nullptr;
    if (text == nullptr) {
        ERR_clear_error();
        return "?";
    }
    std::string result(text);
    OPENSSL_free(text);
    return result;
}

/** YYYYMMDDHHMMSSZ as seconds since the epoch. */
std::optional<std::time_t> parseTime(const std::string& text)
{
    if (text.size() != 15 || text.back() != 'Z'
        || !std::all_of(text.begin(), text.end() - 1, [](unsigned char c) { return std::isdigit(c) != 0; })) {
        return std::nullopt;
    }
    const TimePtr time(ASN1_TIME_new());
    std::tm parts = {};
    if (!time || ASN1_TIME_set_string(time.get(), text.c_str()) != 1 || ASN1_TIME_to_tm(time.get(), &parts) != 1) {
        ERR_clear_error();
        return std::nullopt;
    }
    return timegm(&parts);
}

std::optional<int> parseReason(const std::string& text)
{
    for (const Reason& reason : Reasons) {
        if (lower(reason.name) == lower(text)) {
            return reason.code;
        }
    }
    return std::nullopt;
}

bool validCaName(const std::string& name)
{
    return !name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) {
        return std::isalnum(c) != 0 || c == '-' || c == '_' || c == '.';
    });
}

/** Parses `[CA/]SERIALHEX[:YYYYMMDDHHMMSSZ][:REASON]`; returns an error message or nothing. */
std::optional<std::string> parseRevoked(const std::string& text, RevokedSpec& entry)
{
    entry.text = text;
    std::string rest = text;
    const size_t slash = rest.find('/');
    if (slash != std::string::npos) {
        entry.ca = rest.substr(0, slash);
        rest.erase(0, slash + 1);
        if (!validCaName(entry.ca)) {
            return "bad CA name in --revoked " + text;
        }
    }
    const std::vector<std::string> fields = split(rest, ':');
    const auto serial = normalSerial(fields[0]);
    if (!serial || fields.size() > 3) {
        return "--revoked needs [CA/]SERIALHEX[:YYYYMMDDHHMMSSZ][:REASON], not " + text;
    }
    entry.serial = *serial;
    for (size_t i = 1; i < fields.size(); ++i) {
        if (const auto time = parseTime(fields[i]); time && i == 1) {
            entry.time = time;
        } else if (const auto reason = parseReason(fields[i])) {
            entry.reason = *reason;
        } else if (fields[i] != "none" && !fields[i].empty()) {
            return "neither a time (YYYYMMDDHHMMSSZ) nor a reason: " + fields[i];
        }
    }
    return std::nullopt;
}

/** An error when a --revoked entry names a CA that is not configured (or there is no CA for a bare serial). */
std::optional<std::string> checkRevokedCas(const Settings& settings)
{
    for (const RevokedSpec& entry : settings.revoked) {
        const bool known = entry.ca.empty() ? !settings.cas.empty()
                                            : std::any_of(settings.cas.begin(), settings.cas.end(),
                                                          [&](const CaSpec& ca) { return ca.name == entry.ca; });
        if (!known) {
            return "--revoked " + entry.text + " names no configured --ca";
        }
    }
    return std::nullopt;
}

/** Adds @p arguments to @p settings (and, when @p options is given, the process options); returns an error. */
std::optional<std::string> parseArguments(const std::vector<std::string>& arguments, Settings& settings,
                                          Options* options)
{
    for (size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        const auto needs = [&](size_t count) -> std::optional<std::string> {
            if (i + count >= arguments.size()) {
                return argument + " needs " + std::to_string(count) + (count == 1 ? " value" : " values");
            }
            return std::nullopt;
        };
        if (argument == "--port" || argument == "--config" || argument == "--log") {
            if (options == nullptr) {
                return argument + " is only accepted on the command line";
            }
            if (auto error = needs(1)) {
                return error;
            }
            const std::string& value = arguments[++i];
            if (argument == "--port") {
                const auto port = parseNumber(value, 65535);
                if (!port) {
                    return "bad port " + value;
                }
                options->port = *port;
            } else if (argument == "--config") {
                options->config = value;
            } else {
                options->log = value;
            }
        } else if (argument == "--ca") {
            if (auto error = needs(3)) {
                return error;
            }
            CaSpec ca{arguments[i + 1], arguments[i + 2], arguments[i + 3]};
            i += 3;
            if (!validCaName(ca.name)) {
                return "a CA name is made of letters, digits, '-', '_' and '.': " + ca.name;
            }
            settings.cas.push_back(std::move(ca));
        } else if (argument == "--responder") {
            if (auto error = needs(2)) {
                return error;
            }
            settings.responders.emplace_back(arguments[i + 1], arguments[i + 2]);
            i += 2;
        } else if (argument == "--revoked") {
            if (auto error = needs(1)) {
                return error;
            }
            RevokedSpec entry;
            if (auto error = parseRevoked(arguments[++i], entry)) {
                return error;
            }
            settings.revoked.push_back(std::move(entry));
        } else if (argument == "--delay-ms") {
            if (auto error = needs(1)) {
                return error;
            }
            const auto delay = parseNumber(arguments[++i], 600000);
            if (!delay) {
                return "bad number for --delay-ms";
            }
            settings.delayMs = *delay;
        } else if (argument == "--ca-signs") {
            settings.caSigns = true;
        } else if (argument == "--ocsp-try-later") {
            settings.ocspStatus = OcspStatus::TryLater;
        } else if (argument == "--ocsp-unauthorized") {
            settings.ocspStatus = OcspStatus::Unauthorized;
        } else if (argument == "--ocsp-internal-error") {
            settings.ocspStatus = OcspStatus::InternalError;
        } else if (argument == "--ocsp-wrong-signer") {
            settings.wrongSigner = true;
        } else if (argument == "--ocsp-untrusted-signer") {
            settings.untrustedSigner = true;
        } else if (argument == "--ocsp-wrong-nonce") {
            settings.wrongNonce = true;
        } else if (argument == "--ocsp-no-nonce") {
            settings.noNonce = true;
        } else if (argument == "--ocsp-expired") {
            settings.ocspExpired = true;
        } else if (argument == "--crl-expired") {
            settings.crlExpired = true;
        } else if (argument == "--crl-wrong-key") {
            settings.crlWrongKey = true;
        } else {
            return "unknown option " + argument;
        }
    }
    return std::nullopt;
}

[[noreturn]] void usage(const std::string& problem)
{
    std::fprintf(
        stderr,
        "vanthu-test-revocation: %s\n"
        "usage: vanthu-test-revocation [--port N] [--config FILE] [--log FILE] [--ca NAME CERT KEY]...\n"
        "       [--responder CERT KEY]... [--ca-signs] [--revoked [CA/]SERIALHEX[:YYYYMMDDHHMMSSZ][:REASON]]...\n"
        "       [--ocsp-try-later] [--ocsp-unauthorized] [--ocsp-internal-error] [--ocsp-wrong-signer]\n"
        "       [--ocsp-untrusted-signer] [--ocsp-wrong-nonce] [--ocsp-no-nonce] [--ocsp-expired]\n"
        "       [--crl-expired] [--crl-wrong-key] [--delay-ms N]\n",
        problem.c_str());
    std::exit(2);
}

/** The arguments in the config file at @p path (none when it does not exist). */
std::vector<std::string> configArguments(const std::string& path)
{
    std::vector<std::string> arguments;
    std::ifstream file(path);
    std::string line;
    while (std::getline(file, line)) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        const std::string trimmed = trim(line);
        if (trimmed.empty() || trimmed.front() == '#') {
            continue;
        }
        if (line.find('\t') != std::string::npos) {
            for (const std::string& field : split(line, '\t')) {
                if (!field.empty()) {
                    arguments.push_back(field);
                }
            }
        } else {
            std::istringstream words(trimmed);
            std::string word;
            while (words >> word) {
                arguments.push_back(word);
            }
        }
    }
    return arguments;
}

CertPtr readCertificate(const std::string& path)
{
    const BioPtr bio(BIO_new_file(path.c_str(), "r"));
    CertPtr cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert) {
        fail("cannot read the certificate " + path);
    }
    return cert;
}

KeyPtr readKey(const std::string& path)
{
    const BioPtr bio(BIO_new_file(path.c_str(), "r"));
    KeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key) {
        fail("cannot read the key " + path);
    }
    return key;
}

struct Authority
{
    std::string name;
    CertPtr cert;
    KeyPtr key;
    CertPtr responderCert; ///< delegated responder; null: the CA signs
    KeyPtr responderKey;
};

std::vector<Authority> loadAuthorities(const Settings& settings)
{
    std::vector<Authority> authorities;
    for (const CaSpec& spec : settings.cas) {
        Authority authority{spec.name, readCertificate(spec.cert), readKey(spec.key), nullptr, nullptr};
        if (X509_check_private_key(authority.cert.get(), authority.key.get()) != 1) {
            fail("the key " + spec.key + " does not belong to " + spec.cert);
        }
        authorities.push_back(std::move(authority));
    }
    for (const auto& [certPath, keyPath] : settings.responders) {
        CertPtr cert = readCertificate(certPath);
        KeyPtr key = readKey(keyPath);
        if (X509_check_private_key(cert.get(), key.get()) != 1) {
            fail("the key " + keyPath + " does not belong to " + certPath);
        }
        const auto issuer = std::find_if(authorities.begin(), authorities.end(), [&](const Authority& authority) {
            return X509_check_issued(authority.cert.get(), cert.get()) == X509_V_OK;
        });
        if (issuer == authorities.end()) {
            fail("no --ca issued the responder " + certPath);
        }
        issuer->responderCert = std::move(cert);
        issuer->responderKey = std::move(key);
    }
    return authorities;
}

/** The revoked entry for @p serial (BN_bn2hex form) of the CA named @p ca, or null. */
const RevokedSpec* findRevoked(const Settings& settings, const std::string& ca, const std::string& serial)
{
    for (const RevokedSpec& entry : settings.revoked) {
        const std::string& entryCa = entry.ca.empty() ? settings.cas.front().name : entry.ca;
        if (entryCa == ca && entry.serial == serial) {
            return &entry;
        }
    }
    return nullptr;
}

/** When each --revoked entry without a time was first seen, so that reading the config again keeps its time. */
std::map<std::string, std::time_t> firstSeen;

std::time_t revocationTime(const RevokedSpec& entry)
{
    if (entry.time) {
        return *entry.time;
    }
    return firstSeen.try_emplace(entry.text, std::time(nullptr)).first->second;
}

TimePtr timeFromNow(long seconds)
{
    return TimePtr(check(X509_gmtime_adj(nullptr, seconds), "X509_gmtime_adj"));
}

void addExtension(X509* cert, X509V3_CTX* context, int nid, const char* value)
{
    const ExtensionPtr extension(
        check(X509V3_EXT_nconf_nid(nullptr, context, nid, value), std::string("building ") + OBJ_nid2sn(nid)));
    check(X509_add_ext(cert, extension.get(), -1), "X509_add_ext");
}

struct Signer
{
    CertPtr cert;
    KeyPtr key;
};

/**
 * A certificate the tests' clients must not accept as an OCSP signer, for a fresh P-256 key: issued by @p issuer
 * but without EKU OCSPSigning, or (when @p issuer is null) self-signed with EKU OCSPSigning.
 */
Signer makeBadSigner(const Authority* issuer)
{
    Signer signer;
    signer.key.reset(check(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), "generating a P-256 key"));
    signer.cert.reset(check(X509_new(), "X509_new"));
    X509* cert = signer.cert.get();
    check(X509_set_version(cert, X509_VERSION_3), "X509_set_version");
    check(ASN1_INTEGER_set_uint64(X509_get_serialNumber(cert), static_cast<std::uint64_t>(std::time(nullptr))),
          "setting a serial number");
    const NamePtr name(check(X509_NAME_new(), "X509_NAME_new"));
    const char* commonName = issuer != nullptr ? "VanThu Test OCSP (not delegated)" : "VanThu Test OCSP (untrusted)";
    check(X509_NAME_add_entry_by_txt(name.get(), "O", MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char*>("VanThu Test PKI"), -1, -1, 0),
          "adding O");
    check(X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0),
          "adding CN");
    check(X509_set_subject_name(cert, name.get()), "X509_set_subject_name");
    check(X509_set_issuer_name(cert, issuer != nullptr ? X509_get_subject_name(issuer->cert.get()) : name.get()),
          "X509_set_issuer_name");
    check(X509_gmtime_adj(X509_getm_notBefore(cert), -Day) != nullptr ? 1 : 0, "setting notBefore");
    check(X509_gmtime_adj(X509_getm_notAfter(cert), 30 * Day) != nullptr ? 1 : 0, "setting notAfter");
    check(X509_set_pubkey(cert, signer.key.get()), "X509_set_pubkey");
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer != nullptr ? issuer->cert.get() : cert, cert, nullptr, nullptr, 0);
    addExtension(cert, &context, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert, &context, NID_key_usage, "critical,digitalSignature");
    addExtension(cert, &context, NID_ext_key_usage, issuer != nullptr ? "emailProtection" : "OCSPSigning");
    check(X509_sign(cert, issuer != nullptr ? issuer->key.get() : signer.key.get(), EVP_sha256()),
          "signing a certificate");
    return signer;
}

std::string derOf(OCSP_RESPONSE* response)
{
    unsigned char* der = nullptr;
    const int size = i2d_OCSP_RESPONSE(response, &der);
    check(size, "i2d_OCSP_RESPONSE");
    std::string bytes(reinterpret_cast<const char*>(der), static_cast<size_t>(size));
    OPENSSL_free(der);
    return bytes;
}

std::string statusOnly(int status)
{
    const OcspResponsePtr response(check(OCSP_response_create(status, nullptr), "OCSP_response_create"));
    return derOf(response.get());
}

/** The DER OCSPResponse for @p requestDer; appends what it answered to @p log. */
std::string answerOcsp(const Settings& settings, const std::string& requestDer, std::string& log)
{
    const auto* data = reinterpret_cast<const unsigned char*>(requestDer.data());
    const OcspRequestPtr request(d2i_OCSP_REQUEST(nullptr, &data, static_cast<long>(requestDer.size())));
    if (!request || data != reinterpret_cast<const unsigned char*>(requestDer.data()) + requestDer.size()
        || OCSP_request_onereq_count(request.get()) <= 0) {
        ERR_clear_error();
        log += " malformed";
        return statusOnly(OCSP_RESPONSE_STATUS_MALFORMEDREQUEST);
    }
    const bool hasNonce = OCSP_REQUEST_get_ext_by_NID(request.get(), NID_id_pkix_OCSP_Nonce, -1) >= 0;
    log += hasNonce ? " nonce=yes" : " nonce=no";
    switch (settings.ocspStatus) {
    case OcspStatus::TryLater:
        log += " status=tryLater";
        return statusOnly(OCSP_RESPONSE_STATUS_TRYLATER);
    case OcspStatus::Unauthorized:
        log += " status=unauthorized";
        return statusOnly(OCSP_RESPONSE_STATUS_UNAUTHORIZED);
    case OcspStatus::InternalError:
        log += " status=internalError";
        return statusOnly(OCSP_RESPONSE_STATUS_INTERNALERROR);
    case OcspStatus::Normal:
        break;
    }
    if (settings.cas.empty()) {
        log += " status=unauthorized (no CA configured)";
        return statusOnly(OCSP_RESPONSE_STATUS_UNAUTHORIZED);
    }
    const std::vector<Authority> authorities = loadAuthorities(settings);

    const TimePtr thisUpdate = timeFromNow(settings.ocspExpired ? -2 * Day : 0);
    const TimePtr nextUpdate = timeFromNow(settings.ocspExpired ? -Day : Day);
    const OcspBasicPtr basic(check(OCSP_BASICRESP_new(), "OCSP_BASICRESP_new"));
    const Authority* signingAuthority = nullptr;
    for (int i = 0; i < OCSP_request_onereq_count(request.get()); ++i) {
        OCSP_CERTID* id = OCSP_onereq_get0_id(OCSP_request_onereq_get0(request.get(), i));
        ASN1_OBJECT* digestObject = nullptr;
        ASN1_INTEGER* serial = nullptr;
        OCSP_id_get0_info(nullptr, &digestObject, nullptr, &serial, id);
        const EVP_MD* digest = EVP_get_digestbyobj(digestObject);
        const Authority* issuer = nullptr;
        for (const Authority& authority : authorities) {
            const OcspIdPtr caId(digest != nullptr ? OCSP_cert_to_id(digest, nullptr, authority.cert.get()) : nullptr);
            if (caId && OCSP_id_issuer_cmp(caId.get(), id) == 0) {
                issuer = &authority;
                break;
            }
        }
        ERR_clear_error();
        const std::string serialHex = serialText(serial);
        const auto addStatus = [&](int status, int reason, ASN1_TIME* revokedAt) {
            check(OCSP_basic_add1_status(basic.get(), id, status, reason, revokedAt, thisUpdate.get(), nextUpdate.get())
                          != nullptr
                      ? 1
                      : 0,
                  "OCSP_basic_add1_status");
        };
        if (issuer == nullptr) {
            log += " " + serialHex + "=unknown";
            addStatus(V_OCSP_CERTSTATUS_UNKNOWN, OCSP_REVOKED_STATUS_NOSTATUS, nullptr);
            continue;
        }
        if (signingAuthority == nullptr) {
            signingAuthority = issuer;
        }
        const RevokedSpec* revoked = findRevoked(settings, issuer->name, serialHex);
        if (revoked == nullptr) {
            log += " " + serialHex + "=good";
            addStatus(V_OCSP_CERTSTATUS_GOOD, OCSP_REVOKED_STATUS_NOSTATUS, nullptr);
        } else {
            log += " " + serialHex + "=revoked";
            const TimePtr when(check(ASN1_GENERALIZEDTIME_set(nullptr, revocationTime(*revoked)), "revocation time"));
            addStatus(V_OCSP_CERTSTATUS_REVOKED, revoked->reason, when.get());
        }
    }
    if (signingAuthority == nullptr) {
        signingAuthority = &authorities.front();
    }

    if (!settings.noNonce && hasNonce) {
        if (settings.wrongNonce) {
            check(OCSP_basic_add1_nonce(basic.get(), nullptr, 16), "OCSP_basic_add1_nonce");
        } else {
            check(OCSP_copy_nonce(basic.get(), request.get()), "OCSP_copy_nonce");
        }
    }

    Signer made;
    X509* signerCert = signingAuthority->cert.get();
    EVP_PKEY* signerKey = signingAuthority->key.get();
    if (settings.wrongSigner || settings.untrustedSigner) {
        made = makeBadSigner(settings.wrongSigner ? signingAuthority : nullptr);
        signerCert = made.cert.get();
        signerKey = made.key.get();
        log += settings.wrongSigner ? " signer=not-delegated" : " signer=untrusted";
    } else if (!settings.caSigns && signingAuthority->responderCert) {
        signerCert = signingAuthority->responderCert.get();
        signerKey = signingAuthority->responderKey.get();
        log += " signer=responder";
    } else {
        log += " signer=ca";
    }
    // The signer's certificate goes into the response (no OCSP_NOCERTS); the responder ID is its subject name.
    check(OCSP_basic_sign(basic.get(), signerCert, signerKey, EVP_sha256(), nullptr, 0), "OCSP_basic_sign");
    const OcspResponsePtr response(
        check(OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic.get()), "OCSP_response_create"));
    return derOf(response.get());
}

/** The DER CRL of the CA named @p name, or nothing when no such CA is configured. */
std::optional<std::string> makeCrl(const Settings& settings, const std::string& name)
{
    const auto spec =
        std::find_if(settings.cas.begin(), settings.cas.end(), [&](const CaSpec& ca) { return ca.name == name; });
    if (spec == settings.cas.end()) {
        return std::nullopt;
    }
    const CertPtr caCert = readCertificate(spec->cert);
    KeyPtr caKey = readKey(spec->key);
    if (settings.crlWrongKey) {
        caKey.reset(check(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048)), "generating a key"));
    }

    const CrlPtr crl(check(X509_CRL_new(), "X509_CRL_new"));
    check(X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2), "X509_CRL_set_version");
    check(X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(caCert.get())), "X509_CRL_set_issuer_name");
    const TimePtr lastUpdate = timeFromNow(settings.crlExpired ? -8 * Day : 0);
    const TimePtr nextUpdate = timeFromNow(settings.crlExpired ? -Day : Day);
    check(X509_CRL_set1_lastUpdate(crl.get(), lastUpdate.get()), "X509_CRL_set1_lastUpdate");
    check(X509_CRL_set1_nextUpdate(crl.get(), nextUpdate.get()), "X509_CRL_set1_nextUpdate");

    for (const RevokedSpec& entry : settings.revoked) {
        if ((entry.ca.empty() ? settings.cas.front().name : entry.ca) != name) {
            continue;
        }
        RevokedPtr revoked(check(X509_REVOKED_new(), "X509_REVOKED_new"));
        BIGNUM* raw = nullptr;
        check(BN_hex2bn(&raw, entry.serial.c_str()), "BN_hex2bn");
        const BignumPtr number(raw);
        const IntegerPtr serial(check(BN_to_ASN1_INTEGER(number.get(), nullptr), "BN_to_ASN1_INTEGER"));
        check(X509_REVOKED_set_serialNumber(revoked.get(), serial.get()), "X509_REVOKED_set_serialNumber");
        const TimePtr when(check(ASN1_TIME_set(nullptr, revocationTime(entry)), "ASN1_TIME_set"));
        check(X509_REVOKED_set_revocationDate(revoked.get(), when.get()), "X509_REVOKED_set_revocationDate");
        if (entry.reason != OCSP_REVOKED_STATUS_NOSTATUS) {
            const EnumeratedPtr reason(check(ASN1_ENUMERATED_new(), "ASN1_ENUMERATED_new"));
            check(ASN1_ENUMERATED_set(reason.get(), entry.reason), "ASN1_ENUMERATED_set");
            check(X509_REVOKED_add1_ext_i2d(revoked.get(), NID_crl_reason, reason.get(), 0, 0), "adding a reason");
        }
        check(X509_CRL_add0_revoked(crl.get(), revoked.get()), "X509_CRL_add0_revoked");
        static_cast<void>(revoked.release()); // owned by the CRL now
    }

    X509V3_CTX context;
    X509V3_set_ctx(&context, caCert.get(), nullptr, nullptr, crl.get(), 0);
    const ExtensionPtr authorityKeyId(check(
        X509V3_EXT_nconf_nid(nullptr, &context, NID_authority_key_identifier, "keyid:always"), "building the AKI"));
    check(X509_CRL_add_ext(crl.get(), authorityKeyId.get(), -1), "X509_CRL_add_ext");
    const IntegerPtr crlNumber(check(ASN1_INTEGER_new(), "ASN1_INTEGER_new"));
    check(ASN1_INTEGER_set_int64(crlNumber.get(), static_cast<std::int64_t>(std::time(nullptr))), "CRL number");
    check(X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, crlNumber.get(), 0, 0), "adding the CRL number");
    check(X509_CRL_sort(crl.get()), "X509_CRL_sort");
    check(X509_CRL_sign(crl.get(), caKey.get(), EVP_sha256()), "X509_CRL_sign");

    unsigned char* der = nullptr;
    const int size = i2d_X509_CRL(crl.get(), &der);
    check(size, "i2d_X509_CRL");
    std::string bytes(reinterpret_cast<const char*>(der), static_cast<size_t>(size));
    OPENSSL_free(der);
    return bytes;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

/** Undoes URL encoding (%XX); nothing when an escape is broken. */
std::optional<std::string> percentDecode(const std::string& text)
{
    std::string result;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            result += text[i];
            continue;
        }
        if (i + 2 >= text.size() || hexValue(text[i + 1]) < 0 || hexValue(text[i + 2]) < 0) {
            return std::nullopt;
        }
        result += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
        i += 2;
    }
    return result;
}

/** Decodes base64 (the URL-safe alphabet and missing padding are accepted too); nothing when it is not base64. */
std::optional<std::string> base64Decode(std::string text)
{
    std::replace(text.begin(), text.end(), '-', '+');
    std::replace(text.begin(), text.end(), '_', '/');
    while (text.size() % 4 != 0) {
        text += '=';
    }
    if (text.empty()) {
        return std::nullopt;
    }
    const size_t padding = text.size() - 1 - text.find_last_not_of('=');
    if (padding > 2) {
        return std::nullopt;
    }
    std::string result(text.size() / 4 * 3, '\0');
    const int size =
        EVP_DecodeBlock(reinterpret_cast<unsigned char*>(result.data()),
                        reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()));
    if (size < 0 || static_cast<size_t>(size) < padding) {
        ERR_clear_error();
        return std::nullopt;
    }
    result.resize(static_cast<size_t>(size) - padding);
    return result;
}

class Server
{
public:
    explicit Server(Options options) : m_options(std::move(options))
    {
    }

    void serve(int socket)
    {
        auto request = http::readHead(socket);
        if (!request) {
            return;
        }
        const std::string& version = request->version;
        const std::string& method = request->method;
        const std::string& target = request->target;

        Settings settings = m_options.settings;
        if (!m_options.config.empty()) {
            auto error = parseArguments(configArguments(m_options.config), settings, nullptr);
            if (!error) {
                error = checkRevokedCas(settings);
            }
            if (error) {
                fault(socket, version, "config file " + m_options.config + ": " + *error);
                return;
            }
        }

        if (method == "GET" && target.rfind("/crl/", 0) == 0) {
            serveCrl(socket, version, settings, target);
            return;
        }
        if (method == "GET") {
            // RFC 6960 appendix A.1: GET {url}/{url-encoding of base-64 encoding of the DER OCSPRequest}. The path
            // of the OCSP URL (/ocsp) is optional here, so a client given http://127.0.0.1:N/ is answered as well.
            std::string encoded = target.substr(1);
            if (encoded.rfind("ocsp/", 0) == 0) {
                encoded.erase(0, 5);
            }
            const auto unescaped = percentDecode(encoded);
            const auto der = unescaped ? base64Decode(*unescaped) : std::nullopt;
            if (!der) {
                record("OCSP GET undecodable");
                respondText(socket, version, 400, "GET needs /ocsp/<URL-encoded base64 of a DER OCSPRequest>");
                return;
            }
            serveOcsp(socket, version, settings, "OCSP GET", *der);
            return;
        }
        if (method != "POST") {
            respondText(socket, version, 405, "OCSP is served by GET and POST, CRLs by GET", "Allow: GET, POST\r\n");
            return;
        }
        if (!http::readBody(socket, *request)) {
            return;
        }
        if (request->contentType != "application/ocsp-request") {
            record("OCSP POST wrong-content-type");
            respondText(socket, version, 415, "Content-Type must be application/ocsp-request");
            return;
        }
        serveOcsp(socket, version, settings, "OCSP POST", request->body);
    }

private:
    void record(const std::string& line) const
    {
        if (m_options.log.empty()) {
            return;
        }
        std::ofstream log(m_options.log, std::ios::app);
        log << line << '\n';
    }

    void fault(int socket, const std::string& version, const std::string& message) const
    {
        std::fprintf(stderr, "vanthu-test-revocation: %s\n", message.c_str());
        record("ERROR " + message);
        respondText(socket, version, 500, message);
    }

    static void delay(const Settings& settings)
    {
        if (settings.delayMs > 0) {
            http::pauseUnlessStopped(settings.delayMs);
        }
    }

    void serveOcsp(int socket, const std::string& version, const Settings& settings, std::string log,
                   const std::string& request) const
    {
        std::string response;
        try {
            response = answerOcsp(settings, request, log);
        } catch (const Failure& failure) {
            fault(socket, version, failure.what());
            return;
        }
        delay(settings);
        record(log);
        respond(socket, version, 200, "application/ocsp-response", response);
    }

    void serveCrl(int socket, const std::string& version, const Settings& settings, const std::string& target) const
    {
        const std::string file = target.substr(5);
        const std::string suffix = ".crl";
        const std::string name = file.size() > suffix.size() && file.compare(file.size() - 4, 4, suffix) == 0
                                     ? file.substr(0, file.size() - 4)
                                     : std::string();
        std::optional<std::string> crl;
        try {
            crl = validCaName(name) ? makeCrl(settings, name) : std::nullopt;
        } catch (const Failure& failure) {
            fault(socket, version, failure.what());
            return;
        }
        if (!crl) {
            record("CRL " + file + " not-found");
            respondText(socket, version, 404, "no CRL named " + file);
            return;
        }
        delay(settings);
        record("CRL " + name);
        respond(socket, version, 200, "application/pkix-crl", *crl);
    }

    Options m_options;
};

} // namespace

int main(int argc, char* argv[])
{
    Options options;
    if (auto error = parseArguments(std::vector<std::string>(argv + 1, argv + argc), options.settings, &options)) {
        usage(*error);
    }
    if (options.config.empty()) {
        // With a config file, its --ca options may come later; the check is then made for every request.
        if (auto error = checkRevokedCas(options.settings)) {
            usage(*error);
        }
    }
    try {
        // Settings given on the command line are checked now; those of the config file with every request.
        static_cast<void>(loadAuthorities(options.settings));
    } catch (const Failure& failure) {
        usage(failure.what());
    }
    const int port = options.port;
    Server server(std::move(options));

    return http::serveLoopback("vanthu-test-revocation", port, [&](int client) { server.serve(client); });
}
