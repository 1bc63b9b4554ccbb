// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/pki/LocalRevocation.h"

#include "tests/support/pki/LoopbackServerProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>

#include <stdexcept>

namespace vanthu::test
{
namespace
{

const QString IssuingCa = QStringLiteral("intermediate");
const QString Root = QStringLiteral("root");

QString reasonName(RevocationReason reason)
{
    switch (reason) {
    case RevocationReason::None:
        return QStringLiteral("none");
    case RevocationReason::Unspecified:
        return QStringLiteral("unspecified");
    case RevocationReason::KeyCompromise:
        return QStringLiteral("keyCompromise");
    case RevocationReason::CaCompromise:
        return QStringLiteral("cACompromise");
    case RevocationReason::AffiliationChanged:
        return QStringLiteral("affiliationChanged");
    case RevocationReason::Superseded:
        return QStringLiteral("superseded");
    case RevocationReason::CessationOfOperation:
        return QStringLiteral("cessationOfOperation");
    case RevocationReason::CertificateHold:
        return QStringLiteral("certificateHold");
    case RevocationReason::RemoveFromCrl:
        return QStringLiteral("removeFromCRL");
    case RevocationReason::PrivilegeWithdrawn:
        return QStringLiteral("privilegeWithdrawn");
    case RevocationReason::AaCompromise:
        return QStringLiteral("aACompromise");
    }
    return QStringLiteral("none");
}

/** "CA/SERIAL:YYYYMMDDHHMMSSZ:reason", the --revoked syntax of vanthu-test-revocation. */
QString revokedEntry(const QString& ca, const QString& serial, RevocationReason reason, QDateTime when)
{
    if (!when.isValid()) {
        when = QDateTime::currentDateTimeUtc();
    }
    const QString time = when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
    return ca + QLatin1Char('/') + serial + QLatin1Char(':') + time + QLatin1Char(':') + reasonName(reason);
}

} // namespace

LocalRevocation::LocalRevocation(const QStringList& behaviour)
{
    start(behaviour);
}

LocalRevocation::LocalRevocation(TestPki& pki, const QStringList& behaviour)
{
    start(behaviour);
    serve(pki);
}

void LocalRevocation::start(const QStringList& behaviour)
{
    if (!m_directory.isValid()) {
        throw std::runtime_error("LocalRevocation: no temporary folder: " + m_directory.errorString().toStdString());
    }
    m_behaviour = behaviour;
    writeConfig();
    m_process = std::make_unique<QProcess>();
    m_port = startLoopbackServer(*m_process, program(),
                                 {QStringLiteral("--config"), m_directory.filePath(QStringLiteral("config")),
                                  QStringLiteral("--log"), m_directory.filePath(QStringLiteral("requests.log"))},
                                 "LocalRevocation");
}

LocalRevocation::~LocalRevocation()
{
    if (!m_process) {
        return;
    }
    stopLoopbackServer(*m_process);
}

int LocalRevocation::port() const
{
    return m_port;
}

QString LocalRevocation::ocspUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/ocsp").arg(m_port);
}

QString LocalRevocation::crlUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/crl/%2.crl").arg(m_port).arg(IssuingCa);
}

QString LocalRevocation::rootCrlUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/crl/%2.crl").arg(m_port).arg(Root);
}

TestPkiOptions LocalRevocation::pkiOptions(TestPkiOptions base) const
{
    base.ocspUrl = ocspUrl();
    base.crlUrl = crlUrl();
    base.issuingCaCrlUrl = rootCrlUrl();
    return base;
}

void LocalRevocation::serve(TestPki& pki)
{
    pki.identity(TestPki::Identity::OcspResponder);
    m_pki = &pki;
    m_revoked.clear();
    writeConfig();
}

void LocalRevocation::revoke(TestPki::Identity identity, RevocationReason reason, QDateTime when)
{
    reinstate(identity);
    m_revoked.append(revokedEntry(IssuingCa, m_pki->serialHex(identity), reason, std::move(when)));
    writeConfig();
}

void LocalRevocation::revokeIssuingCa(RevocationReason reason, QDateTime when)
{
    if (m_pki == nullptr) {
        throw std::logic_error("LocalRevocation: revokeIssuingCa() before serve()");
    }
    const QString prefix = Root + QLatin1Char('/') + m_pki->intermediateSerialHex() + QLatin1Char(':');
    m_revoked.removeIf([&](const QString& entry) { return entry.startsWith(prefix); });
    m_revoked.append(revokedEntry(Root, m_pki->intermediateSerialHex(), reason, std::move(when)));
    writeConfig();
}

void LocalRevocation::reinstate(TestPki::Identity identity)
{
    if (m_pki == nullptr) {
        throw std::logic_error("LocalRevocation: revoke() or reinstate() before serve()");
    }
    const QString prefix = IssuingCa + QLatin1Char('/') + m_pki->serialHex(identity) + QLatin1Char(':');
    m_revoked.removeIf([&](const QString& entry) { return entry.startsWith(prefix); });
    writeConfig();
}

void LocalRevocation::setBehaviour(const QStringList& behaviour)
{
    m_behaviour = behaviour;
    writeConfig();
}

QStringList LocalRevocation::requests() const
{
    QFile log(m_directory.filePath(QStringLiteral("requests.log")));
    if (!log.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString LocalRevocation::program()
{
    return QStringLiteral(VANTHU_TEST_REVOCATION);
}

void LocalRevocation::writeConfig()
{
    // One argument list, one option per line with its values separated by tabs (paths may hold spaces).
    QStringList lines;
    if (m_pki != nullptr) {
        const TestPki::Files& responder = m_pki->identity(TestPki::Identity::OcspResponder);
        lines << QStringList{QStringLiteral("--ca"), IssuingCa, m_pki->intermediateCertPath(),
                             m_pki->intermediateKeyPath()}
                     .join(QLatin1Char('\t'));
        lines << QStringList{QStringLiteral("--ca"), Root, m_pki->rootCertPath(), m_pki->rootKeyPath()}.join(
            QLatin1Char('\t'));
        lines << QStringList{QStringLiteral("--responder"), responder.certPem, responder.keyPem}.join(
            QLatin1Char('\t'));
        for (const QString& entry : m_revoked) {
            lines << QStringLiteral("--revoked\t") + entry;
        }
    }
    for (const QString& argument : m_behaviour) {
        // Alone on its line with a tab after it, so that it stays one argument whatever it holds.
        lines << argument + QLatin1Char('\t');
    }
    QSaveFile config(m_directory.filePath(QStringLiteral("config")));
    const QByteArray bytes = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    if (!config.open(QIODevice::WriteOnly) || config.write(bytes) != bytes.size() || !config.commit()) {
        throw std::runtime_error("LocalRevocation: cannot write " + config.fileName().toStdString() + ": "
                                 + config.errorString().toStdString());
    }
}

} // namespace vanthu::test
