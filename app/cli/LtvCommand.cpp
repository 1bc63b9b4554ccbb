// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "common/AtomicFile.h"
#include "common/MappedFile.h"
#include "signing/keys/CertificateFile.h"
#include "signing/ltv/LongTermValidation.h"
#include "signing/pades/PadesSigner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct LtvCommandText
{
    Q_DECLARE_TR_FUNCTIONS(LtvCommandText)
};

Result<QList<QByteArray>> certificatesFrom(const QStringList& paths)
{
    QList<QByteArray> all;
    for (const QString& path : paths) {
        auto certificates = signing::readCertificateFile(path);
        if (!certificates) {
            return certificates.error();
        }
        all += *certificates;
    }
    return all;
}

} // namespace

int runLtv(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption in(QStringLiteral("in"), LtvCommandText::tr("The signed PDF."),
                                LtvCommandText::tr("file"));
    const QCommandLineOption out(QStringLiteral("out"), LtvCommandText::tr("Where to write the extended PDF."),
                                 LtvCommandText::tr("file"));
    const QCommandLineOption anchor(QStringLiteral("trust-anchor"),
                                    LtvCommandText::tr("A root certificate the chains end at (PEM); may be repeated."),
                                    LtvCommandText::tr("file"));
    const QCommandLineOption chain(QStringLiteral("chain"),
                                   LtvCommandText::tr("Intermediate CA certificates (PEM) missing from the "
                                                      "signatures; may be repeated."),
                                   LtvCommandText::tr("file"));
    const QCommandLineOption tsa(QStringLiteral("tsa"),
                                 LtvCommandText::tr("Timestamp authority URL: add a document timestamp after the "
                                                    "validation data (PAdES B-LTA)."),
                                 LtvCommandText::tr("url"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     LtvCommandText::tr("Seconds to wait for each OCSP, CRL or TSA server "
                                                        "(default 10)."),
                                     LtvCommandText::tr("seconds"), QStringLiteral("10"));
    parser.addOptions({in, out, anchor, chain, tsa, timeout});
    if (auto exit = context.parse(parser,
                                  LtvCommandText::tr("Add long-term validation data to a signed PDF: certificates, "
                                                     "OCSP responses and CRLs for every signature (PAdES B-LT), and "
                                                     "with --tsa a document timestamp (B-LTA)."),
                                  QString())) {
        return *exit;
    }
    if (!parser.isSet(in) || !parser.isSet(out)) {
        return context.usage(LtvCommandText::tr("Give --in and --out."));
    }
    bool numeric = false;
    const int seconds = parser.value(timeout).toInt(&numeric);
    if (!numeric || seconds < 1) {
        return context.usage(LtvCommandText::tr("--timeout needs a whole number of seconds."));
    }
    signing::LongTermOptions options;
    options.timeoutSeconds = seconds;
    auto anchors = certificatesFrom(parser.values(anchor));
    if (!anchors) {
        return context.fail(anchors.error());
    }
    options.trustAnchorsDer = *anchors;
    auto intermediates = certificatesFrom(parser.values(chain));
    if (!intermediates) {
        return context.fail(intermediates.error());
    }
    options.intermediatesDer = *intermediates;

    auto file = MappedFile::open(parser.value(in), 2000LL * 1024 * 1024);
    if (!file) {
        return context.fail(file.error());
    }
    const QByteArray input = file->bytes();
    auto gathered = signing::gatherValidationData(input, options);
    if (!gathered) {
        return context.fail(gathered.error());
    }
    auto appendix = signing::appendValidationData(input, *gathered);
    if (!appendix) {
        return context.fail(appendix.error());
    }
    QByteArray output = input + *appendix;
    bool timestamped = false;
    if (parser.isSet(tsa)) {
        signing::TimestampOptions timestampOptions;
        timestampOptions.timeoutSeconds = seconds;
        auto stamped = signing::PadesSigner::timestampDocument(
            output, signing::DigestAlgorithm::Sha256, signing::timestamperFor(parser.value(tsa), timestampOptions));
        if (!stamped) {
            return context.fail(stamped.error());
        }
        output.append(stamped->appendix);
        timestamped = true;
    }
    if (auto written = writeFileAtomically(parser.value(out), output); !written) {
        return context.fail(written.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{
            {QStringLiteral("out"), parser.value(out)},
            {QStringLiteral("certificates"), static_cast<int>(gathered->data.certificates.size())},
            {QStringLiteral("ocspResponses"), static_cast<int>(gathered->data.ocspResponses.size())},
            {QStringLiteral("crls"), static_cast<int>(gathered->data.crls.size())},
            {QStringLiteral("covered"), QJsonArray::fromStringList(gathered->covered)},
            {QStringLiteral("documentTimestamp"), timestamped},
        });
    } else {
        context.printLine(LtvCommandText::tr("%1: validation data for %2 added (%3 certificates, %4 OCSP responses, "
                                             "%5 CRLs)%6.")
                              .arg(parser.value(out), gathered->covered.join(QStringLiteral(", ")))
                              .arg(gathered->data.certificates.size())
                              .arg(gathered->data.ocspResponses.size())
                              .arg(gathered->data.crls.size())
                              .arg(timestamped ? LtvCommandText::tr(", then a document timestamp") : QString()));
    }
    return ExitOk;
}

} // namespace vanthu::cli
