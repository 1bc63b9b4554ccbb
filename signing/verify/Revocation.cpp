// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/Revocation.h"

#include "signing/keys/FreeDeleter.h"
#include "signing/keys/OpenSslSupport.h"
#include "signing/keys/OpenSslTypes.h"
#include "signing/net/HttpTransfer.h"

#include <openssl/err.h>
#include <openssl/ocsp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace vanthu::signing::verify
{
namespace
{

using RequestPointer = std::unique_ptr<OCSP_REQUEST, FreeDeleter<OCSP_REQUEST_free>>;
using ResponsePointer = std::unique_ptr<OCSP_RESPONSE, FreeDeleter<OCSP_RESPONSE_free>>;
using BasicPointer = std::unique_ptr<OCSP_BASICRESP, FreeDeleter<OCSP_BASICRESP_free>>;
using CertificateIdPointer = std::unique_ptr<OCSP_CERTID, FreeDeleter<OCSP_CERTID_free>>;
using CrlPointer = std::unique_ptr<X509_CRL, FreeDeleter<X509_CRL_free>>;
using KeyPointer = std::unique_ptr<EVP_PKEY, FreeDeleter<EVP_PKEY_free>>;
using PointsPointer = std::unique_ptr<STACK_OF(DIST_POINT), FreeDeleter<CRL_DIST_POINTS_free>>;

void freeStrings(STACK_OF(OPENSSL_STRING) * strings)
{
    X509_email_free(strings); // frees a STACK_OF(OPENSSL_STRING), as X509_get1_ocsp's documentation says
}
using StringsPointer = std::unique_ptr<STACK_OF(OPENSSL_STRING), FreeDeleter<freeStrings>>;

/** Allowed clock difference between us and a responder, seconds. */
constexpr long clockSkew = 300;

QByteArray toDer(const unsigned char* data, long length)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
}

RevocationAnswer unavailable(RevocationAnswer answer, const QString& detail)
{
    answer.status = RevocationAnswer::Status::Unavailable;
    answer.detail = detail;
    ERR_clear_error();
    return answer;
}

/**
 * Reads an OCSP answer for @p id: successful, signed by an authorised responder, about this certificate. @p request
 * (online only) must have its nonce echoed and the answer must be current. Unavailable answers say why in detail.
 */
RevocationAnswer readOcsp(const QByteArray& der, OCSP_CERTID* id, const OCSP_REQUEST* request,
                          STACK_OF(X509) * untrusted, X509_STORE* trust, RevocationAnswer answer)
{
    answer.kind = RevocationAnswer::Kind::Ocsp;
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    ResponsePointer response(d2i_OCSP_RESPONSE(nullptr, &cursor, der.size()));
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
    if (request != nullptr && OCSP_check_nonce(const_cast<OCSP_REQUEST*>(request), basic.get()) != 1) {
        return unavailable(answer, QStringLiteral("nonce missing or different"));
    }
    int status = -1;
    int reason = -1;
    ASN1_GENERALIZEDTIME* revoked = nullptr;
    ASN1_GENERALIZEDTIME* thisUpdate = nullptr;
    ASN1_GENERALIZEDTIME* nextUpdate = nullptr;
    if (OCSP_resp_find_status(basic.get(), id, &status, &reason, &revoked, &thisUpdate, &nextUpdate) != 1) {
        return unavailable(answer, QStringLiteral("the response is about other certificates"));
    }
    const unsigned long flags = trust == nullptr ? OCSP_NOVERIFY : 0;
    X509StorePointer empty;
    X509_STORE* store = trust;
    if (store == nullptr) {
        empty.reset(X509_STORE_new());
        store = empty.get();
    }
    if (OCSP_basic_verify(basic.get(), untrusted, store, flags) != 1) {
        return unavailable(answer, QStringLiteral("response signature or responder not trusted"));
    }
    if (request != nullptr && OCSP_check_validity(thisUpdate, nextUpdate, clockSkew, -1) != 1) {
        return unavailable(answer, QStringLiteral("response outside its validity period"));
    }
    ERR_clear_error();
    answer.issuedAt = utcFromAsn1Time(thisUpdate);
    answer.nextUpdate = utcFromAsn1Time(nextUpdate);
    answer.evidence = der;
    switch (status) {
    case V_OCSP_CERTSTATUS_GOOD:
        answer.status = RevocationAnswer::Status::Good;
        break;
    case V_OCSP_CERTSTATUS_REVOKED:
        answer.status = RevocationAnswer::Status::Revoked;
        answer.revocationTime = utcFromAsn1Time(revoked);
        break;
    default:
        answer.status = RevocationAnswer::Status::Unknown;
        answer.evidence.clear();
    }
    return answer;
}

using IdpPointer = std::unique_ptr<ISSUING_DIST_POINT, FreeDeleter<ISSUING_DIST_POINT_free>>;

/** Is the critical extension @p nid one whose meaning we apply (RFC 5280 §5.2, §5.3)? Others make a CRL unusable. */
bool understoodCrlExtension(int nid)
{
    switch (nid) {
    case NID_authority_key_identifier:
    case NID_crl_number:
    case NID_issuing_distribution_point:
    case NID_freshest_crl:
    case NID_info_access:
    case NID_crl_reason:
    case NID_invalidity_date:
    case NID_hold_instruction_code:
        return true;
    default:
        return false; // delta CRL indicator and certificate issuer (indirect CRLs) included: not supported
    }
}

bool namesMatch(const GENERAL_NAMES* left, const GENERAL_NAMES* right)
{
    for (int i = 0; i < sk_GENERAL_NAME_num(left); ++i) {
        for (int j = 0; j < sk_GENERAL_NAME_num(right); ++j) {
            if (GENERAL_NAME_cmp(sk_GENERAL_NAME_value(left, i), sk_GENERAL_NAME_value(right, j)) == 0) {
                return true;
            }
        }
    }
    return false;
}

/**
 * Why @p crl does not answer for @p certificate although its issuer signed it, or empty: a delta CRL is not a full
 * one, an unknown critical extension (of the CRL or of an entry) may change its meaning, and an issuing distribution
 * point limits it to certificates that name that point and are of its kind (RFC 5280 §5.2.5, §6.3.3).
 */
QString crlScopeProblem(X509_CRL* crl, X509* certificate)
{
    if (X509_CRL_get_ext_by_NID(crl, NID_delta_crl, -1) >= 0) {
        return QStringLiteral("a delta CRL, not a full one");
    }
    for (int i = 0; i < X509_CRL_get_ext_count(crl); ++i) {
        X509_EXTENSION* extension = X509_CRL_get_ext(crl, i);
        if (X509_EXTENSION_get_critical(extension) == 1
            && !understoodCrlExtension(OBJ_obj2nid(X509_EXTENSION_get_object(extension)))) {
            return QStringLiteral("the CRL has an unknown critical extension");
        }
    }
    STACK_OF(X509_REVOKED)* entries = X509_CRL_get_REVOKED(crl);
    for (int i = 0; i < sk_X509_REVOKED_num(entries); ++i) {
        const X509_REVOKED* entry = sk_X509_REVOKED_value(entries, i);
        for (int j = 0; j < X509_REVOKED_get_ext_count(entry); ++j) {
            X509_EXTENSION* extension = X509_REVOKED_get_ext(entry, j);
            if (X509_EXTENSION_get_critical(extension) == 1
                && !understoodCrlExtension(OBJ_obj2nid(X509_EXTENSION_get_object(extension)))) {
                return QStringLiteral("a CRL entry has an unknown critical extension");
            }
        }
    }
    IdpPointer idp(
        static_cast<ISSUING_DIST_POINT*>(X509_CRL_get_ext_d2i(crl, NID_issuing_distribution_point, nullptr, nullptr)));
    if (!idp) {
        return {};
    }
    if (idp->indirectCRL || idp->onlyattr || idp->onlysomereasons != nullptr) {
        return QStringLiteral("an indirect or partial CRL");
    }
    const bool authority = X509_check_ca(certificate) != 0;
    if ((idp->onlyuser && authority) || (idp->onlyCA && !authority)) {
        return QStringLiteral("a CRL for another kind of certificate");
    }
    if (idp->distpoint == nullptr) {
        return {};
    }
    if (idp->distpoint->type != 0) {
        return QStringLiteral("a CRL for a relative distribution point");
    }
    PointsPointer points(static_cast<STACK_OF(DIST_POINT)*>(
        X509_get_ext_d2i(certificate, NID_crl_distribution_points, nullptr, nullptr)));
    for (int i = 0; points && i < sk_DIST_POINT_num(points.get()); ++i) {
        const DIST_POINT* point = sk_DIST_POINT_value(points.get(), i);
        if (point->distpoint != nullptr && point->distpoint->type == 0
            && namesMatch(point->distpoint->name.fullname, idp->distpoint->name.fullname)) {
            return {};
        }
    }
    return QStringLiteral("a CRL for a distribution point the certificate does not name");
}

/**
 * Reads a CRL for @p certificate: issued under @p issuer's name and signed with its key, of a scope that covers it;
 * @p online answers must be current. Certificates on hold count as revoked while they are listed.
 */
RevocationAnswer readCrl(const QByteArray& der, X509* certificate, X509* issuer, bool online, RevocationAnswer answer)
{
    answer.kind = RevocationAnswer::Kind::Crl;
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    CrlPointer crl(d2i_X509_CRL(nullptr, &cursor, der.size()));
    if (!crl) {
        return unavailable(answer, QStringLiteral("not a CRL"));
    }
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_issuer_name(certificate)) != 0) {
        return unavailable(answer, QStringLiteral("CRL of another issuer"));
    }
    EVP_PKEY* key = X509_get0_pubkey(issuer);
    if (key == nullptr || X509_CRL_verify(crl.get(), key) != 1) {
        return unavailable(answer, QStringLiteral("CRL signature does not verify with the issuer's key"));
    }
    if (const QString problem = crlScopeProblem(crl.get(), certificate); !problem.isEmpty()) {
        return unavailable(answer, problem);
    }
    const ASN1_TIME* thisUpdate = X509_CRL_get0_lastUpdate(crl.get());
    const ASN1_TIME* nextUpdate = X509_CRL_get0_nextUpdate(crl.get());
    if (online) {
        const time_t now = time(nullptr);
        time_t latest = now + clockSkew;
        time_t earliest = now - clockSkew;
        if (thisUpdate == nullptr || X509_cmp_time(thisUpdate, &latest) > 0
            || (nextUpdate != nullptr && X509_cmp_time(nextUpdate, &earliest) < 0)) {
            return unavailable(answer, QStringLiteral("CRL outside its validity period"));
        }
    }
    ERR_clear_error();
    answer.issuedAt = utcFromAsn1Time(thisUpdate);
    answer.nextUpdate = utcFromAsn1Time(nextUpdate);
    answer.evidence = der;
    X509_REVOKED* entry = nullptr;
    if (X509_CRL_get0_by_cert(crl.get(), &entry, certificate) == 1 && entry != nullptr) {
        answer.status = RevocationAnswer::Status::Revoked;
        answer.revocationTime = utcFromAsn1Time(X509_REVOKED_get0_revocationDate(entry));
    } else {
        answer.status = RevocationAnswer::Status::Good;
    }
    ERR_clear_error();
    return answer;
}

bool usable(const RevocationAnswer& answer)
{
    return answer.status == RevocationAnswer::Status::Good || answer.status == RevocationAnswer::Status::Revoked;
}

RevocationAnswer askOcsp(const QString& url, X509* certificate, X509* issuer, STACK_OF(X509) * untrusted,
                         X509_STORE* trust, const RevocationPolicy& policy)
{
    RevocationAnswer answer;
    answer.source = url;
    answer.kind = RevocationAnswer::Kind::Ocsp;
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
    net::HttpExchange exchange;
    exchange.body = toDer(der, length);
    OPENSSL_free(der);
    exchange.contentType = "application/ocsp-request";
    exchange.expectedContentType = "application/ocsp-response";
    exchange.timeoutSeconds = policy.timeoutSeconds;
    exchange.cancel = policy.cancel;
    const net::HttpReply reply = net::httpTransfer(url, exchange);
    if (!reply.ok()) {
        return unavailable(
            answer, QStringLiteral("responder unreachable or answered with an error: %1").arg(reply.failure->detail));
    }
    return readOcsp(reply.body, id.get(), request.get(), untrusted, trust, answer);
}

QStringList crlUrls(X509* certificate)
{
    QStringList urls;
    PointsPointer points(static_cast<STACK_OF(DIST_POINT)*>(
        X509_get_ext_d2i(certificate, NID_crl_distribution_points, nullptr, nullptr)));
    for (int i = 0; points && i < sk_DIST_POINT_num(points.get()); ++i) {
        const DIST_POINT* point = sk_DIST_POINT_value(points.get(), i);
        if (point->distpoint == nullptr || point->distpoint->type != 0) {
            continue; // a relative name: nothing to fetch
        }
        const GENERAL_NAMES* names = point->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, j);
            if (name->type == GEN_URI) {
                const ASN1_IA5STRING* uri = name->d.uniformResourceIdentifier;
                urls.append(QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(uri)),
                                                ASN1_STRING_length(uri)));
            }
        }
    }
    ERR_clear_error();
    return urls;
}

RevocationAnswer askCrl(const QString& url, X509* certificate, X509* issuer, const RevocationPolicy& policy)
{
    RevocationAnswer answer;
    answer.source = url;
    answer.kind = RevocationAnswer::Kind::Crl;
    net::HttpExchange exchange;
    exchange.maxResponseBytes = policy.maxCrlBytes;
    exchange.timeoutSeconds = policy.timeoutSeconds;
    exchange.cancel = policy.cancel;
    const net::HttpReply reply = net::httpTransfer(url, exchange);
    if (!reply.ok()) {
        return unavailable(answer, QStringLiteral("CRL not fetched: %1").arg(reply.failure->detail));
    }
    return readCrl(reply.body, certificate, issuer, true, answer);
}

} // namespace

bool namesRevocationSource(X509* certificate)
{
    StringsPointer ocsp(X509_get1_ocsp(certificate));
    const bool named = (ocsp && sk_OPENSSL_STRING_num(ocsp.get()) > 0) || !crlUrls(certificate).isEmpty();
    ERR_clear_error();
    return named;
}

RevocationAnswer embeddedRevocation(X509* certificate, X509* issuer, STACK_OF(X509) * untrusted, X509_STORE* trust,
                                    const ValidationData& embedded, const QDateTime& signingTime)
{
    RevocationAnswer answer;
    answer.source = QStringLiteral("DSS");
    answer.fromDocument = true;
    answer.sourceNamed = namesRevocationSource(certificate);
    if (embedded.ocspResponses.isEmpty() && embedded.crls.isEmpty()) {
        return answer;
    }
    // Evidence issued before the signing time counts only if it still held then; a revocation is final whatever its
    // age (the certificate cannot have been good at a later time).
    auto counts = [&signingTime](const RevocationAnswer& candidate) {
        if (!signingTime.isValid() || candidate.status == RevocationAnswer::Status::Revoked
            || candidate.issuedAt >= signingTime) {
            return true;
        }
        return !candidate.nextUpdate.isValid() || signingTime <= candidate.nextUpdate;
    };
    CertificateIdPointer id(OCSP_cert_to_id(nullptr, certificate, issuer));
    RevocationAnswer best = answer;
    RevocationAnswer lapsed; // an answer about the certificate that failed the time rule
    auto consider = [&](const RevocationAnswer& candidate) {
        if (!usable(candidate)) {
            return;
        }
        if (!counts(candidate)) {
            lapsed = candidate;
            return;
        }
        // The newest usable evidence wins; a revocation is final whatever its age.
        if (!usable(best) || candidate.status == RevocationAnswer::Status::Revoked
            || (best.status != RevocationAnswer::Status::Revoked && candidate.issuedAt > best.issuedAt)) {
            best = candidate;
        }
    };
    for (const QByteArray& response : embedded.ocspResponses) {
        consider(readOcsp(response, id.get(), nullptr, untrusted, trust, answer));
    }
    for (const QByteArray& crl : embedded.crls) {
        consider(readCrl(crl, certificate, issuer, false, answer));
    }
    ERR_clear_error();
    if (!usable(best) && usable(lapsed)) {
        RevocationAnswer stale = unavailable(lapsed, QStringLiteral("the document's answer was issued before the "
                                                                    "signing time and had lapsed by then"));
        stale.evidence.clear();
        return stale;
    }
    return best;
}

RevocationAnswer checkRevocation(X509* certificate, X509* issuer, STACK_OF(X509) * untrusted, X509_STORE* trust,
                                 const ValidationData& embedded, const RevocationPolicy& policy)
{
    RevocationAnswer fromDocument =
        embeddedRevocation(certificate, issuer, untrusted, trust, embedded, policy.signingTime);
    if (usable(fromDocument) || !policy.online) {
        return fromDocument;
    }
    RevocationAnswer answer; // NoSource until a source is named
    answer.sourceNamed = fromDocument.sourceNamed;
    StringsPointer ocsp(X509_get1_ocsp(certificate));
    for (int i = 0; ocsp && i < sk_OPENSSL_STRING_num(ocsp.get()); ++i) {
        answer = askOcsp(QString::fromUtf8(sk_OPENSSL_STRING_value(ocsp.get(), i)), certificate, issuer, untrusted,
                         trust, policy);
        answer.sourceNamed = true;
        if (usable(answer) || answer.status == RevocationAnswer::Status::Unknown) {
            return answer;
        }
    }
    // The CRL is the fallback when the responder is missing, down or its answers are unusable (RFC 5280 §6.3).
    for (const QString& url : crlUrls(certificate)) {
        RevocationAnswer fromCrl = askCrl(url, certificate, issuer, policy);
        fromCrl.sourceNamed = true;
        if (usable(fromCrl)) {
            return fromCrl;
        }
        if (answer.status == RevocationAnswer::Status::NoSource) {
            answer = fromCrl;
        }
    }
    // Nothing to ask: the document's lapsed answer says more than "no source".
    return answer.status == RevocationAnswer::Status::NoSource ? fromDocument : answer;
}

} // namespace vanthu::signing::verify
