// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/sign/CmsFloor.h"
#include "signing/keys/FreeDeleter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <chrono>
#include <memory>

namespace vanthu::bench
{
namespace
{

using Bio = std::unique_ptr<BIO, vanthu::signing::FreeDeleter<BIO_free>>;

QString openSslError(const QString& what)
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    return what + QStringLiteral(": ") + QString::fromLatin1(text);
}

} // namespace

std::optional<double> cmsBatchMilliseconds(const QStringList& inputs, const QString& certificatePath,
                                           const QString& keyPath, const QString& outputFolder, QString* error)
{
    const auto start = std::chrono::steady_clock::now();
    Bio certificateFile(BIO_new_file(QFile::encodeName(certificatePath).constData(), "rb"));
    Bio keyFile(BIO_new_file(QFile::encodeName(keyPath).constData(), "rb"));
    if (!certificateFile || !keyFile) {
        *error = openSslError(QStringLiteral("open the PEM files"));
        return std::nullopt;
    }
    std::unique_ptr<X509, vanthu::signing::FreeDeleter<X509_free>> certificate(
        PEM_read_bio_X509(certificateFile.get(), nullptr, nullptr, nullptr));
    std::unique_ptr<EVP_PKEY, vanthu::signing::FreeDeleter<EVP_PKEY_free>> key(
        PEM_read_bio_PrivateKey(keyFile.get(), nullptr, nullptr, nullptr));
    if (!certificate || !key) {
        *error = openSslError(QStringLiteral("read the PEM files"));
        return std::nullopt;
    }
    constexpr unsigned int flags = CMS_BINARY | CMS_DETACHED | CMS_NOSMIMECAP | CMS_PARTIAL;
    for (const QString& input : inputs) {
        Bio in(BIO_new_file(QFile::encodeName(input).constData(), "rb"));
        const QString outputPath =
            QDir(outputFolder).filePath(QFileInfo(input).completeBaseName() + QStringLiteral(".der"));
        Bio out(BIO_new_file(QFile::encodeName(outputPath).constData(), "wb"));
        if (!in || !out) {
            *error = openSslError(input);
            return std::nullopt;
        }
        std::unique_ptr<CMS_ContentInfo, vanthu::signing::FreeDeleter<CMS_ContentInfo_free>> cms(
            CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
        if (!cms || CMS_add1_signer(cms.get(), certificate.get(), key.get(), EVP_sha256(), flags) == nullptr
            || CMS_final(cms.get(), in.get(), nullptr, flags) != 1 || i2d_CMS_bio(out.get(), cms.get()) != 1) {
            *error = openSslError(input);
            return std::nullopt;
        }
    }
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace vanthu::bench
