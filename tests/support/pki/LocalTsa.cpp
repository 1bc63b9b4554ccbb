// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/pki/LocalTsa.h"

#include "tests/support/pki/LoopbackServerProcess.h"

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
    m_port = startLoopbackServer(*m_process, QStringLiteral(VANTHU_TEST_TSA), arguments, "LocalTsa");
}

LocalTsa::~LocalTsa()
{
    stopLoopbackServer(*m_process);
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
