// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/timestamp/TimestampClient.h"

#include "signing/keys/FreeDeleter.h"
#include "signing/keys/OpenSslSupport.h"
#include "signing/keys/OpenSslTypes.h"
#include "signing/net/HttpTransfer.h"
#include <QCoreApplication>
#include <QStringList>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <optional>
#include <string>

namespace vanthu::signing
{
namespace
{

struct TimestampText
{
    Q_DECLARE_TR_FUNCTIONS(TimestampText)
};

using BignumPtr = std::unique_ptr<BIGNUM, FreeDeleter<BN_free>>;
using IntegerPtr = std::unique_ptr<ASN1_INTEGER, FreeDeleter<ASN1_INTEGER_free>>;
using ObjectPtr = std::unique_ptr<ASN1_OBJECT, FreeDeleter<ASN1_OBJECT_free>>;
using AlgorithmPtr = std::unique_ptr<X509_ALGOR, FreeDeleter<X509_ALGOR_free>>;
using ImprintPtr = std::unique_ptr<TS_MSG_IMPRINT, FreeDeleter<TS_MSG_IMPRINT_free>>;
using RequestPtr = std::unique_ptr<TS_REQ, FreeDeleter<TS_REQ_free>>;
using ResponsePtr = std::unique_ptr<TS_RESP, FreeDeleter<TS_RESP_free>>;
using TstInfoPtr = std::unique_ptr<TS_TST_INFO, FreeDeleter<TS_TST_INFO_free>>;
using StoreContextPtr = std::unique_ptr<X509_STORE_CTX, FreeDeleter<X509_STORE_CTX_free>>;
using EssPtr = std::unique_ptr<ESS_SIGNING_CERT, FreeDeleter<ESS_SIGNING_CERT_free>>;
using EssV2Ptr = std::unique_ptr<ESS_SIGNING_CERT_V2, FreeDeleter<ESS_SIGNING_CERT_V2_free>>;
using KeyUsagePtr = std::unique_ptr<EXTENDED_KEY_USAGE, FreeDeleter<EXTENDED_KEY_USAGE_free>>;

Error makeError(ErrorCode code, const QString& message, const QString& detail = QString())
{
    return Error{code, message, detail};
}

QByteArray derOf(const unsigned char* data, long size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

QByteArray asn1Bytes(const ASN1_STRING* value)
{
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value));
}

QString objectText(const ASN1_OBJECT* object)
{
    char text[128];
    const int size = OBJ_obj2txt(text, sizeof text, object, 1);
    return size > 0 && size < static_cast<int>(sizeof text) ? QString::fromLatin1(text, size) : QString();
}

/** The TSA's address checked before any work, worded for people. */
Result<void> checkTsaUrl(const QString& tsaUrl)
{
    const auto problem = net::checkHttpUrl(tsaUrl);
    if (!problem) {
        return {};
    }
    switch (problem->kind) {
    case net::HttpFailure::Kind::NotHttp:
        return makeError(ErrorCode::InvalidInput,
                         TimestampText::tr("\"%1\" is not a valid timestamp server address: it must start with "
                                           "http://.")
                             .arg(tsaUrl));
    case net::HttpFailure::Kind::HttpsUnsupported:
        return makeError(ErrorCode::Unsupported,
                         TimestampText::tr("Timestamp servers over HTTPS are not supported yet. Use the server's "
                                           "http:// address: timestamps are signed, so plain HTTP does not weaken "
                                           "them."));
    default:
        return makeError(ErrorCode::InvalidInput,
                         TimestampText::tr("\"%1\" is not a valid timestamp server address.").arg(tsaUrl),
                         problem->detail);
    }
}

/** A random positive 64-bit nonce. */
Result<IntegerPtr> makeNonce()
{
    unsigned char bytes[8];
    if (RAND_bytes(bytes, sizeof bytes) != 1) {
        return makeError(ErrorCode::Internal, TimestampText::tr("No random numbers for the timestamp request."),
                         takeOpenSslErrors().text);
    }
    bytes[0] = static_cast<unsigned char>(bytes[0] | 0x01); // never zero
    const BignumPtr number(BN_bin2bn(bytes, sizeof bytes, nullptr));
    IntegerPtr nonce(number ? BN_to_ASN1_INTEGER(number.get(), nullptr) : nullptr);
    if (!nonce) {
        return makeError(ErrorCode::Internal, TimestampText::tr("The timestamp request could not be built."),
                         takeOpenSslErrors().text);
    }
    return nonce;
}

Result<QByteArray> buildRequest(const EVP_MD* md, const QByteArray& digestValue, const ASN1_INTEGER* nonce,
                                const ASN1_OBJECT* policy)
{
    const RequestPtr request(TS_REQ_new());
    const ImprintPtr imprint(TS_MSG_IMPRINT_new());
    const AlgorithmPtr algorithm(X509_ALGOR_new());
    QByteArray hash = digestValue;
    // NULL parameters, as the openssl tool writes them; RFC 5754 has TSAs accept both forms.
    const bool built = request && imprint && algorithm
                       && X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(EVP_MD_get_type(md)), V_ASN1_NULL, nullptr) == 1
                       && TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) == 1
                       && TS_MSG_IMPRINT_set_msg(imprint.get(), reinterpret_cast<unsigned char*>(hash.data()),
                                                 static_cast<int>(hash.size()))
                              == 1
                       && TS_REQ_set_version(request.get(), 1) == 1
                       && TS_REQ_set_msg_imprint(request.get(), imprint.get()) == 1
                       && TS_REQ_set_nonce(request.get(), nonce) == 1 && TS_REQ_set_cert_req(request.get(), 1) == 1
                       && (policy == nullptr || TS_REQ_set_policy_id(request.get(), policy) == 1);
    unsigned char* der = nullptr;
    const int size = built ? i2d_TS_REQ(request.get(), &der) : 0;
    if (size <= 0) {
        return makeError(ErrorCode::Internal, TimestampText::tr("The timestamp request could not be built."),
                         takeOpenSslErrors().text);
    }
    QByteArray bytes = derOf(der, size);
    OPENSSL_free(der);
    return bytes;
}

/** A failed HTTP exchange with the TSA, worded for people. */
Error exchangeError(const net::HttpFailure& failure, const TimestampOptions& options)
{
    const QString& host = failure.host;
    switch (failure.kind) {
    case net::HttpFailure::Kind::Unreachable:
        return makeError(ErrorCode::Io, TimestampText::tr("The timestamp server %1 cannot be reached.").arg(host),
                         failure.detail);
    case net::HttpFailure::Kind::Timeout:
        return makeError(ErrorCode::Io,
                         TimestampText::tr("The timestamp server %1 did not answer within %n second(s).", nullptr,
                                           std::max(1, options.timeoutSeconds))
                             .arg(host),
                         failure.detail);
    case net::HttpFailure::Kind::HttpStatus:
        return makeError(
            ErrorCode::Io,
            TimestampText::tr("The timestamp server %1 answered with HTTP status %2.").arg(host, failure.httpStatus),
            failure.detail);
    case net::HttpFailure::Kind::NotDer:
        return makeError(
            ErrorCode::Corrupt,
            TimestampText::tr("The answer of the timestamp server %1 is not a valid timestamp reply.").arg(host),
            failure.detail);
    case net::HttpFailure::Kind::WrongContentType:
        return makeError(ErrorCode::Io,
                         TimestampText::tr("The server %1 did not answer with a timestamp reply. Check the "
                                           "timestamp server address.")
                             .arg(host),
                         failure.detail);
    case net::HttpFailure::Kind::TooLarge:
        return makeError(ErrorCode::Io,
                         TimestampText::tr("The answer of the timestamp server %1 is larger than %2 bytes.")
                             .arg(host)
                             .arg(options.maxResponseBytes),
                         failure.detail);
    default:
        return makeError(ErrorCode::Io,
                         TimestampText::tr("The exchange with the timestamp server %1 failed.").arg(host),
                         failure.detail);
    }
}

/** The TSA's PKIStatusInfo as people read it: status, free text and failure reasons. */
Error refusal(const TS_STATUS_INFO* info, long status, const QString& host)
{
    QStringList parts;
    const auto* text = TS_STATUS_INFO_get0_text(info);
    for (int i = 0; text != nullptr && i < sk_ASN1_UTF8STRING_num(text); ++i) {
        parts.append(QString::fromUtf8(asn1Bytes(sk_ASN1_UTF8STRING_value(text, i))));
    }
    static const std::pair<int, const char*> reasons[] = {
        {TS_INFO_BAD_ALG, "badAlg"},
        {TS_INFO_BAD_REQUEST, "badRequest"},
        {TS_INFO_BAD_DATA_FORMAT, "badDataFormat"},
        {TS_INFO_TIME_NOT_AVAILABLE, "timeNotAvailable"},
        {TS_INFO_UNACCEPTED_POLICY, "unacceptedPolicy"},
        {TS_INFO_UNACCEPTED_EXTENSION, "unacceptedExtension"},
        {TS_INFO_ADD_INFO_NOT_AVAILABLE, "addInfoNotAvailable"},
        {TS_INFO_SYSTEM_FAILURE, "systemFailure"},
    };
    const ASN1_BIT_STRING* failure = TS_STATUS_INFO_get0_failure_info(info);
    QStringList failures;
    ErrorCode code = ErrorCode::InvalidInput;
    for (const auto& [bit, name] : reasons) {
        if (failure != nullptr && ASN1_BIT_STRING_get_bit(failure, bit) == 1) {
            failures.append(QString::fromLatin1(name));
            if (bit == TS_INFO_BAD_ALG) {
                code = ErrorCode::Unsupported;
            } else if (bit == TS_INFO_TIME_NOT_AVAILABLE || bit == TS_INFO_ADD_INFO_NOT_AVAILABLE
                       || bit == TS_INFO_SYSTEM_FAILURE) {
                code = ErrorCode::Io;
            }
        }
    }
    if (!failures.isEmpty()) {
        parts.append(failures.join(QStringLiteral(", ")));
    }
    const QString said = parts.isEmpty() ? TimestampText::tr("no reason given") : parts.join(QStringLiteral("; "));
    return makeError(code, TimestampText::tr("The timestamp server %1 refused the request: %2").arg(host, said),
                     QStringLiteral("PKIStatus %1").arg(status));
}

/** The bytes of the timeStampToken inside a DER TimeStampResp, exactly as sent (nullopt when absent). */
std::optional<QByteArray> tokenBytes(const QByteArray& responseDer)
{
    const auto* start = reinterpret_cast<const unsigned char*>(responseDer.constData());
    const unsigned char* cursor = start;
    long length = 0;
    int tag = 0;
    int tagClass = 0;
    const long total = static_cast<long>(responseDer.size());
    // TimeStampResp ::= SEQUENCE { status PKIStatusInfo, timeStampToken TimeStampToken OPTIONAL }
    if (ASN1_get_object(&cursor, &length, &tag, &tagClass, total) != V_ASN1_CONSTRUCTED || tag != V_ASN1_SEQUENCE) {
        return std::nullopt;
    }
    const unsigned char* end = cursor + length;
    const unsigned char* status = cursor;
    if (ASN1_get_object(&cursor, &length, &tag, &tagClass, end - status) != V_ASN1_CONSTRUCTED) {
        return std::nullopt;
    }
    cursor += length;
    if (cursor >= end) {
        return std::nullopt;
    }
    const unsigned char* token = cursor;
    if (ASN1_get_object(&cursor, &length, &tag, &tagClass, end - token) != V_ASN1_CONSTRUCTED
        || cursor + length != end) {
        return std::nullopt;
    }
    return derOf(token, static_cast<long>(end - token));
}

QDateTime parseGeneralizedTime(const ASN1_GENERALIZEDTIME* time)
{
    // DER GeneralizedTime as RFC 3161 has it: YYYYMMDDhhmmss[.f+]Z
    const QString text = QString::fromLatin1(asn1Bytes(time));
    if (text.size() < 15 || !text.endsWith(QLatin1Char('Z'))) {
        return QDateTime();
    }
    bool ok = true;
    const auto number = [&](int from, int count) {
        bool good = false;
        const int value = text.mid(from, count).toInt(&good);
        ok = ok && good;
        return value;
    };
    const QDate date(number(0, 4), number(4, 2), number(6, 2));
    int milliseconds = 0;
    if (text.size() > 15) {
        if (text.at(14) != QLatin1Char('.') || text.size() < 17) {
            return QDateTime();
        }
        milliseconds = number(15, std::min<int>(3, static_cast<int>(text.size()) - 16));
        for (qsizetype digits = text.size() - 16; digits < 3; ++digits) {
            milliseconds *= 10;
        }
    }
    const QTime clock(number(8, 2), number(10, 2), number(12, 2), milliseconds);
    if (!ok || !date.isValid() || !clock.isValid()) {
        return QDateTime();
    }
    return QDateTime(date, clock, Qt::UTC);
}

bool isTimestampingCertificate(X509* certificate)
{
    int critical = -1;
    const KeyUsagePtr usage(
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(certificate, NID_ext_key_usage, &critical, nullptr)));
    return usage && critical == 1 && sk_ASN1_OBJECT_num(usage.get()) == 1
           && OBJ_obj2nid(sk_ASN1_OBJECT_value(usage.get(), 0)) == NID_time_stamp;
}

X509Pointer certificateFrom(const QByteArray& der)
{
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Pointer(d2i_X509(nullptr, &data, static_cast<long>(der.size())));
}

/**
 * True when the signed ESS signing-certificate(-v2) attribute of @p signerInfo names @p signer (RFC 3161 requires
 * one; RFC 5816 allows v2 with SHA-2), so the signer cannot be swapped for another certificate with the same key.
 */
bool namesSigner(CMS_SignerInfo* signerInfo, X509* signer)
{
    const auto* v1 = static_cast<const ASN1_STRING*>(
        CMS_signed_get0_data_by_OBJ(signerInfo, OBJ_nid2obj(NID_id_smime_aa_signingCertificate), -3, V_ASN1_SEQUENCE));
    const auto* v2 = static_cast<const ASN1_STRING*>(CMS_signed_get0_data_by_OBJ(
        signerInfo, OBJ_nid2obj(NID_id_smime_aa_signingCertificateV2), -3, V_ASN1_SEQUENCE));
    EssPtr attribute;
    EssV2Ptr attributeV2;
    if (v1 != nullptr) {
        const unsigned char* data = ASN1_STRING_get0_data(v1);
        attribute.reset(d2i_ESS_SIGNING_CERT(nullptr, &data, ASN1_STRING_length(v1)));
        if (!attribute) {
            return false;
        }
    }
    if (v2 != nullptr) {
        const unsigned char* data = ASN1_STRING_get0_data(v2);
        attributeV2.reset(d2i_ESS_SIGNING_CERT_V2(nullptr, &data, ASN1_STRING_length(v2)));
        if (!attributeV2) {
            return false;
        }
    }
    const X509Stack chain(sk_X509_new_null());
    if (!chain || X509_add_cert(chain.get(), signer, X509_ADD_FLAG_UP_REF) != 1) {
        return false;
    }
    return OSSL_ESS_check_signing_certs(attribute.get(), attributeV2.get(), chain.get(), 1) == 1;
}

/** Checks that @p signer chains to @p options' trust anchors for timestamping, now. */
Result<void> checkChain(X509* signer, STACK_OF(X509) * tokenCertificates, const TimestampOptions& options,
                        const QString& host)
{
    const X509StorePointer store(X509_STORE_new());
    X509Stack untrusted(sk_X509_new_null());
    const StoreContextPtr context(X509_STORE_CTX_new());
    if (!store || !untrusted || !context) {
        return makeError(ErrorCode::Internal, TimestampText::tr("The timestamp could not be checked."),
                         takeOpenSslErrors().text);
    }
    for (const QByteArray& der : options.trustAnchorsDer) {
        const X509Pointer anchor = certificateFrom(der);
        if (!anchor || X509_STORE_add_cert(store.get(), anchor.get()) != 1) {
            return makeError(ErrorCode::InvalidInput, TimestampText::tr("A trusted root certificate is damaged."),
                             takeOpenSslErrors().text);
        }
    }
    for (int i = 0; tokenCertificates != nullptr && i < sk_X509_num(tokenCertificates); ++i) {
        if (X509_add_cert(untrusted.get(), sk_X509_value(tokenCertificates, i), X509_ADD_FLAG_UP_REF) != 1) {
            return makeError(ErrorCode::Internal, TimestampText::tr("The timestamp could not be checked."),
                             takeOpenSslErrors().text);
        }
    }
    for (const QByteArray& der : options.intermediatesDer) {
        X509Pointer intermediate = certificateFrom(der);
        if (!intermediate || X509_add_cert(untrusted.get(), intermediate.get(), X509_ADD_FLAG_DEFAULT) != 1) {
            return makeError(ErrorCode::InvalidInput,
                             TimestampText::tr("An intermediate certificate for the timestamp server is damaged."),
                             takeOpenSslErrors().text);
        }
        static_cast<void>(intermediate.release()); // the stack owns it now
    }
    if (X509_STORE_CTX_init(context.get(), store.get(), signer, untrusted.get()) != 1
        || X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_TIMESTAMP_SIGN) != 1) {
        return makeError(ErrorCode::Internal, TimestampText::tr("The timestamp could not be checked."),
                         takeOpenSslErrors().text);
    }
    if (X509_verify_cert(context.get()) != 1) {
        const int reason = X509_STORE_CTX_get_error(context.get());
        return makeError(ErrorCode::InvalidInput,
                         TimestampText::tr("The certificate of the timestamp server %1 is not trusted.").arg(host),
                         QString::fromUtf8(X509_verify_cert_error_string(reason)) + QStringLiteral("; ")
                             + takeOpenSslErrors().text);
    }
    return {};
}

/** Checks a TimeStampResp against the request it answers and returns its token. */
Result<TimestampToken> checkResponse(const QByteArray& responseDer, const EVP_MD* md, const QByteArray& digestValue,
                                     const ASN1_INTEGER* nonce, const ASN1_OBJECT* policy,
                                     const TimestampOptions& options, const QString& host)
{
    const auto corrupt = [&](const QString& message) {
        return makeError(ErrorCode::Corrupt, message, takeOpenSslErrors().text);
    };
    const auto* data = reinterpret_cast<const unsigned char*>(responseDer.constData());
    const ResponsePtr response(d2i_TS_RESP(nullptr, &data, static_cast<long>(responseDer.size())));
    if (!response) {
        return corrupt(
            TimestampText::tr("The answer of the timestamp server %1 is not a valid timestamp reply.").arg(host));
    }
    const TS_STATUS_INFO* statusInfo = TS_RESP_get_status_info(response.get());
    const long status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(statusInfo));
    if (status != TS_STATUS_GRANTED && status != TS_STATUS_GRANTED_WITH_MODS) {
        return refusal(statusInfo, status, host);
    }

    // Everything below comes from the token bytes the TSA sent, which are what the caller embeds.
    const std::optional<QByteArray> token = tokenBytes(responseDer);
    if (!token) {
        return corrupt(
            TimestampText::tr("The timestamp server %1 granted the request but sent no timestamp.").arg(host));
    }
    const auto* tokenData = reinterpret_cast<const unsigned char*>(token->constData());
    const CmsPointer cms(d2i_CMS_ContentInfo(nullptr, &tokenData, static_cast<long>(token->size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed
        || OBJ_obj2nid(CMS_get0_eContentType(cms.get())) != NID_id_smime_ct_TSTInfo) {
        return corrupt(TimestampText::tr("The timestamp from %1 is not a signed TSTInfo.").arg(host));
    }
    ASN1_OCTET_STRING** content = CMS_get0_content(cms.get());
    if (content == nullptr || *content == nullptr) {
        return corrupt(TimestampText::tr("The timestamp from %1 is not a signed TSTInfo.").arg(host));
    }
    const auto* infoData = ASN1_STRING_get0_data(*content);
    const TstInfoPtr info(d2i_TS_TST_INFO(nullptr, &infoData, ASN1_STRING_length(*content)));
    if (!info || TS_TST_INFO_get_version(info.get()) != 1) {
        return corrupt(TimestampText::tr("The timestamp from %1 is not a signed TSTInfo.").arg(host));
    }

    TS_MSG_IMPRINT* imprint = TS_TST_INFO_get_msg_imprint(info.get());
    const ASN1_OBJECT* imprintAlgorithm = nullptr;
    X509_ALGOR_get0(&imprintAlgorithm, nullptr, nullptr, TS_MSG_IMPRINT_get_algo(imprint));
    if (OBJ_obj2nid(imprintAlgorithm) != EVP_MD_get_type(md)
        || asn1Bytes(TS_MSG_IMPRINT_get_msg(imprint)) != digestValue) {
        return corrupt(
            TimestampText::tr("The timestamp server %1 stamped a different hash from the one sent.").arg(host));
    }
    const ASN1_INTEGER* answeredNonce = TS_TST_INFO_get_nonce(info.get());
    if (answeredNonce == nullptr || ASN1_INTEGER_cmp(answeredNonce, nonce) != 0) {
        return corrupt(
            TimestampText::tr("The timestamp from %1 does not answer this request (its nonce differs).").arg(host));
    }
    const ASN1_OBJECT* answeredPolicy = TS_TST_INFO_get_policy_id(info.get());
    if (policy != nullptr && (answeredPolicy == nullptr || OBJ_cmp(answeredPolicy, policy) != 0)) {
        if (answeredPolicy == nullptr) {
            return corrupt(
                TimestampText::tr("The timestamp from %1 names no policy, though one was asked for.").arg(host));
        }
        return corrupt(TimestampText::tr("The timestamp from %1 carries policy %2, not the one asked for.")
                           .arg(host, objectText(answeredPolicy)));
    }
    const ASN1_GENERALIZEDTIME* genTime = TS_TST_INFO_get_time(info.get());
    const QDateTime time = genTime != nullptr ? parseGeneralizedTime(genTime) : QDateTime();
    if (!time.isValid()) {
        return corrupt(TimestampText::tr("The timestamp from %1 has no valid time.").arg(host));
    }

    if (sk_CMS_SignerInfo_num(CMS_get0_SignerInfos(cms.get())) != 1) {
        return corrupt(TimestampText::tr("The timestamp from %1 must have exactly one signer.").arg(host));
    }
    CMS_set1_signers_certs(cms.get(), nullptr, 0);
    X509* signer = nullptr;
    CMS_SignerInfo_get0_algs(sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0), nullptr, &signer, nullptr,
                             nullptr);
    if (signer == nullptr) {
        return corrupt(
            TimestampText::tr("The timestamp server %1 did not send its certificate although asked to.").arg(host));
    }
    ERR_clear_error();
    // The signature only: the chain is checked below against the caller's anchors, or later by the validator.
    if (CMS_verify(cms.get(), nullptr, nullptr, nullptr, nullptr, CMS_NO_SIGNER_CERT_VERIFY) != 1) {
        return corrupt(TimestampText::tr("The signature of the timestamp from %1 does not verify.").arg(host));
    }
    if (!namesSigner(sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0), signer)) {
        return corrupt(TimestampText::tr("The timestamp from %1 does not name the certificate that signed it "
                                         "(ESS signing certificate).")
                           .arg(host));
    }
    if (!isTimestampingCertificate(signer)) {
        return corrupt(TimestampText::tr("The certificate that signed the timestamp from %1 is not a timestamping "
                                         "certificate (critical extended key usage timeStamping only).")
                           .arg(host));
    }
    if (!options.trustAnchorsDer.isEmpty()) {
        const X509Stack certificates(CMS_get1_certs(cms.get()));
        if (auto trusted = checkChain(signer, certificates.get(), options, host); !trusted) {
            return trusted.error();
        }
    }

    TimestampToken result;
    result.der = *token;
    result.genTime = time;
    result.tsaCertificateDer = certificateDer(signer);
    if (result.tsaCertificateDer.isEmpty()) {
        return corrupt(TimestampText::tr("The certificate of the timestamp server %1 is damaged.").arg(host));
    }
    const BignumPtr serial(ASN1_INTEGER_to_BN(TS_TST_INFO_get_serial(info.get()), nullptr));
    char* serialText = serial ? BN_bn2hex(serial.get()) : nullptr;
    if (serialText == nullptr) {
        return corrupt(TimestampText::tr("The timestamp from %1 has no valid serial number.").arg(host));
    }
    result.serialHex = QString::fromLatin1(serialText);
    OPENSSL_free(serialText);
    result.policyOid = answeredPolicy != nullptr ? objectText(answeredPolicy) : QString();
    return result;
}

} // namespace

Result<TimestampToken> requestTimestamp(const QString& tsaUrl, DigestAlgorithm digest, const QByteArray& digestValue,
                                        const TimestampOptions& options)
{
    ERR_clear_error();
    const EVP_MD* md = evpDigest(digest);
    if (digestValue.size() != EVP_MD_get_size(md)) {
        return makeError(ErrorCode::InvalidInput, TimestampText::tr("The hash to timestamp has %1 bytes; %2 needs %3.")
                                                      .arg(digestValue.size())
                                                      .arg(QString::fromLatin1(EVP_MD_get0_name(md)))
                                                      .arg(EVP_MD_get_size(md)));
    }
    if (auto checked = checkTsaUrl(tsaUrl); !checked) {
        return checked.error();
    }
    ObjectPtr policy;
    if (!options.policyOid.isEmpty()) {
        policy.reset(OBJ_txt2obj(options.policyOid.toLatin1().constData(), 1));
        if (!policy) {
            return makeError(ErrorCode::InvalidInput,
                             TimestampText::tr("The timestamp policy \"%1\" is not an OID.").arg(options.policyOid),
                             takeOpenSslErrors().text);
        }
    }
    auto nonce = makeNonce();
    if (!nonce) {
        return nonce.error();
    }
    const auto request = buildRequest(md, digestValue, nonce->get(), policy.get());
    if (!request) {
        return request.error();
    }

    net::HttpExchange exchange;
    exchange.body = *request;
    exchange.contentType = "application/timestamp-query";
    exchange.expectedContentType = "application/timestamp-reply";
    exchange.maxResponseBytes = std::max<qint64>(1, options.maxResponseBytes);
    exchange.timeoutSeconds = options.timeoutSeconds;
    const net::HttpReply reply = net::httpTransfer(tsaUrl, exchange);
    if (!reply.ok()) {
        return exchangeError(*reply.failure, options);
    }
    const QByteArray& responseDer = reply.body;
    return checkResponse(responseDer, md, digestValue, nonce->get(), policy.get(), options, reply.host);
}

Timestamper timestamperFor(const QString& tsaUrl, const TimestampOptions& options)
{
    return [tsaUrl, options](DigestAlgorithm algorithm, const QByteArray& digestValue) -> Result<QByteArray> {
        auto token = requestTimestamp(tsaUrl, algorithm, digestValue, options);
        if (!token) {
            return token.error();
        }
        return token->der;
    };
}

} // namespace vanthu::signing
