// SPDX-License-Identifier: GPL-3.0-or-later
// bench/verify: wall time of `vanthu-cli verify --offline --ignore-trust --json` (byte ranges, CMS, and the change
// analysis of every revision after each signature) on a 10 MB PDF with two signatures, beside poppler's
// `pdfsig -nocert` (byte ranges and CMS only, no change analysis; the target) and plain `pdfsig` (which also checks
// the certificate with NSS; for information), measured in the same run with the tools interleaved. Every timed run's
// output is checked, so that a fast run is an honest one.
//   vanthu-bench-verify [--runs N] [--megabytes MB] [--dir FOLDER] [--cli PATH] [--source ROOT]
#include "bench/common/BenchSupport.h"
#include "bench/common/Spawn.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtGlobal>

#include <array>
#include <vector>

using namespace vanthu;
using namespace vanthu::bench;

namespace
{

constexpr int SignatureCount = 2;

/** One of the verifiers measured; the first is vanthu-cli, the second the target. */
struct Verifier
{
    const char* name;
    const char* note;
    QStringList arguments; ///< before the file
};

std::array<Verifier, 3> verifiers(const Setup& setup)
{
    return {Verifier{"vanthu-cli verify",
                     "--offline --ignore-trust --json: ranges, CMS, change analysis",
                     {setup.cli, QStringLiteral("verify"), QStringLiteral("--offline"),
                      QStringLiteral("--ignore-trust"), QStringLiteral("--json")}},
            Verifier{"pdfsig -nocert",
                     "ranges and CMS, no certificate, no change analysis",
                     {QStringLiteral("pdfsig"), QStringLiteral("-nocert")}},
            Verifier{"pdfsig", "also the certificate through NSS (information only)", {QStringLiteral("pdfsig")}}};
}

/**
 * vanthu-cli's JSON must show two intact signatures, each with its change analysis done, and a valid verdict;
 * returns "VERDICT (field: LEVEL, ...)" for the report.
 */
QString checkVanthu(const QString& output)
{
    QJsonParseError error{};
    const QJsonObject report = QJsonDocument::fromJson(output.toUtf8(), &error).object();
    const QJsonArray signatures = report.value(QLatin1String("signatures")).toArray();
    const QString verdict = report.value(QLatin1String("verdict")).toString();
    if (error.error != QJsonParseError::NoError || signatures.size() != SignatureCount
        || (verdict != QLatin1String("VALID") && verdict != QLatin1String("VALID_WITH_ALLOWED_CHANGES"))) {
        abortWith(QStringLiteral("vanthu-cli verify does not report %1 valid signatures:\n%2")
                      .arg(SignatureCount)
                      .arg(output));
    }
    QStringList levels;
    for (const QJsonValue& value : signatures) {
        const QJsonObject signature = value.toObject();
        const QString level = signature.value(QLatin1String("modificationLevel")).toString();
        if (!signature.value(QLatin1String("integrity")).toBool() || level.isEmpty()
            || signature.value(QLatin1String("indication")).toString() != QLatin1String("TOTAL_PASSED")) {
            abortWith(
                QStringLiteral("vanthu-cli verify found a signature not intact or not analysed:\n%1").arg(output));
        }
        levels.append(QStringLiteral("%1: %2").arg(signature.value(QLatin1String("field")).toString(), level));
    }
    if (!signatures.last().toObject().value(QLatin1String("coversWholeDocument")).toBool()) {
        abortWith(QStringLiteral("the last signature does not cover the whole file:\n%1").arg(output));
    }
    return QStringLiteral("%1 (%2)").arg(verdict, levels.join(QStringLiteral(", ")));
}

/** pdfsig must say "Signature is Valid" once per signature. */
void checkPdfsig(const Verifier& verifier, const QString& output)
{
    if (output.count(QLatin1String("Signature is Valid")) != SignatureCount) {
        abortWith(QStringLiteral("%1 does not report %2 valid signatures:\n%3")
                      .arg(QString::fromLatin1(verifier.name))
                      .arg(SignatureCount)
                      .arg(output));
    }
}

/** The file to verify: @p big signed by vanthu-cli, then signed again (two revisions, two signatures). */
QString makeSignedTwice(const Setup& setup, const QString& big)
{
    QString input = big;
    for (int signature = 1; signature <= SignatureCount; ++signature) {
        const QString output = setup.path(QStringLiteral("signed-%1.pdf").arg(signature));
        QFile::remove(output);
        (void)timedRun(setup, "vanthu-cli sign",
                       {setup.cli, QStringLiteral("sign"), QStringLiteral("--in"), input, QStringLiteral("--out"),
                        output, QStringLiteral("--p12"), setup.p12},
                       true);
        input = output;
    }
    return input;
}

struct Figures
{
    std::vector<Timing> timings; // indexed like verifiers()
    QString vanthuSummary;
};

/** One warm-up round, then @p runs rounds of the three verifiers, interleaved; checks the output of every run. */
Figures measure(const Setup& setup, const QString& file, int runs)
{
    const std::array<Verifier, 3> tools = verifiers(setup);
    Figures figures;
    figures.timings = interleave(runs, tools.size(), [&](std::size_t index) {
        const Verifier& verifier = tools.at(index);
        const double ms = timedRun(setup, verifier.name, verifier.arguments + QStringList{file}, false);
        const QString output = readText(setup.log);
        if (index == 0) {
            figures.vanthuSummary = checkVanthu(output);
        } else {
            checkPdfsig(verifier, output);
        }
        return ms;
    });
    return figures;
}

/** What plain pdfsig says about the certificate (it trusts nothing of the throwaway CA). */
QString pdfsigCertificateStatus(const Setup& setup, const QString& file)
{
    const QStringList lines = capture({QStringLiteral("pdfsig"), file}, setup.log).split(QLatin1Char('\n'));
    for (const QString& text : lines) {
        if (text.trimmed().startsWith(QLatin1String("- Certificate Validation:"))) {
            return text.section(QLatin1Char(':'), 1).trimmed();
        }
    }
    return QStringLiteral("not reported");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    setBenchName("bench/verify");
    QCommandLineParser parser;
    const CommonOptions common(parser, QStringLiteral(VANTHU_BENCH_CLI), QStringLiteral(VANTHU_SOURCE_DIR));
    const QCommandLineOption sizeOption(QStringLiteral("megabytes"),
                                        QStringLiteral("Size of the PDF to sign twice and verify."),
                                        QStringLiteral("mb"), QStringLiteral("10"));
    parser.addOption(sizeOption);
    parser.addHelpOption();
    parser.process(application);
    const int runs = common.runs(parser);
    const int megabytes = positiveNumber(parser, sizeOption);
    QTemporaryDir temporary;
    Setup setup = common.setup(parser, temporary.path());

    line("bench/verify: %d runs after 1 warm-up per tool, tools interleaved, wall time of whole processes "
         "(posix_spawn to waitpid, steady clock), in %s",
         runs, qPrintable(setup.root));
    printMachine(setup);
    line("tools: vanthu-cli %s (Qt %s); pdfsig %s", VANTHU_VERSION, qVersion(), qPrintable(pdfsigVersion(setup)));

    const QString big = setup.path(QStringLiteral("big-%1mb.pdf").arg(megabytes));
    makeBigPdf(setup, big, megabytes);
    makeKeys(setup);
    const QString file = makeSignedTwice(setup, big);
    line("input: %s, %lld bytes: make-test-pdfs big %d, signed twice by vanthu-cli (RSA-2048 signer of a throwaway CA, "
         "SHA-256, no timestamp, invisible), two revisions after the original",
         qPrintable(QFileInfo(file).fileName()), static_cast<long long>(QFileInfo(file).size()), megabytes);
    line("checked on every run: vanthu-cli reports %d TOTAL_PASSED signatures with their modification level and a "
         "valid verdict; both pdfsig runs print \"Signature is Valid\" %d times",
         SignatureCount, SignatureCount);
    line("");

    const Figures figures = measure(setup, file, runs);
    line("vanthu-cli verify says: %s", qPrintable(figures.vanthuSummary));
    line("pdfsig without -nocert says about the certificate: %s", qPrintable(pdfsigCertificateStatus(setup, file)));
    line("");
    line("median (min-max) wall time of one verifying process:");
    const std::array<Verifier, 3> tools = verifiers(setup);
    for (std::size_t index = 0; index < tools.size(); ++index) {
        line("  %-20s %-26s %s", tools.at(index).name, qPrintable(timingText(figures.timings.at(index), 1, "ms")),
             tools.at(index).note);
    }
    const double vanthu = figures.timings.at(0).median;
    const double noCert = figures.timings.at(1).median;
    const double full = figures.timings.at(2).median;
    line("ratio (medians): vanthu / pdfsig -nocert %.2fx;  vanthu / pdfsig %.2fx", vanthu / noCert, vanthu / full);
    line("target: vanthu ≤ pdfsig: %s (%.1f ms against pdfsig -nocert %.1f ms)", vanthu <= noCert ? "met" : "NOT met",
         vanthu, noCert);
    return 0;
}
