// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/CmsVerifier.h"

#include "signing/keys/FreeDeleter.h"
#include "signing/keys/OpenSslSupport.h"
#include "signing/keys/OpenSslTypes.h"
#include "signing/verify/AlgorithmPolicy.h"
#include "signing/verify/CertificatePurpose.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace vanthu::signing::verify
{
namespace
{

struct CmsVerifierText
{
    Q_DECLARE_TR_FUNCTIONS(CmsVerifierText)
};

using StoreContextPointer = std::unique_ptr<X509_STORE_CTX, FreeDeleter<X509_STORE_CTX_free>>;
using BioPointer = std::unique_ptr<BIO, FreeDeleter<BIO_free>>;
using TstInfoPointer = std::unique_ptr<TS_TST_INFO, FreeDeleter<TS_TST_INFO_free>>;
using VerifyContextPointer = std::unique_ptr<TS_VERIFY_CTX, FreeDeleter<TS_VERIFY_CTX_free>>;

void freeCrls(STACK_OF(X509_CRL) * crls)
{
    sk_X509_CRL_pop_free(crls, X509_CRL_free);
}

Finding finding(const char* code, const QString& message)
{
    return Finding{QString::fromLatin1(code), message};
}

QByteArray certificateDigest(X509* certificate, const EVP_MD* md)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, md, digest, &length) != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length));
}

/** Reads one DER element at @p offset: tag, content start and end. */
bool readElement(const QByteArray& der, qint64 offset, unsigned char& tag, qint64& start, qint64& end)
{
    if (offset + 2 > der.size()) {
        return false;
    }
    tag = static_cast<unsigned char>(der[offset]);
    qint64 length = static_cast<unsigned char>(der[offset + 1]);
    start = offset + 2;
    if (length & 0x80) {
        const int count = static_cast<int>(length & 0x7f);
        if (count == 0 || count > 4 || start + count > der.size()) {
            return false;
        }
        length = 0;
        for (int i = 0; i < count; ++i) {
            length = (length << 8) | static_cast<unsigned char>(der[start + i]);
        }
        start += count;
    }
    end = start + length;
    return end <= der.size();
}

/**
 * The certificate hash and its algorithm from a SigningCertificateV2 value (first ESSCertIDv2) or, with @p v1, a
 * SigningCertificate value (first ESSCertID: a SHA-1 hash, no algorithm field).
 */
bool essCertificateHash(const QByteArray& value, bool v1, const EVP_MD*& md, QByteArray& hash)
{
    unsigned char tag = 0;
    qint64 start = 0;
    qint64 end = 0;
    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, policies ... }
    if (!readElement(value, 0, tag, start, end) || tag != 0x30) {
        return false;
    }
    qint64 certsStart = 0;
    qint64 certsEnd = 0;
    if (!readElement(value, start, tag, certsStart, certsEnd) || tag != 0x30) {
        return false;
    }
    qint64 idStart = 0;
    qint64 idEnd = 0;
    if (!readElement(value, certsStart, tag, idStart, idEnd) || tag != 0x30) {
        return false;
    }
    qint64 fieldStart = 0;
    qint64 fieldEnd = 0;
    if (!readElement(value, idStart, tag, fieldStart, fieldEnd)) {
        return false;
    }
    md = v1 ? EVP_sha1() : EVP_sha256();
    qint64 next = idStart;
    if (!v1 && tag == 0x30) { // hashAlgorithm present
        qint64 oidStart = 0;
        qint64 oidEnd = 0;
        if (!readElement(value, fieldStart, tag, oidStart, oidEnd) || tag != 0x06) {
            return false;
        }
        const auto* cursor = reinterpret_cast<const unsigned char*>(value.constData()) + fieldStart;
        ASN1_OBJECT* object = d2i_ASN1_OBJECT(nullptr, &cursor, oidEnd - fieldStart);
        md = object ? EVP_get_digestbyobj(object) : nullptr;
        ASN1_OBJECT_free(object);
        if (md == nullptr) {
            return false;
        }
        next = fieldEnd;
        if (!readElement(value, next, tag, fieldStart, fieldEnd)) {
            return false;
        }
    }
    if (tag != 0x04) {
        return false;
    }
    hash = value.mid(fieldStart, fieldEnd - fieldStart);
    return true;
}

QByteArray attributeValueDer(X509_ATTRIBUTE* attribute)
{
    ASN1_TYPE* type = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (type == nullptr) {
        return {};
    }
    unsigned char* der = nullptr;
    const int length = i2d_ASN1_TYPE(type, &der);
    if (length <= 0) {
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return bytes;
}

/** Does the signing-certificate attribute (v1 or v2) @p attribute name @p signer? */
bool namesSigner(X509_ATTRIBUTE* attribute, bool v1, X509* signer)
{
    const EVP_MD* md = nullptr;
    QByteArray hash;
    return essCertificateHash(attributeValueDer(attribute), v1, md, hash) && hash == certificateDigest(signer, md);
}

void checkAttributes(CMS_SignerInfo* signerInfo, X509* signer, CmsVerdict& verdict)
{
    int contentTypes = 0;
    int digests = 0;
    int signingTimes = 0;
    int certificateReferences = 0;
    const int count = CMS_signed_get_attr_count(signerInfo);
    for (int i = 0; i < count; ++i) {
        X509_ATTRIBUTE* attribute = CMS_signed_get_attr(signerInfo, i);
        const int nid = OBJ_obj2nid(X509_ATTRIBUTE_get0_object(attribute));
        switch (nid) {
        case NID_pkcs9_contentType:
            ++contentTypes;
            break;
        case NID_pkcs9_messageDigest:
            ++digests;
            break;
        case NID_pkcs9_signingTime: {
            ++signingTimes;
            const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(attribute, 0);
            if (value != nullptr && (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME)) {
                verdict.claimedSigningTime = utcFromAsn1Time(value->value.utctime);
            }
            break;
        }
        case NID_id_smime_aa_signingCertificate:
        case NID_id_smime_aa_signingCertificateV2:
            ++certificateReferences;
            if (!namesSigner(attribute, nid == NID_id_smime_aa_signingCertificate, signer)) {
                verdict.signingCertificateMismatch = true;
            }
            break;
        default:
            break;
        }
    }
    if (verdict.signingCertificateMismatch) {
        verdict.findings.append(
            finding("signing-certificate-mismatch",
                    CmsVerifierText::tr("The signed reference to the signing certificate does not match the "
                                        "certificate used (the certificate may have been swapped).")));
        return;
    }
    if (signingTimes > 0) {
        verdict.findings.append(finding("signing-time-attribute",
                                        CmsVerifierText::tr("The signature carries a signing-time attribute, which "
                                                            "PAdES forbids (the time belongs in the PDF).")));
    }
    if (contentTypes != 1 || digests != 1 || certificateReferences != 1) {
        verdict.findings.append(
            finding("pades-attributes", CmsVerifierText::tr("The signed attributes are not those PAdES requires "
                                                            "(content type, message digest, one signing "
                                                            "certificate reference).")));
        return;
    }
    verdict.padesAttributes = signingTimes == 0;
}

/** The digest and key algorithms of @p certificate's own signature and key, for the policy table. */
void addCertificateAlgorithms(X509* certificate, const QString& role, bool withSignature, bool ofTimestamp,
                              QList<AlgorithmUse>& uses)
{
    const QString name = displayName(X509_get_subject_name(certificate));
    AlgorithmUse key = keyUse(CmsVerifierText::tr("key of %1 (%2)").arg(role, name), X509_get0_pubkey(certificate));
    key.ofTimestamp = ofTimestamp;
    uses.append(key);
    if (withSignature) {
        int digestNid = NID_undef;
        int keyNid = NID_undef;
        OBJ_find_sigid_algs(X509_get_signature_nid(certificate), &digestNid, &keyNid);
        AlgorithmUse digest = digestUse(CmsVerifierText::tr("digest of the certificate of %1").arg(name), digestNid);
        digest.ofTimestamp = ofTimestamp;
        uses.append(digest);
    }
    ERR_clear_error();
}

/** An RFC 3161 token (a CMS SignedData over a TSTInfo) checked for itself: its signature, its authority's chain. */
struct TokenCheck
{
    bool parsed = false;
    bool signatureValid = false;         ///< and, with trust anchors, the TSA chains to one for timestamping
    bool signedByItsCertificate = false; ///< the signature alone, whatever the chain
    bool imprintMatches = false;
    QDateTime genTime;
    QString authority;           ///< the TSA certificate's common name
    bool purposeAllowed = false; ///< the TSA certificate has the critical timeStamping EKU (RFC 3161 §2.3)
    QList<AlgorithmUse> algorithms;
};

/** The anchors trusted for document signatures: those of any purpose and those limited to signing. */
QList<QByteArray> signingAnchors(const ValidationOptions& options)
{
    return options.trustAnchorsDer + options.signingAnchorsDer;
}

/** The anchors trusted for timestamps: those of any purpose and those limited to timestamping. */
QList<QByteArray> timestampAnchors(const ValidationOptions& options)
{
    return options.trustAnchorsDer + options.timestampAnchorsDer;
}

/** @p chainTime: when the authority's chain must hold (what proves the token existed then); null: now. */
TokenCheck checkToken(const unsigned char* der, long length, QByteArrayView first, QByteArrayView second,
                      const ValidationOptions& options, const QDateTime& chainTime)
{
    TokenCheck check;
    Pkcs7Pointer token(d2i_PKCS7(nullptr, &der, length));
    TstInfoPointer info(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr);
    if (!info) {
        ERR_clear_error();
        return check;
    }
    check.parsed = true;
    check.genTime = utcFromAsn1Time(TS_TST_INFO_get_time(info.get()));
    if (STACK_OF(PKCS7_SIGNER_INFO)* signers = PKCS7_get_signer_info(token.get());
        signers != nullptr && sk_PKCS7_SIGNER_INFO_num(signers) == 1) {
        PKCS7_ISSUER_AND_SERIAL* id = sk_PKCS7_SIGNER_INFO_value(signers, 0)->issuer_and_serial;
        STACK_OF(X509)* certificates = token->d.sign->cert;
        for (int i = 0; id != nullptr && i < sk_X509_num(certificates); ++i) {
            X509* candidate = sk_X509_value(certificates, i);
            if (X509_NAME_cmp(X509_get_issuer_name(candidate), id->issuer) == 0
                && ASN1_INTEGER_cmp(X509_get0_serialNumber(candidate), id->serial) == 0) {
                check.authority = displayName(X509_get_subject_name(candidate));
                check.purposeAllowed = timestampingPurpose(candidate).allowed;
                addCertificateAlgorithms(candidate, CmsVerifierText::tr("the timestamp authority"), true, true,
                                         check.algorithms);
            }
        }
        const X509_ALGOR* signerDigest = sk_PKCS7_SIGNER_INFO_value(signers, 0)->digest_alg;
        AlgorithmUse digest =
            digestUse(CmsVerifierText::tr("digest of the timestamp's signature"), OBJ_obj2nid(signerDigest->algorithm));
        digest.ofTimestamp = true;
        check.algorithms.append(digest);
    }
    // The imprint: a hash of the stamped bytes with the algorithm the token names.
    X509_ALGOR* imprintAlgorithm = TS_MSG_IMPRINT_get_algo(TS_TST_INFO_get_msg_imprint(info.get()));
    const ASN1_OBJECT* imprintObject = nullptr;
    X509_ALGOR_get0(&imprintObject, nullptr, nullptr, imprintAlgorithm);
    const EVP_MD* md = EVP_get_digestbyobj(imprintObject);
    AlgorithmUse imprintUse = digestUse(CmsVerifierText::tr("digest the timestamp stamps"), OBJ_obj2nid(imprintObject));
    imprintUse.ofTimestamp = true;
    check.algorithms.append(imprintUse);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    std::unique_ptr<EVP_MD_CTX, FreeDeleter<EVP_MD_CTX_free>> hasher(EVP_MD_CTX_new());
    const bool hashed = md != nullptr && hasher && EVP_DigestInit_ex(hasher.get(), md, nullptr) == 1
                        && EVP_DigestUpdate(hasher.get(), first.data(), static_cast<size_t>(first.size())) == 1
                        && EVP_DigestUpdate(hasher.get(), second.data(), static_cast<size_t>(second.size())) == 1
                        && EVP_DigestFinal_ex(hasher.get(), digest, &digestLength) == 1;
    const ASN1_OCTET_STRING* imprint = TS_MSG_IMPRINT_get_msg(TS_TST_INFO_get_msg_imprint(info.get()));
    check.imprintMatches = hashed && ASN1_STRING_length(imprint) == static_cast<int>(digestLength)
                           && std::memcmp(ASN1_STRING_get0_data(imprint), digest, digestLength) == 0;
    // The token's own signature; its chain to the trust anchors (for the timestamping purpose) when there are any.
    check.signedByItsCertificate = PKCS7_verify(token.get(), nullptr, nullptr, nullptr, nullptr, PKCS7_NOVERIFY) == 1;
    const QList<QByteArray> anchors = timestampAnchors(options);
    // Without any anchor at all only the signature can be checked (the signer's chain fails anyway); anchors for
    // signing only must not make the authority's chain unchecked.
    const bool noAnchors = anchors.isEmpty() && options.signingAnchorsDer.isEmpty();
    if (noAnchors || options.ignoreTrust) {
        check.signatureValid = check.signedByItsCertificate;
    } else {
        VerifyContextPointer context(TS_VERIFY_CTX_new());
        TS_VERIFY_CTX_set_flags(context.get(), TS_VFY_SIGNATURE | TS_VFY_VERSION);
        X509StorePointer store = trustStoreOf(anchors);
        if (chainTime.isValid()) {
            // TS_RESP_verify_token checks the chain with the store's parameters (X509_STORE_CTX_init inherits them).
            X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store.get()), chainTime.toSecsSinceEpoch());
        }
        TS_VERIFY_CTX_set_store(context.get(), store.release()); // now the context's
        check.signatureValid = TS_RESP_verify_token(context.get(), token.get()) == 1;
    }
    ERR_clear_error();
    return check;
}

Finding timestampPurposeFinding()
{
    return finding("timestamp-purpose", CmsVerifierText::tr("The timestamp authority's certificate is not meant for "
                                                            "timestamps (it lacks the critical timeStamping extended "
                                                            "key usage): the timestamp is not valid."));
}

void checkTimestamp(CMS_SignerInfo* signerInfo, const ValidationOptions& options, const QDateTime& chainTime,
                    CmsVerdict& verdict)
{
    const int index = CMS_unsigned_get_attr_by_NID(signerInfo, NID_id_smime_aa_timeStampToken, -1);
    if (index < 0) {
        return;
    }
    verdict.hasTimestamp = true;
    X509_ATTRIBUTE* attribute = CMS_unsigned_get_attr(signerInfo, index);
    ASN1_TYPE* type = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (type == nullptr || type->type != V_ASN1_SEQUENCE) {
        verdict.findings.append(finding("timestamp-malformed", CmsVerifierText::tr("The timestamp cannot be read.")));
        return;
    }
    // The token stamps the hash of the signature value (ETSI EN 319 122-1 §5.3).
    const ASN1_OCTET_STRING* signatureValue = CMS_SignerInfo_get0_signature(signerInfo);
    const TokenCheck token =
        checkToken(type->value.sequence->data, type->value.sequence->length,
                   QByteArrayView(reinterpret_cast<const char*>(ASN1_STRING_get0_data(signatureValue)),
                                  ASN1_STRING_length(signatureValue)),
                   QByteArrayView(), options, chainTime);
    if (!token.parsed) {
        verdict.findings.append(finding("timestamp-malformed", CmsVerifierText::tr("The timestamp cannot be read.")));
        return;
    }
    verdict.algorithms.append(token.algorithms);
    if (!token.imprintMatches) {
        verdict.findings.append(
            finding("timestamp-imprint", CmsVerifierText::tr("The timestamp was not made for this signature.")));
        return;
    }
    if (!token.signatureValid) {
        verdict.findings.append(
            finding("timestamp-signature", CmsVerifierText::tr("The timestamp's own signature or its authority's "
                                                               "certificate chain is not valid.")));
        return;
    }
    if (!token.purposeAllowed) {
        verdict.findings.append(timestampPurposeFinding());
        return;
    }
    verdict.timestampValid = true;
    verdict.timestampTime = token.genTime;
}

X509* issuerOf(X509* certificate, STACK_OF(X509) * candidates)
{
    for (int i = 0; i < sk_X509_num(candidates); ++i) {
        X509* candidate = sk_X509_value(candidates, i);
        if (X509_check_issued(candidate, certificate) == X509_V_OK) {
            return candidate;
        }
    }
    return nullptr;
}

/** Does @p documentData's DSS itself hold @p answer's evidence (B-LT wants it there, not only in the CMS)? */
bool inDss(const RevocationAnswer& answer, const ValidationData& dss)
{
    return !answer.evidence.isEmpty()
           && (dss.ocspResponses.contains(answer.evidence) || dss.crls.contains(answer.evidence));
}

void checkRevocations(STACK_OF(X509) * chain, X509_STORE* store, const ValidationOptions& options,
                      const ValidationData& evidence, const ValidationData& dss, CmsVerdict& verdict)
{
    RevocationPolicy policy;
    policy.online = options.checkRevocationOnline;
    policy.timeoutSeconds = options.revocationTimeoutSeconds;
    policy.signingTime = verdict.signingTime;
    policy.cancel = options.cancel;
    // The last certificate is the trust anchor, which nobody revokes (RFC 5280 §6.1).
    for (int i = 0; i + 1 < sk_X509_num(chain); ++i) {
        X509* certificate = sk_X509_value(chain, i);
        CmsVerdict::ChainRevocation entry;
        entry.subject = displayName(X509_get_subject_name(certificate));
        entry.isSigner = i == 0;
        entry.answer = checkRevocation(certificate, sk_X509_value(chain, i + 1), chain, store, evidence, policy);
        if (i == 0) {
            verdict.signerRevocationEmbedded = entry.answer.fromDocument && inDss(entry.answer, dss);
        }
        verdict.revocations.append(entry);
    }
}

/** The keys and certificate signatures of the chain (the anchor's key, not its self-signature). */
void addChainAlgorithms(STACK_OF(X509) * chain, CmsVerdict& verdict)
{
    const int count = sk_X509_num(chain);
    for (int i = 1; i < count; ++i) {
        addCertificateAlgorithms(sk_X509_value(chain, i), CmsVerifierText::tr("the certification authority"),
                                 i + 1 < count, false, verdict.algorithms);
    }
}

void checkChain(X509* signer, STACK_OF(X509) * untrusted, const ValidationOptions& options,
                const ValidationData& evidence, const ValidationData& dss, const QDateTime& at, CmsVerdict& verdict)
{
    const uint32_t usage = X509_get_key_usage(signer);
    if (usage != UINT32_MAX && (usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) == 0) {
        verdict.chainProblem = SubIndication::SigConstraintsFailure;
        verdict.findings.append(finding("key-usage", CmsVerifierText::tr("The signer's certificate is not meant for "
                                                                         "signatures (key usage).")));
        return;
    }
    if (const PurposeCheck purpose = documentSigningPurpose(signer); !purpose.allowed) {
        verdict.chainProblem = SubIndication::ChainConstraintsFailure;
        verdict.findings.append(
            finding("extended-key-usage",
                    CmsVerifierText::tr("The signer's certificate is not meant for signing documents: its extended "
                                        "key usage allows only %1.")
                        .arg(purpose.purposes.join(QStringLiteral(", ")))));
        return;
    }
    if (options.ignoreTrust) {
        verdict.chainTrusted = true;
        verdict.findings.append(
            finding("trust-ignored", CmsVerifierText::tr("Certificate trust was left out of this check on request.")));
        // The level still depends on whether the document carries revocation data for the signer.
        if (X509* issuer = issuerOf(signer, untrusted)) {
            const RevocationAnswer answer =
                embeddedRevocation(signer, issuer, untrusted, nullptr, evidence, verdict.signingTime);
            verdict.signerRevocationEmbedded = inDss(answer, dss);
        }
        return;
    }
    X509StorePointer store = trustStoreOf(signingAnchors(options));
    StoreContextPointer context(X509_STORE_CTX_new());
    X509_STORE_CTX_init(context.get(), store.get(), signer, untrusted);
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()), at.toSecsSinceEpoch());
    const bool valid = X509_verify_cert(context.get()) == 1;
    const int error = X509_STORE_CTX_get_error(context.get());
    ERR_clear_error();
    if (valid) {
        verdict.chainTrusted = true;
        X509Stack chain(X509_STORE_CTX_get1_chain(context.get()));
        if (chain) {
            addChainAlgorithms(chain.get(), verdict);
            checkRevocations(chain.get(), store.get(), options, evidence, dss, verdict);
        }
        return;
    }
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        verdict.chainProblem = verdict.timestampValid ? SubIndication::Expired : SubIndication::OutOfBoundsNoPoe;
        verdict.findings.append(
            finding("certificate-expired", CmsVerifierText::tr("The signer's certificate had expired at the signing "
                                                               "time.")));
        break;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        verdict.chainProblem = SubIndication::NotYetValid;
        verdict.findings.append(finding("certificate-not-yet-valid",
                                        CmsVerifierText::tr("The signer's certificate was not yet valid at the "
                                                            "signing time.")));
        break;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        verdict.chainProblem = SubIndication::NoCertificateChainFound;
        verdict.findings.append(
            finding("untrusted", CmsVerifierText::tr("The signer's certificate does not lead to a trusted "
                                                     "certification authority.")));
        break;
    default:
        verdict.chainProblem = SubIndication::CertificateChainGeneralFailure;
        verdict.findings.append(
            finding("chain-invalid", CmsVerifierText::tr("The signer's certificate chain is not valid (%1).")
                                         .arg(QString::fromLatin1(X509_verify_cert_error_string(error)))));
    }
}

struct SignerCheck
{
    bool digestMatches = false;
    bool signatureValid = false;
};

QByteArray digestOf(const EVP_MD* md, QByteArrayView first, QByteArrayView second)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    std::unique_ptr<EVP_MD_CTX, FreeDeleter<EVP_MD_CTX_free>> hasher(EVP_MD_CTX_new());
    if (!hasher || EVP_DigestInit_ex(hasher.get(), md, nullptr) != 1
        || EVP_DigestUpdate(hasher.get(), first.data(), static_cast<size_t>(first.size())) != 1
        || EVP_DigestUpdate(hasher.get(), second.data(), static_cast<size_t>(second.size())) != 1
        || EVP_DigestFinal_ex(hasher.get(), digest, &length) != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length));
}

/**
 * A SignerInfo without signed attributes signs the content's digest itself (RFC 5652 §5.4): the digest of the two
 * byte ranges, hashed here part by part, is checked against the signature value with the certificate's key.
 */
bool signatureOverDigest(CMS_SignerInfo* signerInfo, X509* certificate, const EVP_MD* md, const QByteArray& digest)
{
    using KeyContextPointer = std::unique_ptr<EVP_PKEY_CTX, FreeDeleter<EVP_PKEY_CTX_free>>;
    EVP_PKEY* key = X509_get0_pubkey(certificate);
    KeyContextPointer context(key ? EVP_PKEY_CTX_new(key, nullptr) : nullptr);
    const ASN1_OCTET_STRING* signature = CMS_SignerInfo_get0_signature(signerInfo);
    const bool valid = context && !digest.isEmpty() && EVP_PKEY_verify_init(context.get()) == 1
                       && EVP_PKEY_CTX_set_signature_md(context.get(), md) == 1
                       && EVP_PKEY_verify(context.get(), ASN1_STRING_get0_data(signature),
                                          static_cast<size_t>(ASN1_STRING_length(signature)),
                                          reinterpret_cast<const unsigned char*>(digest.constData()),
                                          static_cast<size_t>(digest.size()))
                              == 1;
    ERR_clear_error();
    return valid;
}

SignerCheck checkSignerInfo(CMS_SignerInfo* signerInfo, X509* certificate, QByteArrayView signedStart,
                            QByteArrayView signedEnd, CmsVerdict& verdict)
{
    SignerCheck check;
    X509_ALGOR* digestAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(signerInfo, nullptr, nullptr, &digestAlgorithm, nullptr);
    const ASN1_OBJECT* digestObject = nullptr;
    X509_ALGOR_get0(&digestObject, nullptr, nullptr, digestAlgorithm);
    verdict.algorithms.append(digestUse(CmsVerifierText::tr("digest of the signature"), OBJ_obj2nid(digestObject)));
    const EVP_MD* md = EVP_get_digestbyobj(digestObject);
    const QByteArray digest = md ? digestOf(md, signedStart, signedEnd) : QByteArray();
    if (digest.isEmpty()) {
        ERR_clear_error();
        return check; // an unknown digest: nothing verifies
    }
    if (CMS_signed_get_attr_count(signerInfo) > 0) {
        const int index = CMS_signed_get_attr_by_NID(signerInfo, NID_pkcs9_messageDigest, -1);
        ASN1_TYPE* value = index >= 0 ? X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signerInfo, index), 0) : nullptr;
        check.digestMatches =
            value != nullptr && value->type == V_ASN1_OCTET_STRING && value->value.octet_string->length == digest.size()
            && std::memcmp(value->value.octet_string->data, digest.constData(), static_cast<size_t>(digest.size()))
                   == 0;
        check.signatureValid = CMS_SignerInfo_verify(signerInfo) == 1;
        checkAttributes(signerInfo, certificate, verdict);
    } else {
        check.signatureValid = signatureOverDigest(signerInfo, certificate, md, digest);
        check.digestMatches = check.signatureValid;
        verdict.findings.append(finding("no-signed-attributes",
                                        CmsVerifierText::tr("The signature has no signed attributes (not PAdES).")));
    }
    ERR_clear_error();
    return check;
}

/** The DER of each element of the SEQUENCE OF whose content runs from @p start to @p end. */
QList<QByteArray> sequenceItems(const QByteArray& der, qint64 start, qint64 end)
{
    QList<QByteArray> items;
    unsigned char tag = 0;
    qint64 itemStart = 0;
    qint64 itemEnd = 0;
    for (qint64 at = start; at < end && readElement(der, at, tag, itemStart, itemEnd) && itemEnd <= end; at = itemEnd) {
        items.append(der.mid(at, itemEnd - at));
    }
    return items;
}

/**
 * Revocation evidence the CMS carries: its RevocationInfoChoices (CRLs) and Adobe's signed attribute
 * adbe-revocationInfoArchival (1.2.840.113583.1.1.8: SEQUENCE { crl [0] SEQUENCE OF CRL, ocsp [1] SEQUENCE OF
 * OCSPResponse, otherRevInfo [2] }), as iText 5 and Acrobat write it: what the signer fetched before signing.
 */
ValidationData revocationInfoOf(CMS_ContentInfo* cms, CMS_SignerInfo* signerInfo)
{
    ValidationData data;
    using CrlStackPointer = std::unique_ptr<STACK_OF(X509_CRL), FreeDeleter<freeCrls>>;
    CrlStackPointer crls(CMS_get1_crls(cms));
    for (int i = 0; crls && i < sk_X509_CRL_num(crls.get()); ++i) {
        unsigned char* der = nullptr;
        const int length = i2d_X509_CRL(sk_X509_CRL_value(crls.get(), i), &der);
        if (length > 0) {
            data.crls.append(QByteArray(reinterpret_cast<const char*>(der), length));
        }
        OPENSSL_free(der);
    }
    using ObjectPointer = std::unique_ptr<ASN1_OBJECT, FreeDeleter<ASN1_OBJECT_free>>;
    ObjectPointer archival(OBJ_txt2obj("1.2.840.113583.1.1.8", 1));
    const int index = archival ? CMS_signed_get_attr_by_OBJ(signerInfo, archival.get(), -1) : -1;
    const QByteArray value = index >= 0 ? attributeValueDer(CMS_signed_get_attr(signerInfo, index)) : QByteArray();
    unsigned char tag = 0;
    qint64 start = 0;
    qint64 end = 0;
    if (!value.isEmpty() && readElement(value, 0, tag, start, end) && tag == 0x30) {
        qint64 fieldStart = 0;
        qint64 fieldEnd = 0;
        for (qint64 at = start; at < end && readElement(value, at, tag, fieldStart, fieldEnd); at = fieldEnd) {
            qint64 listStart = 0;
            qint64 listEnd = 0;
            unsigned char listTag = 0;
            if ((tag != 0xA0 && tag != 0xA1) || !readElement(value, fieldStart, listTag, listStart, listEnd)
                || listTag != 0x30 || listEnd > fieldEnd) {
                continue;
            }
            (tag == 0xA0 ? data.crls : data.ocspResponses) += sequenceItems(value, listStart, listEnd);
        }
    }
    ERR_clear_error();
    return data;
}

} // namespace

CmsVerdict verifyCms(const QByteArray& cmsDer, QByteArrayView signedStart, QByteArrayView signedEnd,
                     const ValidationOptions& options, const QDateTime& now, const ValidationData& documentData,
                     const QDateTime& claimedTime, const QDateTime& proofOfExistence)
{
    CmsVerdict verdict;
    const auto* cursor = reinterpret_cast<const unsigned char*>(cmsDer.constData());
    CmsPointer cms(d2i_CMS_ContentInfo(nullptr, &cursor, cmsDer.size()));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        ERR_clear_error();
        verdict.findings.append(finding("cms-unreadable", CmsVerifierText::tr("The signature value cannot be read.")));
        return verdict;
    }
    verdict.parsed = true;
    // A detached signature signs the byte ranges; content inside the CMS is something else signed (issue 12).
    if (ASN1_OCTET_STRING** content = CMS_get0_content(cms.get()); content != nullptr && *content != nullptr) {
        verdict.contentEncapsulated = true;
        verdict.findings.append(
            finding("content-encapsulated", CmsVerifierText::tr("The signature carries signed content of its own "
                                                                "where a detached signature of the document "
                                                                "belongs.")));
    }
    STACK_OF(CMS_SignerInfo)* signerInfos = CMS_get0_SignerInfos(cms.get());
    const int signerCount = signerInfos ? sk_CMS_SignerInfo_num(signerInfos) : 0;
    verdict.signerCount = signerCount;
    verdict.singleSigner = signerCount == 1;
    if (signerCount < 1) {
        verdict.findings.append(finding("no-signer", CmsVerifierText::tr("The signature names no signer.")));
        return verdict;
    }
    CMS_set1_signers_certs(cms.get(), nullptr, 0);
    ERR_clear_error();
    // Every SignerInfo must verify; the first one's attributes, timestamp and chain speak for the signature.
    X509* signer = nullptr;
    verdict.digestMatches = true;
    verdict.signatureValid = true;
    for (int index = 0; index < signerCount; ++index) {
        X509* certificate = nullptr;
        CMS_SignerInfo* signerInfo = sk_CMS_SignerInfo_value(signerInfos, index);
        CMS_SignerInfo_get0_algs(signerInfo, nullptr, &certificate, nullptr, nullptr);
        if (certificate == nullptr) {
            verdict.findings.append(finding("no-signing-certificate",
                                            CmsVerifierText::tr("The signer's certificate is not in the signature.")));
            verdict.digestMatches = false;
            verdict.signatureValid = false;
            return verdict;
        }
        if (index == 0) {
            signer = certificate;
        } else if (X509_cmp(certificate, signer) != 0) {
            verdict.signersDiffer = true;
        }
        const SignerCheck check = checkSignerInfo(signerInfo, certificate, signedStart, signedEnd, verdict);
        verdict.digestMatches = verdict.digestMatches && check.digestMatches;
        verdict.signatureValid = verdict.signatureValid && check.signatureValid;
    }
    if (signerCount > 1) {
        verdict.findings.append(
            verdict.signersDiffer
                ? finding("several-signers-differ",
                          CmsVerifierText::tr("The signature holds %1 signers with different certificates where one "
                                              "signature dictionary belongs to one signer.")
                              .arg(signerCount))
                : finding("several-signers", CmsVerifierText::tr("The signature holds %1 signers (all with the same "
                                                                 "certificate) where PAdES allows one.")
                                                 .arg(signerCount)));
    }
    verdict.signer = displayName(X509_get_subject_name(signer));
    verdict.issuer = displayName(X509_get_issuer_name(signer));
    if (BIGNUM* serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(signer), nullptr)) {
        char* hex = BN_bn2hex(serial);
        verdict.serialHex = QString::fromLatin1(hex);
        OPENSSL_free(hex);
        BN_free(serial);
    }
    ERR_clear_error();
    if (!verdict.digestMatches) {
        verdict.findings.append(
            finding("digest-mismatch", CmsVerifierText::tr("The signed content was changed after signing: its hash "
                                                           "no longer matches.")));
    } else if (!verdict.signatureValid) {
        verdict.findings.append(
            finding("signature-invalid", CmsVerifierText::tr("The signature value does not verify with the signer's "
                                                             "certificate.")));
    }
    CMS_SignerInfo* first = sk_CMS_SignerInfo_value(signerInfos, 0);
    checkTimestamp(first, options, proofOfExistence, verdict);
    verdict.signingTime = verdict.timestampValid                 ? verdict.timestampTime
                          : verdict.claimedSigningTime.isValid() ? verdict.claimedSigningTime
                                                                 : claimedTime;
    X509Stack certificates(CMS_get1_certs(cms.get()));
    if (!certificates) {
        certificates.reset(sk_X509_new_null());
    }
    // Intermediates the document's DSS holds complete chains whose signature carries only the signer's certificate.
    for (const QByteArray& der : documentData.certificates) {
        const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
        if (X509* certificate = d2i_X509(nullptr, &data, der.size())) {
            if (sk_X509_push(certificates.get(), certificate) <= 0) {
                X509_free(certificate);
            }
        }
    }
    ERR_clear_error();
    addCertificateAlgorithms(signer, CmsVerifierText::tr("the signer"), true, false, verdict.algorithms);
    ValidationData evidence = documentData;
    evidence.merge(revocationInfoOf(cms.get(), first));
    // The best time the signature is proven to have existed: its own timestamp, else a document timestamp that
    // covers it (past signature validation, EN 319 102-1 §5.6.2.4), else now.
    const QDateTime chainTime = verdict.timestampValid       ? verdict.timestampTime
                                : proofOfExistence.isValid() ? proofOfExistence
                                                             : now;
    checkChain(signer, certificates.get(), options, evidence, documentData, chainTime, verdict);
    return verdict;
}

CmsVerdict verifyDocumentTimestamp(const QByteArray& tokenDer, QByteArrayView signedStart, QByteArrayView signedEnd,
                                   const ValidationOptions& options, const QDateTime& proofOfExistence)
{
    CmsVerdict verdict;
    const TokenCheck token = checkToken(reinterpret_cast<const unsigned char*>(tokenDer.constData()), tokenDer.size(),
                                        signedStart, signedEnd, options, proofOfExistence);
    if (!token.parsed) {
        verdict.findings.append(
            finding("timestamp-malformed", CmsVerifierText::tr("The document timestamp cannot be read.")));
        return verdict;
    }
    verdict.parsed = true;
    verdict.singleSigner = true;
    verdict.signerCount = 1;
    verdict.padesAttributes = true;
    verdict.signer = token.authority;
    verdict.digestMatches = token.imprintMatches;
    verdict.timestampTime = token.genTime;
    verdict.signingTime = token.genTime;
    verdict.algorithms = token.algorithms;
    const bool anchored = options.ignoreTrust || !timestampAnchors(options).isEmpty();
    verdict.signatureValid = token.signedByItsCertificate;
    verdict.chainTrusted = token.signatureValid && anchored && token.purposeAllowed;
    verdict.timestampValid = token.imprintMatches && verdict.chainTrusted;
    if (token.signedByItsCertificate && !token.purposeAllowed) {
        verdict.chainProblem = SubIndication::ChainConstraintsFailure;
        verdict.findings.append(timestampPurposeFinding());
    } else if (token.signedByItsCertificate && !verdict.chainTrusted) {
        verdict.chainProblem = SubIndication::NoCertificateChainFound;
        verdict.findings.append(finding("untrusted", CmsVerifierText::tr("The timestamp authority's certificate "
                                                                         "does not lead to a trusted certification "
                                                                         "authority.")));
    }
    if (!token.imprintMatches) {
        verdict.findings.append(
            finding("digest-mismatch", CmsVerifierText::tr("The document was changed after its timestamp: the hash "
                                                           "the authority stamped no longer matches.")));
    } else if (!token.signedByItsCertificate) {
        verdict.findings.append(
            finding("timestamp-signature", CmsVerifierText::tr("The timestamp's own signature is not valid.")));
    } else if (options.ignoreTrust) {
        verdict.findings.append(
            finding("trust-ignored", CmsVerifierText::tr("Certificate trust was left out of this check on request.")));
    }
    return verdict;
}

} // namespace vanthu::signing::verify
