// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/oracles/ToolRunner.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace vanthu::test
{

bool ToolRun::succeeded() const
{
    return failure.isEmpty() && exitCode == 0;
}

QString ToolRun::describe() const
{
    QString text = QStringLiteral("$ %1\nexit code %2").arg(commandLine).arg(exitCode);
    if (!failure.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(failure);
    }
    if (!standardOutput.isEmpty()) {
        text += QStringLiteral("\n") + QString::fromUtf8(standardOutput);
    }
    if (!standardError.isEmpty()) {
        text += QStringLiteral("\n") + QString::fromUtf8(standardError);
    }
    return text;
}

ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs)
{
    ToolRun run;
    run.commandLine = (QStringList{program} + arguments).join(QLatin1Char(' '));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        run.failure = QStringLiteral("could not start: %1").arg(process.errorString());
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.failure = QStringLiteral("no answer after %1 ms").arg(timeoutMs);
    } else if (process.exitStatus() != QProcess::NormalExit) {
        run.failure = QStringLiteral("crashed");
    }
    run.exitCode = process.exitCode();
    run.standardOutput = process.readAllStandardOutput();
    run.standardError = process.readAllStandardError();
    return run;
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    return file.write(bytes) == bytes.size() && file.flush();
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

} // namespace vanthu::test
