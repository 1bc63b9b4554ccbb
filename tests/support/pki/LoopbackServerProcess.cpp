// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/pki/LoopbackServerProcess.h"

#include <QDeadlineTimer>

#include <stdexcept>
#include <string>

namespace vanthu::test
{

int startLoopbackServer(QProcess& process, const QString& program, const QStringList& arguments, const char* who)
{
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(10000)) {
        throw std::runtime_error(std::string(who) + ": cannot start " + program.toStdString() + ": "
                                 + process.errorString().toStdString());
    }
    // The server prints "port <N>" once it listens.
    const QDeadlineTimer deadline(30000);
    QByteArray output;
    while (!output.contains('\n')) {
        if (process.state() != QProcess::Running || deadline.hasExpired()) {
            process.kill();
            process.waitForFinished();
            throw std::runtime_error(std::string(who)
                                     + ": the server did not start: " + process.readAllStandardError().toStdString());
        }
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
    }
    const QByteArray line = output.left(output.indexOf('\n')).trimmed();
    bool ok = false;
    const int port = line.startsWith("port ") ? line.mid(5).toInt(&ok) : 0;
    if (!ok || port <= 0) {
        throw std::runtime_error(std::string(who) + ": unexpected first line from the server: " + line.toStdString());
    }
    return port;
}

void stopLoopbackServer(QProcess& process)
{
    process.closeWriteChannel();
    if (!process.waitForFinished(5000)) {
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished();
        }
    }
}

} // namespace vanthu::test
