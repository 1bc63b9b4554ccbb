// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/keys/TrustStore.h"

#include "common/AtomicFile.h"
#include "signing/keys/CertificateFile.h"
#include "signing/keys/Digest.h"
#include "signing/keys/OpenSslTypes.h"
#include "signing/pkcs11/CertificateSummary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <memory>

namespace vanthu::signing
{
namespace
{

struct TrustStoreText
{
    Q_DECLARE_TR_FUNCTIONS(TrustStoreText)
};

bool isCertificationAuthority(const QByteArray& der)
{
    const X509Pointer certificate = x509FromDer(der);
    const bool authority = certificate && X509_check_ca(certificate.get()) != 0;
    ERR_clear_error();
    return authority;
}

std::optional<TrustAnchor> anchorOf(const QByteArray& der)
{
    auto summary = summarizeCertificate(der);
    if (!summary) {
        return std::nullopt;
    }
    TrustAnchor anchor;
    anchor.der = der;
    anchor.subject = summary->subjectCommonName;
    anchor.fingerprint = QString::fromLatin1(computeDigest(DigestAlgorithm::Sha256, der).toHex());
    anchor.notBefore = summary->notBefore;
    anchor.notAfter = summary->notAfter;
    return anchor;
}

QByteArray pemOf(const QByteArray& der)
{
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray base64 = der.toBase64();
    for (qsizetype at = 0; at < base64.size(); at += 64) {
        pem.append(base64.mid(at, 64)).append('\n');
    }
    pem.append("-----END CERTIFICATE-----\n");
    return pem;
}

QString purposePath(const QString& directory, const QString& fingerprint)
{
    return QDir(directory).filePath(fingerprint + QStringLiteral(".purpose"));
}

TrustPurpose purposeOf(const QString& directory, const QString& fingerprint)
{
    QFile file(purposePath(directory, fingerprint));
    if (!file.open(QIODevice::ReadOnly)) {
        return TrustPurpose::Any;
    }
    // An unreadable or unknown limit must not widen the trust: it limits the anchor to nothing we use.
    return trustPurposeNamed(QString::fromUtf8(file.read(64)).trimmed()).value_or(TrustPurpose::Timestamping);
}

} // namespace

QString trustPurposeName(TrustPurpose purpose)
{
    switch (purpose) {
    case TrustPurpose::DocumentSigning:
        return QStringLiteral("document-signing");
    case TrustPurpose::Timestamping:
        return QStringLiteral("timestamping");
    case TrustPurpose::Any:
        break;
    }
    return QStringLiteral("any");
}

std::optional<TrustPurpose> trustPurposeNamed(const QString& name)
{
    for (TrustPurpose purpose : {TrustPurpose::Any, TrustPurpose::DocumentSigning, TrustPurpose::Timestamping}) {
        if (name == trustPurposeName(purpose)) {
            return purpose;
        }
    }
    return std::nullopt;
}

TrustStore::TrustStore(QString directory) : m_directory(std::move(directory))
{
}

QString TrustStore::defaultDirectory()
{
    const QString configured = qEnvironmentVariable("VANTHU_TRUST_DIR");
    if (!configured.isEmpty()) {
        return configured;
    }
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/vanthu/trust-anchors");
}

QString TrustStore::workspaceDirectory(const QString& workspaceFolder)
{
    return QDir(workspaceFolder).filePath(QStringLiteral("trust-anchors"));
}

QList<QByteArray> TrustStore::anchorsFor(const QString& workspaceFolder)
{
    return anchorsFor(workspaceFolder, TrustPurpose::Any);
}

QList<QByteArray> TrustStore::anchorsFor(const QString& workspaceFolder, TrustPurpose purpose)
{
    QList<QByteArray> anchors;
    for (const QString& folder : {defaultDirectory(), workspaceDirectory(workspaceFolder)}) {
        for (const TrustAnchor& anchor : TrustStore(folder).anchors()) {
            if (anchor.purpose == purpose) {
                anchors.append(anchor.der);
            }
        }
    }
    return anchors;
}

QList<TrustAnchor> TrustStore::anchors() const
{
    QList<TrustAnchor> anchors;
    const QDir folder(m_directory);
    for (const QString& name : folder.entryList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name)) {
        auto certificates = readCertificateFile(folder.filePath(name));
        if (!certificates || certificates->size() != 1) {
            continue;
        }
        if (auto anchor = anchorOf(certificates->front())) {
            anchor->purpose = purposeOf(m_directory, anchor->fingerprint);
            anchors.append(*anchor);
        }
    }
    std::sort(anchors.begin(), anchors.end(),
              [](const TrustAnchor& left, const TrustAnchor& right) { return left.subject < right.subject; });
    return anchors;
}

Result<QList<TrustAnchor>> TrustStore::add(const QString& certificateFile, TrustPurpose purpose)
{
    auto certificates = readCertificateFile(certificateFile);
    if (!certificates) {
        return certificates.error();
    }
    QList<TrustAnchor> added;
    for (const QByteArray& der : *certificates) {
        auto anchor = anchorOf(der);
        if (!anchor || !isCertificationAuthority(der)) {
            return Error{ErrorCode::InvalidInput,
                         TrustStoreText::tr("\"%1\" is not a certification authority's certificate; only CA "
                                            "certificates can be trusted.")
                             .arg(anchor ? anchor->subject : certificateFile),
                         QString()};
        }
        anchor->purpose = purpose;
        added.append(*anchor);
    }
    if (!QDir().mkpath(m_directory)) {
        return Error{ErrorCode::Io, TrustStoreText::tr("The folder %1 cannot be created.").arg(m_directory), QString()};
    }
    for (const TrustAnchor& anchor : added) {
        // The limit first: an anchor must never be visible, even briefly, with more trust than asked for.
        const QString limit = purposePath(m_directory, anchor.fingerprint);
        if (purpose != TrustPurpose::Any) {
            if (auto written = writeFileAtomically(limit, trustPurposeName(purpose).toUtf8() + '\n'); !written) {
                return written.error();
            }
        }
        const QString path = QDir(m_directory).filePath(anchor.fingerprint + QStringLiteral(".pem"));
        if (!QFile::exists(path)) {
            if (auto written = writeFileAtomically(path, pemOf(anchor.der)); !written) {
                return written.error();
            }
        }
        if (purpose == TrustPurpose::Any && QFile::exists(limit) && !QFile::remove(limit)) {
            return Error{ErrorCode::Io, TrustStoreText::tr("%1 cannot be removed.").arg(limit), QString()};
        }
    }
    return added;
}

Result<TrustAnchor> TrustStore::remove(const QString& fingerprintPrefix)
{
    const QString prefix = fingerprintPrefix.toLower().remove(QLatin1Char(':'));
    const bool hex = std::all_of(prefix.begin(), prefix.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
    if (prefix.size() < 8 || !hex) {
        return Error{ErrorCode::InvalidInput,
                     TrustStoreText::tr("Name the anchor by at least 8 hexadecimal digits of its fingerprint."),
                     QString()};
    }
    QList<TrustAnchor> matches;
    for (const TrustAnchor& anchor : anchors()) {
        if (anchor.fingerprint.startsWith(prefix)) {
            matches.append(anchor);
        }
    }
    if (matches.isEmpty()) {
        return Error{ErrorCode::NotFound,
                     TrustStoreText::tr("No trusted certificate has the fingerprint %1.").arg(fingerprintPrefix),
                     QString()};
    }
    if (matches.size() > 1) {
        return Error{ErrorCode::InvalidInput,
                     TrustStoreText::tr("%1 trusted certificates have fingerprints starting with %2; give more "
                                        "digits.")
                         .arg(matches.size())
                         .arg(fingerprintPrefix),
                     QString()};
    }
    const QString path = QDir(m_directory).filePath(matches.front().fingerprint + QStringLiteral(".pem"));
    if (!QFile::remove(path)) {
        return Error{ErrorCode::Io, TrustStoreText::tr("%1 cannot be removed.").arg(path), QString()};
    }
    static_cast<void>(
        QFile::remove(purposePath(m_directory, matches.front().fingerprint))); // a limit alone means nothing
    if (auto synced = syncDirectory(m_directory); !synced) {
        return synced.error();
    }
    return matches.front();
}

} // namespace vanthu::signing
