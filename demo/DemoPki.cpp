// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPki.h"

#include "common/AtomicFile.h"
#include "render/DemoStamps.h"
#include "signing/keys/CertificateIssuer.h"
#include "signing/keys/OpenSslSupport.h"
#include "signing/keys/TrustStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

namespace vanthu::demo
{
namespace
{

struct DemoPkiText
{
    Q_DECLARE_TR_FUNCTIONS(DemoPkiText)
};

using Pkcs12Pointer = std::unique_ptr<PKCS12, signing::FreeDeleter<PKCS12_free>>;
using BioPointer = std::unique_ptr<BIO, signing::FreeDeleter<BIO_free_all>>;

constexpr long Day = 24 * 3600;
constexpr long Year = 365 * Day;

Error opensslError(const QString& what)
{
    return Error{ErrorCode::Internal, DemoPkiText::tr("The demo certificates could not be created."),
                 what + QStringLiteral(": ") + signing::takeOpenSslErrors().text};
}

QByteArray certificatePem(X509* certificate)
{
    const BioPointer bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1) {
        return {};
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

Result<QByteArray> pkcs12Of(const char* friendlyName, EVP_PKEY* key, X509* certificate, X509* root)
{
    signing::X509Stack chain(sk_X509_new_null());
    if (!chain || X509_up_ref(root) != 1 || sk_X509_push(chain.get(), root) <= 0) {
        return opensslError(QStringLiteral("chain"));
    }
    // OpenSSL 3's defaults: AES-256-CBC with PBKDF2, as current Vietnamese CAs' tools write them.
    const Pkcs12Pointer p12(
        PKCS12_create(DemoPki::password().constData(), friendlyName, key, certificate, chain.get(), 0, 0, 0, 0, 0));
    unsigned char* der = nullptr;
    const int length = p12 ? i2d_PKCS12(p12.get(), &der) : 0;
    if (length <= 0) {
        return opensslError(QStringLiteral("PKCS12_create"));
    }
    QByteArray bytes(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return bytes;
}

QByteArray pngOf(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

DemoPki pathsIn(const QString& workspaceFolder)
{
    DemoPki pki;
    pki.folder = QDir(workspaceFolder).filePath(QStringLiteral("demo-pki"));
    const QDir folder(pki.folder);
    pki.rootCertificate = folder.filePath(QStringLiteral("demo-root.pem"));
    pki.leaderPkcs12 = folder.filePath(QStringLiteral("lanh-dao-demo.p12"));
    pki.agencyPkcs12 = folder.filePath(QStringLiteral("co-quan-demo.p12"));
    pki.signatureImage = folder.filePath(QStringLiteral("chu-ky-demo.png"));
    pki.sealImage = folder.filePath(QStringLiteral("con-dau-demo.png"));
    return pki;
}

} // namespace

Result<DemoPki> createDemoPki(const QString& workspaceFolder, const QString& agencyName)
{
    const DemoPki pki = pathsIn(workspaceFolder);
    if (QFileInfo::exists(pki.folder)) {
        return Error{ErrorCode::Conflict, DemoPkiText::tr("%1 already exists.").arg(pki.folder), QString()};
    }
    if (!QDir().mkpath(pki.folder)) {
        return Error{ErrorCode::Io, DemoPkiText::tr("The folder %1 cannot be created.").arg(pki.folder), QString()};
    }
    const signing::KeyPointer rootKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    const signing::KeyPointer leaderKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    const signing::KeyPointer agencyKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!rootKey || !leaderKey || !agencyKey) {
        return opensslError(QStringLiteral("key generation"));
    }
    const QByteArray agency = (agencyName + QStringLiteral(" (DEMO)")).toUtf8();
    signing::CertificateRequest rootRequest;
    rootRequest.commonName = "VanThu DEMO Root CA";
    rootRequest.organization = "VanThu DEMO – not a real certification authority";
    rootRequest.locality = "Hà Nội";
    rootRequest.notBeforeSeconds = -Day;
    rootRequest.notAfterSeconds = 10 * Year;
    rootRequest.extensions = {{NID_basic_constraints, "critical,CA:TRUE"},
                              {NID_key_usage, "critical,keyCertSign,cRLSign"}};
    const signing::X509Pointer root = signing::issueCertificate(rootRequest, rootKey.get(), nullptr, rootKey.get());
    signing::CertificateRequest person;
    person.commonName = "DEMO Nguyễn Văn An";
    person.organization = agency.constData();
    person.locality = "Hà Nội";
    person.uid = "CCCD:000000000000";
    person.notBeforeSeconds = -Day;
    person.notAfterSeconds = 5 * Year;
    person.extensions = {{NID_basic_constraints, "critical,CA:FALSE"},
                         {NID_key_usage, "critical,digitalSignature,nonRepudiation"}};
    signing::CertificateRequest seal = person;
    seal.commonName = agency.constData();
    seal.uid = "MST:0000000000";
    if (!root) {
        return opensslError(QStringLiteral("root certificate"));
    }
    const signing::X509Pointer leader = signing::issueCertificate(person, leaderKey.get(), root.get(), rootKey.get());
    const signing::X509Pointer agencyCertificate =
        signing::issueCertificate(seal, agencyKey.get(), root.get(), rootKey.get());
    if (!leader || !agencyCertificate) {
        return opensslError(QStringLiteral("end-entity certificates"));
    }
    auto leaderP12 = pkcs12Of("DEMO Nguyễn Văn An", leaderKey.get(), leader.get(), root.get());
    auto agencyP12 = pkcs12Of(agency.constData(), agencyKey.get(), agencyCertificate.get(), root.get());
    if (!leaderP12) {
        return leaderP12.error();
    }
    if (!agencyP12) {
        return agencyP12.error();
    }
    const QByteArray notice = DemoPkiText::tr("DEMO certificates and images made by VanThu for the demo workspace. "
                                              "They prove nothing; never use them for real documents. The password "
                                              "of both .p12 files is %1.\n")
                                  .arg(QString::fromLatin1(DemoPki::password()))
                                  .toUtf8();
    const std::pair<QString, QByteArray> files[] = {
        {pki.rootCertificate, certificatePem(root.get())},
        {pki.leaderPkcs12, *leaderP12},
        {pki.agencyPkcs12, *agencyP12},
        {pki.signatureImage, pngOf(render::demoSignatureImage())},
        {pki.sealImage, pngOf(render::demoSealImage(agencyName))},
        {QDir(pki.folder).filePath(QStringLiteral("README.txt")), notice},
    };
    for (const auto& [path, bytes] : files) {
        if (auto written = writeFileAtomically(path, bytes); !written) {
            return written.error();
        }
    }
    if (auto trusted =
            signing::TrustStore(signing::TrustStore::workspaceDirectory(workspaceFolder)).add(pki.rootCertificate);
        !trusted) {
        return trusted.error();
    }
    return pki;
}

std::optional<DemoPki> demoPkiOf(const QString& workspaceFolder)
{
    const DemoPki pki = pathsIn(workspaceFolder);
    for (const QString& path :
         {pki.rootCertificate, pki.leaderPkcs12, pki.agencyPkcs12, pki.signatureImage, pki.sealImage}) {
        if (!QFileInfo::exists(path)) {
            return std::nullopt;
        }
    }
    return pki;
}

} // namespace vanthu::demo
