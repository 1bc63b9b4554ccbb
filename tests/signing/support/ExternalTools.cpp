// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/signing/support/ExternalTools.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace vanthu::test
{
namespace
{

QString writeTemporary(const QTemporaryDir& directory, const QString& name, const QByteArray& data)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
    return path;
}

} // namespace

QByteArray qpdf(const QByteArray& input, const QStringList& arguments)
{
    QTemporaryDir directory;
    const QString in = writeTemporary(directory, QStringLiteral("in.pdf"), input);
    const QString out = directory.filePath(QStringLiteral("out.pdf"));
    QProcess process;
    process.start(QStringLiteral("qpdf"), QStringList(arguments) << in << out);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString qpdfCheck(const QByteArray& pdf)
{
    QTemporaryDir directory;
    const QString in = writeTemporary(directory, QStringLiteral("in.pdf"), pdf);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), in});
    process.waitForFinished(60000);
    const QString output = QString::fromUtf8(process.readAll());
    if (process.exitCode() == 0 && !output.contains(QStringLiteral("WARNING"))) {
        return {};
    }
    return output.isEmpty() ? QStringLiteral("qpdf exit %1").arg(process.exitCode()) : output;
}

int qpdfJsonPageRotation(const QByteArray& pdf, int index)
{
    QTemporaryDir directory;
    const QString in = writeTemporary(directory, QStringLiteral("in.pdf"), pdf);
    QProcess process;
    process.start(QStringLiteral("qpdf"), {QStringLiteral("--json=2"), QStringLiteral("--json-key=pages"), in});
    process.waitForFinished(60000);
    const QJsonArray pages =
        QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(QStringLiteral("pages")).toArray();
    if (index >= pages.size()) {
        return -1;
    }
    const QString pageObject = pages.at(index).toObject().value(QStringLiteral("object")).toString();
    QProcess show;
    show.start(QStringLiteral("qpdf"),
               {QStringLiteral("--show-object=") + pageObject.section(QLatin1Char(' '), 0, 0), in});
    show.waitForFinished(60000);
    const QString dictionary = QString::fromUtf8(show.readAllStandardOutput());
    const qsizetype at = dictionary.indexOf(QStringLiteral("/Rotate "));
    return at < 0 ? 0 : dictionary.mid(at + 8).section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('>')).toInt();
}

} // namespace vanthu::test
