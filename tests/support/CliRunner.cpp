// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CliRunner.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace vanthu::test
{

QJsonObject CliResult::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

CliResult runCli(const QString& workspace, const QStringList& arguments, const QString& pin)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!pin.isEmpty()) {
        environment.insert(QStringLiteral("VANTHU_PIN"), pin);
    }
    QStringList all{QStringLiteral("--workspace"), workspace};
    all.append(arguments);
    return runProgram(QStringLiteral(VANTHU_CLI), all, environment);
}

CliResult runProgram(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    CliResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace vanthu::test
