// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/keys/CertificateFile.h"

#include "signing/keys/OpenSslTypes.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace vanthu::signing
{
namespace
{

struct CertificateFileText
{
    Q_DECLARE_TR_FUNCTIONS(CertificateFileText)
};

} // namespace

Result<QList<QByteArray>> readCertificateFile(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return Error{ErrorCode::NotFound, CertificateFileText::tr("The file %1 does not exist.").arg(path), QString()};
    }
    if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024) {
        return Error{ErrorCode::Io, CertificateFileText::tr("The file %1 cannot be read.").arg(path),
                     file.errorString()};
    }
    const QByteArray bytes = file.readAll();
    QList<QByteArray> certificates;
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())),
                                                  BIO_free);
    while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        certificates.append(certificateDer(certificate));
        X509_free(certificate);
    }
    ERR_clear_error(); // the loop ends with a "no start line" error by design
    if (certificates.isEmpty()) {
        const auto* cursor = reinterpret_cast<const unsigned char*>(bytes.constData());
        if (X509* certificate = d2i_X509(nullptr, &cursor, bytes.size())) {
            certificates.append(certificateDer(certificate));
            X509_free(certificate);
        }
    }
    if (certificates.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     CertificateFileText::tr("The file %1 holds no certificate (PEM or DER).").arg(path), QString()};
    }
    return certificates;
}

} // namespace vanthu::signing
