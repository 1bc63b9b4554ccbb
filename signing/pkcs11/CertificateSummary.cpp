// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pkcs11/CertificateSummary.h"

#include "signing/keys/OpenSslSupport.h"
#include "signing/keys/OpenSslTypes.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <vector>

namespace vanthu::signing
{
namespace
{

struct CertificateSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(CertificateSummaryText)
};

bool selfIssued(X509* certificate)
{
    return X509_check_issued(certificate, certificate) == X509_V_OK;
}

} // namespace

Result<CertificateSummary> summarizeCertificate(const QByteArray& der)
{
    const X509Pointer certificate = x509FromDer(der);
    if (!certificate) {
        return Error{ErrorCode::InvalidInput,
                     CertificateSummaryText::tr("The certificate stored on the token cannot be read."),
                     QStringLiteral("d2i_X509 failed on %1 bytes").arg(der.size())};
    }
    CertificateSummary summary;
    summary.subjectCommonName = displayName(X509_get_subject_name(certificate.get()));
    summary.issuerCommonName = displayName(X509_get_issuer_name(certificate.get()));
    summary.notBefore = utcFromAsn1Time(X509_get0_notBefore(certificate.get()));
    summary.notAfter = utcFromAsn1Time(X509_get0_notAfter(certificate.get()));
    if (const EVP_PKEY* key = X509_get0_pubkey(certificate.get()); key != nullptr) {
        switch (EVP_PKEY_get_base_id(key)) {
        case EVP_PKEY_RSA:
            summary.algorithm = KeyAlgorithm::Rsa;
            break;
        case EVP_PKEY_EC:
            summary.algorithm = KeyAlgorithm::Ecdsa;
            break;
        default:
            break;
        }
        summary.keyBits = EVP_PKEY_get_bits(key);
    }
    return summary;
}

QList<QByteArray> certificateChainUpward(const QByteArray& leaf, const QList<QByteArray>& pool)
{
    std::vector<X509Pointer> parsed;
    for (const QByteArray& der : pool) {
        parsed.push_back(x509FromDer(der));
    }
    QList<QByteArray> chain;
    X509Pointer current = x509FromDer(leaf);
    X509* at = current.get();
    std::vector<bool> used(parsed.size(), false);
    while (at != nullptr && !selfIssued(at)) {
        X509* next = nullptr;
        for (std::size_t i = 0; i < parsed.size(); ++i) {
            if (!used[i] && parsed[i] && X509_cmp(parsed[i].get(), at) != 0
                && X509_check_issued(parsed[i].get(), at) == X509_V_OK) {
                used[i] = true;
                next = parsed[i].get();
                chain.append(pool.at(static_cast<qsizetype>(i)));
                break;
            }
        }
        at = next;
    }
    return chain;
}

} // namespace vanthu::signing
