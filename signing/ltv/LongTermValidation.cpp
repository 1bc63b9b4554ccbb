// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/ltv/LongTermValidation.h"

#include "signing/keys/FreeDeleter.h"
#include "signing/keys/OpenSslTypes.h"
#include "signing/ltv/Dss.h"
#include "signing/pdf/PdfFile.h"
#include "signing/verify/Revocation.h"
#include "signing/verify/SignatureLocator.h"

#include <QCoreApplication>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

#include <memory>

namespace vanthu::signing
{
namespace
{

struct LongTermText
{
    Q_DECLARE_TR_FUNCTIONS(LongTermText)
};

/** Certificates of the document and the caller, and the signers (people and timestamp authorities) to cover. */
struct Material
{
    X509Stack pool{sk_X509_new_null()};
    X509Stack targets{sk_X509_new_null()};

    void addTo(STACK_OF(X509) * stack, X509* certificate) const
    {
        for (int i = 0; i < sk_X509_num(stack); ++i) {
            if (X509_cmp(sk_X509_value(stack, i), certificate) == 0) {
                return;
            }
        }
        if (X509_up_ref(certificate) == 1 && sk_X509_push(stack, certificate) <= 0) {
            X509_free(certificate);
        }
    }
    void addDer(const QByteArray& der)
    {
        const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
        X509Pointer certificate(d2i_X509(nullptr, &data, der.size()));
        if (certificate) {
            addTo(pool.get(), certificate.get());
        }
    }
    /** An RFC 3161 token: its certificates, and its signer as a target. */
    void addToken(const unsigned char* der, long length)
    {
        Pkcs7Pointer token(d2i_PKCS7(nullptr, &der, length));
        if (!token || !PKCS7_type_is_signed(token.get())) {
            return;
        }
        STACK_OF(X509)* certificates = token->d.sign->cert;
        for (int i = 0; i < sk_X509_num(certificates); ++i) {
            addTo(pool.get(), sk_X509_value(certificates, i));
        }
        STACK_OF(X509)* signers = PKCS7_get0_signers(token.get(), nullptr, 0);
        for (int i = 0; signers != nullptr && i < sk_X509_num(signers); ++i) {
            addTo(targets.get(), sk_X509_value(signers, i));
        }
        sk_X509_free(signers);
    }
    /** A CAdES signature: its certificates, its signer as a target, and its signature timestamp. */
    void addSignature(const QByteArray& der)
    {
        const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
        CmsPointer cms(d2i_CMS_ContentInfo(nullptr, &data, der.size()));
        if (!cms) {
            return;
        }
        X509Stack certificates(CMS_get1_certs(cms.get()));
        for (int i = 0; certificates && i < sk_X509_num(certificates.get()); ++i) {
            addTo(pool.get(), sk_X509_value(certificates.get(), i));
        }
        CMS_set1_signers_certs(cms.get(), nullptr, 0);
        STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms.get());
        for (int i = 0; infos != nullptr && i < sk_CMS_SignerInfo_num(infos); ++i) {
            CMS_SignerInfo* info = sk_CMS_SignerInfo_value(infos, i);
            X509* signer = nullptr;
            CMS_SignerInfo_get0_algs(info, nullptr, &signer, nullptr, nullptr);
            if (signer != nullptr) {
                addTo(targets.get(), signer);
            }
            const int index = CMS_unsigned_get_attr_by_NID(info, NID_id_smime_aa_timeStampToken, -1);
            ASN1_TYPE* type = index >= 0 ? X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(info, index), 0) : nullptr;
            if (type != nullptr && type->type == V_ASN1_SEQUENCE) {
                addToken(type->value.sequence->data, type->value.sequence->length);
            }
        }
    }
};

} // namespace

Result<GatheredValidationData> gatherValidationData(const QByteArray& pdf, const LongTermOptions& options)
{
    auto opened = pdf::PdfFile::open(pdf);
    if (!opened) {
        return opened.error();
    }
    auto located = verify::locateSignatures(**opened);
    if (!located) {
        return located.error();
    }
    if (located->empty()) {
        return Error{ErrorCode::InvalidInput, LongTermText::tr("The document has no signature to keep valid."),
                     QString()};
    }
    Material material;
    const ValidationData existing = readDss(**opened);
    for (const QByteArray& der : existing.certificates + options.intermediatesDer + options.trustAnchorsDer) {
        material.addDer(der);
    }
    for (const verify::LocatedSignature& signature : *located) {
        if (signature.isDocumentTimestamp) {
            material.addToken(reinterpret_cast<const unsigned char*>(signature.contentsBytes.constData()),
                              signature.contentsBytes.size());
        } else {
            material.addSignature(signature.contentsBytes);
        }
    }
    ERR_clear_error();

    X509StorePointer store = trustStoreOf(options.trustAnchorsDer);
    verify::RevocationPolicy policy;
    policy.timeoutSeconds = options.timeoutSeconds;
    GatheredValidationData gathered;
    QList<QByteArray> checked; // certificates whose status is already gathered
    for (int t = 0; t < sk_X509_num(material.targets.get()); ++t) {
        X509* target = sk_X509_value(material.targets.get(), t);
        // As far up as the certificates reach: to an anchor when there is one, else to a self-signed root.
        X509Stack chain(X509_build_chain(target, material.pool.get(), store.get(), 1, nullptr, nullptr));
        ERR_clear_error();
        if (!chain || sk_X509_num(chain.get()) < 2) {
            return Error{ErrorCode::InvalidInput,
                         LongTermText::tr("The certificate chain of \"%1\" is incomplete; give its certification "
                                          "authorities' certificates.")
                             .arg(displayName(X509_get_subject_name(target))),
                         QString()};
        }
        for (int i = 0; i < sk_X509_num(chain.get()); ++i) {
            const QByteArray der = certificateDer(sk_X509_value(chain.get(), i));
            if (!gathered.data.certificates.contains(der)) {
                gathered.data.certificates.append(der);
            }
        }
        for (int i = 0; i + 1 < sk_X509_num(chain.get()); ++i) {
            X509* certificate = sk_X509_value(chain.get(), i);
            const QByteArray der = certificateDer(certificate);
            if (checked.contains(der)) {
                continue;
            }
            checked.append(der);
            const QString name = displayName(X509_get_subject_name(certificate));
            // What this run already fetched answers first: one CRL serves every certificate its CA issued, and a
            // second download could differ (a new thisUpdate) and be stored twice.
            const verify::RevocationAnswer answer = verify::checkRevocation(
                certificate, sk_X509_value(chain.get(), i + 1), chain.get(),
                options.trustAnchorsDer.isEmpty() ? nullptr : store.get(), gathered.data, policy);
            switch (answer.status) {
            case verify::RevocationAnswer::Status::Good:
                break;
            case verify::RevocationAnswer::Status::Revoked:
                return Error{ErrorCode::Conflict,
                             LongTermText::tr("The certificate of \"%1\" is revoked (%2); validation data would not "
                                              "make its signature valid.")
                                 .arg(name, answer.revocationTime.toString(Qt::ISODate)),
                             answer.source};
            case verify::RevocationAnswer::Status::NoSource:
                if (i > 0) {
                    continue; // a CA that publishes no revocation information: nothing to keep
                }
                return Error{ErrorCode::InvalidInput,
                             LongTermText::tr("The certificate of \"%1\" names no OCSP responder and no CRL; its "
                                              "revocation status cannot be kept in the document.")
                                 .arg(name),
                             QString()};
            case verify::RevocationAnswer::Status::Unknown:
            case verify::RevocationAnswer::Status::Unavailable:
                return Error{ErrorCode::Io,
                             LongTermText::tr("The revocation status of \"%1\" could not be obtained from %2; try "
                                              "again later.")
                                 .arg(name, answer.source),
                             answer.detail};
            }
            QList<QByteArray>& evidence =
                answer.kind == verify::RevocationAnswer::Kind::Crl ? gathered.data.crls : gathered.data.ocspResponses;
            if (!evidence.contains(answer.evidence)) {
                evidence.append(answer.evidence);
            }
            gathered.covered.append(name);
        }
    }
    return gathered;
}

Result<QByteArray> appendValidationData(const QByteArray& pdf, const GatheredValidationData& gathered)
{
    auto opened = pdf::PdfFile::open(pdf);
    if (!opened) {
        return opened.error();
    }
    auto written = appendDss(**opened, gathered.data);
    if (!written) {
        return written.error();
    }
    return written->appendix;
}

} // namespace vanthu::signing
