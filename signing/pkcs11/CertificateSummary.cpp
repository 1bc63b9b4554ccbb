// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pkcs11/CertificateSummary.h"

#include "signing/keys/OpenSslSupport.h"

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

struct X509Free
{
    void operator()(X509* certificate) const
    {
        X509_free(certificate);
    }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr parse(const QByteArray& der)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
    X509Ptr certificate(d2i_X509(nullptr, &bytes, static_cast<long>(der.size())));
    // Trailing bytes after the certificate mean the value is not one certificate.
    if (certificate && bytes != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        certificate.reset();
    }
    return certificate;
}

QString wholeName(const X509_NAME* name)
{
    BIO* bio = BIO_new(BIO_s_mem());
    if (bio == nullptr) {
        return {};
    }
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QString text = QString::fromUtf8(data, static_cast<qsizetype>(size));
    BIO_free(bio);
    return text;
}

QString commonName(const X509_NAME* name)
{
    // The most specific CN is the last one.
    int index = -1;
    for (int next = X509_NAME_get_index_by_NID(name, NID_commonName, -1); next >= 0;
         next = X509_NAME_get_index_by_NID(name, NID_commonName, next)) {
        index = next;
    }
    if (index < 0) {
        return wholeName(name);
    }
    const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0) {
        return wholeName(name);
    }
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

bool selfIssued(X509* certificate)
{
    return X509_check_issued(certificate, certificate) == X509_V_OK;
}

} // namespace

Result<CertificateSummary> summarizeCertificate(const QByteArray& der)
{
    const X509Ptr certificate = parse(der);
    if (!certificate) {
        return Error{ErrorCode::InvalidInput,
                     CertificateSummaryText::tr("The certificate stored on the token cannot be read."),
                     QStringLiteral("d2i_X509 failed on %1 bytes").arg(der.size())};
    }
    CertificateSummary summary;
    summary.subjectCommonName = commonName(X509_get_subject_name(certificate.get()));
    summary.issuerCommonName = commonName(X509_get_issuer_name(certificate.get()));
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
    std::vector<X509Ptr> parsed;
    for (const QByteArray& der : pool) {
        parsed.push_back(parse(der));
    }
    QList<QByteArray> chain;
    X509Ptr current = parse(leaf);
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
