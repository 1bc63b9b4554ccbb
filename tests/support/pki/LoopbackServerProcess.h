// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace vanthu::test
{

/**
 * Starts one of the test servers (vanthu-test-tsa, vanthu-test-revocation) in @p process and returns the port it
 * prints ("port <N>") once it listens on 127.0.0.1. @p who names the fixture in error messages. Throws
 * std::runtime_error when the server does not come up.
 */
int startLoopbackServer(QProcess& process, const QString& program, const QStringList& arguments, const char* who);

/** Stops a server started so: closing its standard input, then SIGTERM, then SIGKILL. */
void stopLoopbackServer(QProcess& process);

} // namespace vanthu::test
