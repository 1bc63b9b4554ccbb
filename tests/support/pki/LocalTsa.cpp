// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/pki/LocalTsa.h"

#include <QDeadlineTimer>
#include <QProcess>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace vanthu::test
{

LocalTsa::LocalTsa(TestPki& pki, const QStringList& extraArguments, TestPki::Identity tsaIdentity)
    : m_process(std::make_unique<QProcess>())
{
    const TestPki::Files& tsa = pki.identity(tsaIdentity);
    QStringList arguments{QStringLiteral("--cert"),  tsa.certPem,    QStringLiteral("--key"), tsa.keyPem,
                          QStringLiteral("--chain"), pki.chainPath()};
    arguments += extraArguments;
    m_process->setProgram(QStringLiteral(VANTHU_TEST_TSA));
    m_process->setArguments(arguments);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        throw std::runtime_error("LocalTsa: cannot start " + std::string(VANTHU_TEST_TSA) + ": "
                                 + m_process->errorString().toStdString());
    }
    // The server prints "port <N>" once it listens.
    const QDeadlineTimer deadline(30000);
    QByteArray output;
    while (!output.contains('\n')) {
        if (m_process->state() != QProcess::Running || deadline.hasExpired()) {
            m_process->kill();
            m_process->waitForFinished();
            throw std::runtime_error("LocalTsa: the server did not start: "
                                     + m_process->readAllStandardError().toStdString());
        }
        m_process->waitForReadyRead(100);
        output += m_process->readAllStandardOutput();
    }
    const QByteArray line = output.left(output.indexOf('\n')).trimmed();
    bool ok = false;
    m_port = line.startsWith("port ") ? line.mid(5).toInt(&ok) : 0;
    if (!ok || m_port <= 0) {
        throw std::runtime_error("LocalTsa: unexpected first line from the server: " + line.toStdString());
    }
}

LocalTsa::~LocalTsa()
{
    // Closing its standard input stops the server; SIGTERM and then SIGKILL if it does not.
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(5000)) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
    }
}

int LocalTsa::port() const
{
    return m_port;
}

QString LocalTsa::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_port);
}

QString LocalTsa::closedPortUrl()
{
    const int probe = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (probe < 0) {
        throw std::runtime_error("LocalTsa: socket failed");
    }
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    const bool bound = ::bind(probe, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0
                       && ::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    ::close(probe); // never listened: connections to this port are refused
    if (!bound) {
        throw std::runtime_error("LocalTsa: no free port on 127.0.0.1");
    }
    return QStringLiteral("http://127.0.0.1:%1/").arg(ntohs(address.sin_port));
}

} // namespace vanthu::test
