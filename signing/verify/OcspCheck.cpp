// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/OcspCheck.h"

#include "signing/keys/FreeDeleter.h"
#include <openssl/err.h>
#include <openssl/http.h>
#include <openssl/ocsp.h>

#include <memory>
#include <string>

namespace vanthu::signing::verify
{
namespace
{

using RequestPointer = std::unique_ptr<OCSP_REQUEST, FreeDeleter<OCSP_REQUEST_free>>;
using ResponsePointer = std::unique_ptr<OCSP_RESPONSE, FreeDeleter<OCSP_RESPONSE_free>>;
using BasicPointer = std::unique_ptr<OCSP_BASICRESP, FreeDeleter<OCSP_BASICRESP_free>>;
using CertificateIdPointer = std::unique_ptr<OCSP_CERTID, FreeDeleter<OCSP_CERTID_free>>;
using BioPointer = std::unique_ptr<BIO, FreeDeleter<BIO_free_all>>;

void freeString(char* text)
{
    OPENSSL_free(text);
}
using OpenSslText = std::unique_ptr<char, FreeDeleter<freeString>>;

void freeStrings(STACK_OF(OPENSSL_STRING) * strings)
{
    X509_email_free(strings); // frees a STACK_OF(OPENSSL_STRING), as X509_get1_ocsp's documentation says
}

QDateTime toDateTime(const ASN1_GENERALIZEDTIME* time)
{
    struct tm parts
    {
    };
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

RevocationAnswer unavailable(RevocationAnswer answer, const QString& detail)
{
    answer.status = RevocationAnswer::Status::Unavailable;
    answer.detail = detail;
    ERR_clear_error();
    return answer;
}

} // namespace

RevocationAnswer checkOcsp(X509* certificate, X509* issuer, STACK_OF(X509) * untrusted, X509_STORE* trust,
                           int timeoutSeconds)
{
    RevocationAnswer answer;
    STACK_OF(OPENSSL_STRING)* urls = X509_get1_ocsp(certificate);
    if (urls == nullptr || sk_OPENSSL_STRING_num(urls) == 0) {
        freeStrings(urls);
        return answer;
    }
    const std::string url = sk_OPENSSL_STRING_value(urls, 0);
    freeStrings(urls);
    answer.responder = QString::fromStdString(url);
    if (url.rfind("http://", 0) != 0) {
        return unavailable(answer, QStringLiteral("only http:// responders are asked"));
    }
    char* hostText = nullptr;
    char* portText = nullptr;
    char* pathText = nullptr;
    if (OSSL_HTTP_parse_url(url.c_str(), nullptr, nullptr, &hostText, &portText, nullptr, &pathText, nullptr, nullptr)
        != 1) {
        return unavailable(answer, QStringLiteral("malformed responder URL"));
    }
    const OpenSslText host(hostText);
    const OpenSslText port(portText);
    const OpenSslText path(pathText);

    CertificateIdPointer id(OCSP_cert_to_id(nullptr, certificate, issuer));
    RequestPointer request(OCSP_REQUEST_new());
    if (!id || !request || OCSP_request_add0_id(request.get(), OCSP_CERTID_dup(id.get())) == nullptr
        || OCSP_request_add1_nonce(request.get(), nullptr, -1) != 1) {
        return unavailable(answer, QStringLiteral("OCSP request not built"));
    }
    unsigned char* der = nullptr;
    const int length = i2d_OCSP_REQUEST(request.get(), &der);
    if (length <= 0) {
        return unavailable(answer, QStringLiteral("OCSP request not encoded"));
    }
    BioPointer body(BIO_new_mem_buf(der, length));
    BioPointer reply(OSSL_HTTP_transfer(nullptr, host.get(), port.get(), path.get(), 0, nullptr, nullptr, nullptr,
                                        nullptr, nullptr, nullptr, 0, nullptr, "application/ocsp-request", body.get(),
                                        "application/ocsp-response", 1, 1024 * 1024, timeoutSeconds, 0));
    body.reset();
    OPENSSL_free(der);
    if (!reply) {
        return unavailable(answer, QStringLiteral("responder unreachable or answered with an error"));
    }
    ResponsePointer response(d2i_OCSP_RESPONSE_bio(reply.get(), nullptr));
    if (!response) {
        return unavailable(answer, QStringLiteral("not an OCSP response"));
    }
    const int responseStatus = OCSP_response_status(response.get());
    if (responseStatus != OCSP_RESPONSE_STATUS_SUCCESSFUL) {
        return unavailable(answer, QStringLiteral("responder status %1 (%2)")
                                       .arg(responseStatus)
                                       .arg(QString::fromLatin1(OCSP_response_status_str(responseStatus))));
    }
    BasicPointer basic(OCSP_response_get1_basic(response.get()));
    if (!basic) {
        return unavailable(answer, QStringLiteral("no basic response"));
    }
    if (OCSP_check_nonce(request.get(), basic.get()) != 1) {
        return unavailable(answer, QStringLiteral("nonce missing or different"));
    }
    const unsigned long flags = trust == nullptr ? OCSP_NOVERIFY : 0;
    X509_STORE* store = trust;
    std::unique_ptr<X509_STORE, FreeDeleter<X509_STORE_free>> empty;
    if (store == nullptr) {
        empty.reset(X509_STORE_new());
        store = empty.get();
    }
    if (OCSP_basic_verify(basic.get(), untrusted, store, flags) != 1) {
        return unavailable(answer, QStringLiteral("response signature or responder not trusted"));
    }
    int status = -1;
    int reason = -1;
    ASN1_GENERALIZEDTIME* revoked = nullptr;
    ASN1_GENERALIZEDTIME* thisUpdate = nullptr;
    ASN1_GENERALIZEDTIME* nextUpdate = nullptr;
    if (OCSP_resp_find_status(basic.get(), id.get(), &status, &reason, &revoked, &thisUpdate, &nextUpdate) != 1) {
        return unavailable(answer, QStringLiteral("the response is about other certificates"));
    }
    if (OCSP_check_validity(thisUpdate, nextUpdate, 300, -1) != 1) {
        return unavailable(answer, QStringLiteral("response outside its validity period"));
    }
    ERR_clear_error();
    switch (status) {
    case V_OCSP_CERTSTATUS_GOOD:
        answer.status = RevocationAnswer::Status::Good;
        break;
    case V_OCSP_CERTSTATUS_REVOKED:
        answer.status = RevocationAnswer::Status::Revoked;
        answer.revocationTime = toDateTime(revoked);
        break;
    default:
        answer.status = RevocationAnswer::Status::Unknown;
    }
    return answer;
}

} // namespace vanthu::signing::verify
