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
    QProcess process;
    if (!pin.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("VANTHU_PIN"), pin);
        process.setProcessEnvironment(environment);
    }
    process.setStandardInputFile(QProcess::nullDevice());
    QStringList all{QStringLiteral("--workspace"), workspace};
    all.append(arguments);
    process.start(QStringLiteral(VANTHU_CLI), all);
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
