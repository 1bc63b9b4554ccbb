// SPDX-License-Identifier: GPL-3.0-or-later
// runPdfsig: poppler's pdfsig (NSS backend) with a throwaway NSS database that trusts the given CAs only.
#include "tests/support/oracles/SignatureOracles.h"
#include "tests/support/oracles/ToolRunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>

namespace vanthu::test
{

namespace
{

const QString ValidSignature = QStringLiteral("Signature is Valid.");

/** Fills @p signature from one "  - Key: value" line of pdfsig's report. */
void readLine(const QString& line, PdfsigSignature& signature)
{
    static const QRegularExpression item(QStringLiteral("^\\s*-\\s+([^:]+?)(?::\\s?(.*))?$"));
    const QRegularExpressionMatch match = item.match(line);
    if (!match.hasMatch()) {
        return;
    }
    const QString key = match.captured(1).trimmed();
    const QString value = match.captured(2).trimmed();
    if (key == QLatin1String("Signature Field Name")) {
        signature.fieldName = value;
    } else if (key == QLatin1String("Signer Certificate Common Name")) {
        signature.signerName = value;
    } else if (key == QLatin1String("Signer full Distinguished Name")) {
        signature.signerDistinguishedName = value;
    } else if (key == QLatin1String("Signing Time")) {
        signature.signingTime = value;
    } else if (key == QLatin1String("Signing Hash Algorithm")) {
        signature.hashAlgorithm = value;
    } else if (key == QLatin1String("Signature Type")) {
        signature.signatureType = value;
    } else if (key == QLatin1String("Signature Validation")) {
        signature.signatureValidation = value;
    } else if (key == QLatin1String("Certificate Validation")) {
        signature.certificateValidation = value;
    } else if (key == QLatin1String("Total document signed")) {
        signature.totalDocumentSigned = true;
    } else if (key == QLatin1String("Signed Ranges")) {
        static const QRegularExpression range(QStringLiteral("\\[(\\d+) - (\\d+)\\]"));
        auto ranges = range.globalMatch(value);
        while (ranges.hasNext()) {
            const QRegularExpressionMatch next = ranges.next();
            signature.signedRanges.append({next.captured(1).toLongLong(), next.captured(2).toLongLong()});
        }
    }
}

} // namespace

bool PdfsigReport::allSignaturesValid() const
{
    if (signatures.isEmpty()) {
        return false;
    }
    for (const PdfsigSignature& signature : signatures) {
        if (signature.signatureValidation != ValidSignature) {
            return false;
        }
    }
    return true;
}

PdfsigReport runPdfsig(const QString& pdfPath, const QStringList& trustedCaPems, const QStringList& extraArguments)
{
    PdfsigReport report;
    QTemporaryDir directory;
    if (!directory.isValid()) {
        report.output = QStringLiteral("no temporary folder for the NSS database");
        return report;
    }
    const QString database = QStringLiteral("sql:") + directory.path();
    ToolRun run = runTool(QStringLiteral("certutil"),
                          {QStringLiteral("-N"), QStringLiteral("-d"), database, QStringLiteral("--empty-password")});
    if (!run.succeeded()) {
        report.output = run.describe();
        return report;
    }
    for (qsizetype i = 0; i < trustedCaPems.size(); ++i) {
        run = runTool(QStringLiteral("certutil"),
                      {QStringLiteral("-A"), QStringLiteral("-d"), database, QStringLiteral("-n"),
                       QStringLiteral("ca%1").arg(i), QStringLiteral("-t"), QStringLiteral("CT,C,C"),
                       QStringLiteral("-i"), trustedCaPems.at(i)});
        if (!run.succeeded()) {
            report.output = run.describe();
            return report;
        }
    }
    run = runTool(QStringLiteral("pdfsig"),
                  QStringList{QStringLiteral("-nssdir"), database} + extraArguments + QStringList{pdfPath});
    report.exitCode = run.failure.isEmpty() ? run.exitCode : -1;
    report.output = QString::fromUtf8(run.standardOutput) + QString::fromUtf8(run.standardError);
    if (!run.failure.isEmpty()) {
        report.output = run.describe();
        return report;
    }
    static const QRegularExpression heading(QStringLiteral("^Signature #\\d+:"));
    const QStringList lines = QString::fromUtf8(run.standardOutput).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (heading.match(line).hasMatch()) {
            report.signatures.append(PdfsigSignature{});
        } else if (!report.signatures.isEmpty()) {
            readLine(line, report.signatures.last());
        }
    }
    return report;
}

} // namespace vanthu::test
