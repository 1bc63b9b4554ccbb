// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PageDrawing.h"
#include "common/MappedFile.h"
#include "signing/keys/CertificateFile.h"
#include "signing/keys/TrustStore.h"
#include "signing/verify/ReportJson.h"
#include "signing/verify/ReportText.h"
#include "signing/verify/Validation.h"
#include "signing/verify/VisualComparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct VerifyCommandText
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommandText)
};

// `verify` has its own exit codes (issue 4): 0 valid, 1 modified or invalid, 2 indeterminate or unsigned, 3 unreadable.
// REVOCATION_NOT_CHECKED (--offline, issue 12) is 2: nothing is wrong with the signatures, but a revoked certificate
// would look the same, and a script that treats 0 as "rely on it" must not rely on an offline answer.
constexpr int VerifyValid = 0;
constexpr int VerifyBroken = 1;
constexpr int VerifyUndecided = 2;
constexpr int VerifyUnreadable = 3;

} // namespace

int verifyExitCode(signing::Verdict verdict)
{
    switch (verdict) {
    case signing::Verdict::Valid:
    case signing::Verdict::ValidWithAllowedChanges:
        return VerifyValid;
    case signing::Verdict::Modified:
    case signing::Verdict::Invalid:
        return VerifyBroken;
    case signing::Verdict::Indeterminate:
    case signing::Verdict::NoSignature:
    case signing::Verdict::RevocationNotChecked:
        break;
    }
    return VerifyUndecided;
}

namespace
{

// 72 dots per inch: one pixel per point, so the boxes reported are in the page's own unit, and an A4 page costs
// 0.5 Mpixel per drawing.
constexpr int visualDpi = 72;

/** What drawing showed for one signature, for programs: compared or why not, and each box in points. */
QJsonObject visualJson(const signing::SignatureVisualCheck& check)
{
    QJsonArray differences;
    const double toPoints = 72.0 / check.dpi;
    for (const signing::PageDifference& difference : check.differences) {
        differences.append(QJsonObject{
            {QStringLiteral("page"), difference.page + 1},
            {QStringLiteral("pixels"), difference.pixels},
            {QStringLiteral("wholePage"), difference.wholePage},
            {QStringLiteral("box"),
             QJsonArray{difference.box.left() * toPoints, difference.box.top() * toPoints,
                        (difference.box.right() + 1) * toPoints, (difference.box.bottom() + 1) * toPoints}}});
    }
    return QJsonObject{{QStringLiteral("compared"), check.compared},
                       {QStringLiteral("rendererFailure"), check.rendererFailure},
                       {QStringLiteral("differences"), differences}};
}

} // namespace

int runVerify(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption anchor(QStringLiteral("trust-anchor"),
                                    VerifyCommandText::tr("A root certificate trusted for this check besides the trust "
                                                          "store (PEM); may be repeated."),
                                    VerifyCommandText::tr("file"));
    const QCommandLineOption ignoreTrust(QStringLiteral("ignore-trust"),
                                         VerifyCommandText::tr("Leave certificate trust out of the verdict."));
    const QCommandLineOption offline(
        QStringLiteral("offline"), VerifyCommandText::tr("Do not ask OCSP responders or CRL distribution points about "
                                                         "revocation: unless the document holds the answers, the "
                                                         "verdict is then REVOCATION_NOT_CHECKED (exit code 2)."));
    const QCommandLineOption visual(
        QStringLiteral("visual"),
        VerifyCommandText::tr("Also draw each signed version and the final file and report what looks different "
                              "beyond the changes the analysis explains."));
    const QCommandLineOption store = trustStoreOption();
    parser.addOptions({anchor, ignoreTrust, offline, visual, store});
    if (auto exit =
            context.parse(parser, VerifyCommandText::tr("Check the signatures of a PDF."), QStringLiteral("FILE"))) {
        return *exit;
    }
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1) {
        return context.usage(VerifyCommandText::tr("Name one PDF file to verify."));
    }
    signing::ValidationOptions options;
    options.ignoreTrust = parser.isSet(ignoreTrust);
    options.checkRevocationOnline = !parser.isSet(offline);
    for (const signing::TrustAnchor& trusted : signing::TrustStore(parser.value(store)).anchors()) {
        switch (trusted.purpose) {
        case signing::TrustPurpose::Any:
            options.trustAnchorsDer.append(trusted.der);
            break;
        case signing::TrustPurpose::DocumentSigning:
            options.signingAnchorsDer.append(trusted.der);
            break;
        case signing::TrustPurpose::Timestamping:
            options.timestampAnchorsDer.append(trusted.der);
            break;
        }
    }
    for (const QString& path : parser.values(anchor)) {
        auto certificates = signing::readCertificateFile(path);
        if (!certificates) {
            static_cast<void>(context.fail(certificates.error()));
            return VerifyUnreadable;
        }
        options.trustAnchorsDer += *certificates;
    }
    auto file = MappedFile::open(files.first(), 2000LL * 1024 * 1024);
    if (!file) {
        static_cast<void>(context.fail(file.error()));
        return VerifyUnreadable;
    }
    const QByteArray pdf = file->bytes();
    auto report = signing::validatePdf(pdf, options);
    if (!report) {
        static_cast<void>(context.fail(report.error()));
        return VerifyUnreadable;
    }
    QList<signing::SignatureVisualCheck> visualChecks;
    if (parser.isSet(visual)) {
        visualChecks = signing::compareSignedRevisions(pdf, *report, childPageRenderer(visualDpi));
        signing::applyVisualChecks(*report, visualChecks);
    }
    if (context.json()) {
        QJsonObject json = signing::reportToJson(*report);
        if (parser.isSet(visual)) {
            QJsonArray signatures = json.value(QStringLiteral("signatures")).toArray();
            for (const signing::SignatureVisualCheck& check : visualChecks) {
                QJsonObject entry = signatures[check.signature].toObject();
                entry.insert(QStringLiteral("visual"), visualJson(check));
                signatures[check.signature] = entry;
            }
            json.insert(QStringLiteral("signatures"), signatures);
        }
        context.printJson(json);
    } else {
        QString text = signing::reportAsText(*report);
        text.chop(1); // printLine ends the line
        context.printLine(text);
    }
    return verifyExitCode(report->verdict);
}

} // namespace vanthu::cli
