// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/pki/TestPki.h"

#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace vanthu::test
{

/**
 * A vanthu-test-tsa process serving RFC 3161 timestamps on 127.0.0.1 with @p pki's TSA identity (certificate and
 * key; @p tsaIdentity, TestPki::Identity::Tsa unless a test needs another) and chain, policy 1.2.3.4.1 by default
 * (1.2.3.4.2 also accepted), SHA-256/384/512 imprints. Started by the constructor (which returns once the server
 * listens), stopped by the destructor. @p extraArguments makes it misbehave: --wrong-imprint, --wrong-nonce, --no-cert,
 * --reject, --garbage, --http-error STATUS, --delay-ms N. Failures to start throw std::runtime_error.
 */
class LocalTsa final
{
public:
    explicit LocalTsa(TestPki& pki, const QStringList& extraArguments = {},
                      TestPki::Identity tsaIdentity = TestPki::Identity::Tsa);
    ~LocalTsa();
    LocalTsa(const LocalTsa&) = delete;
    LocalTsa& operator=(const LocalTsa&) = delete;

    [[nodiscard]] int port() const;
    /** http://127.0.0.1:<port>/ */
    [[nodiscard]] QString url() const;

    /** An http:// URL on 127.0.0.1 where nothing listens (a port that was free a moment ago). */
    [[nodiscard]] static QString closedPortUrl();

private:
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

} // namespace vanthu::test
