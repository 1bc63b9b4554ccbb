// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/signing/timestamp/OpensslCli.h"

#include <QProcess>

namespace vanthu::test
{

OpensslRun runOpenssl(const QStringList& arguments, const QString& workingDirectory)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty()) {
        process.setWorkingDirectory(workingDirectory);
    }
    process.start(QStringLiteral("openssl"), arguments);
    OpensslRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.output = QStringLiteral("openssl did not finish: ") + process.errorString();
        return run;
    }
    run.output = QString::fromUtf8(process.readAll());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

} // namespace vanthu::test
