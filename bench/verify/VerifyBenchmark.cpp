// SPDX-License-Identifier: GPL-3.0-or-later
// bench/verify: wall time of `vanthu-cli verify --offline --ignore-trust --json` (byte ranges, CMS, and the change
// analysis of every revision after each signature) beside poppler's `pdfsig -nocert` (byte ranges and CMS only, no
// change analysis; the peer of the targets) and plain `pdfsig` (which also checks the certificate with NSS; for
// information), measured in the same run with the tools interleaved, on three files:
//   two signatures    a 10 MB PDF of a few large pages (make-test-pdfs big) signed twice: vanthu ≤ 0.8 × pdfsig -nocert
//   many pages        a 10 MB PDF of 2,000 pages with object streams and an xref stream (make-test-pdfs many-pages)
//                     signed twice: vanthu ≤ 0.8 × pdfsig -nocert
//   many signatures   the first file's base signed 30 times in 30 revisions: vanthu ≤ 15 × vanthu on two signatures
// Every timed run's output is checked, so that a fast run is an honest one. Exits 1 when a target is missed.
//   vanthu-bench-verify [--runs N] [--megabytes MB] [--pages N] [--signatures N] [--dir FOLDER] [--cli PATH]
//                       [--source ROOT]
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

constexpr double PeerRatioTarget = 0.8;
constexpr double ManySignaturesRatioTarget = 15.0;

/** One of the verifiers measured; the first is vanthu-cli, the second the peer of the targets. */
struct Verifier
{
    const char* name;
    const char* note;
    QStringList arguments; ///< before the file
};

constexpr std::size_t VanthuIndex = 0;
constexpr std::size_t NoCertIndex = 1;
constexpr std::size_t PdfsigIndex = 2;

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
 * vanthu-cli's JSON must show @p expected intact signatures, each with its change analysis done, and a valid
 * verdict; returns "VERDICT (field: LEVEL, ...)" for the report.
 */
QString checkVanthu(const QString& output, int expected)
{
    QJsonParseError error{};
    const QJsonObject report = QJsonDocument::fromJson(output.toUtf8(), &error).object();
    const QJsonArray signatures = report.value(QLatin1String("signatures")).toArray();
    const QString verdict = report.value(QLatin1String("verdict")).toString();
    if (error.error != QJsonParseError::NoError || signatures.size() != expected
        || (verdict != QLatin1String("VALID") && verdict != QLatin1String("VALID_WITH_ALLOWED_CHANGES"))) {
        abortWith(
            QStringLiteral("vanthu-cli verify does not report %1 valid signatures:\n%2").arg(expected).arg(output));
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
    if (levels.size() > 4) { // 30 fields would fill the screen: the first two, a count, the last
        const qsizetype hidden = levels.size() - 3;
        levels = levels.mid(0, 2) + QStringList{QStringLiteral("%1 more").arg(hidden)} + levels.mid(levels.size() - 1);
    }
    return QStringLiteral("%1 (%2)").arg(verdict, levels.join(QStringLiteral(", ")));
}

/** pdfsig must say "Signature is Valid" once per signature. */
void checkPdfsig(const Verifier& verifier, const QString& output, int expected)
{
    if (output.count(QLatin1String("Signature is Valid")) != expected) {
        abortWith(QStringLiteral("%1 does not report %2 valid signatures:\n%3")
                      .arg(QString::fromLatin1(verifier.name))
                      .arg(expected)
                      .arg(output));
    }
}

/**
 * Signs @p base @p count times with vanthu-cli, each signature in a revision of its own, into
 * PREFIX-1.pdf ... PREFIX-count.pdf; returns every file written, in order.
 */
QStringList signRepeatedly(const Setup& setup, const QString& base, const QString& prefix, int count)
{
    QStringList written;
    QString input = base;
    for (int signature = 1; signature <= count; ++signature) {
        const QString output = setup.path(QStringLiteral("%1-%2.pdf").arg(prefix).arg(signature));
        QFile::remove(output);
        (void)timedRun(setup, "vanthu-cli sign",
                       {setup.cli, QStringLiteral("sign"), QStringLiteral("--in"), input, QStringLiteral("--out"),
                        output, QStringLiteral("--p12"), setup.p12},
                       true);
        written.append(output);
        input = output;
    }
    return written;
}

/** Writes the many-pages base with scripts/make-test-pdfs many-pages, unless one of about that size is there. */
void makeManyPagesPdf(const Setup& setup, const QString& path, int megabytes, int pages)
{
    if (QFileInfo(path).size() < megabytes * 900000LL) {
        runStep(setup, {QDir(setup.source).filePath(QStringLiteral("scripts/make-test-pdfs")),
                        QStringLiteral("many-pages"), path, QString::number(megabytes), QString::number(pages)});
    }
}

/** The page count pdfinfo reads, so that the report states what was measured rather than what was asked for. */
int pdfinfoPages(const Setup& setup, const QString& file)
{
    const QStringList lines = runStep(setup, {QStringLiteral("pdfinfo"), file}).split(QLatin1Char('\n'));
    for (const QString& text : lines) {
        if (text.startsWith(QLatin1String("Pages:"))) {
            return text.section(QLatin1Char(':'), 1).trimmed().toInt();
        }
    }
    abortWith(QStringLiteral("pdfinfo reports no page count for %1").arg(file));
}

/** "classic" or "xref stream": the kind of the last cross-reference section of @p bytes. */
QString lastXrefKind(const QByteArray& bytes)
{
    const qsizetype keyword = bytes.lastIndexOf("startxref");
    const qsizetype offset =
        keyword < 0 ? -1 : bytes.mid(keyword + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong();
    if (offset <= 0 || offset >= bytes.size()) {
        return QStringLiteral("unknown");
    }
    return bytes.mid(offset, 4) == "xref" ? QStringLiteral("classic") : QStringLiteral("xref stream");
}

/** Aborts unless @p file has object streams and an xref stream, the structure the many-pages figure is about. */
QString describeStructure(const QString& file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        abortWith(QStringLiteral("cannot read %1").arg(file));
    }
    const QByteArray bytes = input.readAll();
    const qsizetype objectStreams = bytes.count("/Type/ObjStm") + bytes.count("/Type /ObjStm");
    const qsizetype xrefStreams = bytes.count("/Type/XRef") + bytes.count("/Type /XRef");
    if (objectStreams == 0 || xrefStreams == 0) {
        abortWith(QStringLiteral("%1 has %2 object streams and %3 xref streams; it needs both")
                      .arg(file)
                      .arg(objectStreams)
                      .arg(xrefStreams));
    }
    return QStringLiteral("%1 object streams, %2 xref streams, last section %3")
        .arg(objectStreams)
        .arg(xrefStreams)
        .arg(lastXrefKind(bytes));
}

struct Figures
{
    std::vector<Timing> timings; // indexed like verifiers()
    QString vanthuSummary;
};

/** One warm-up round, then @p runs rounds of the three verifiers, interleaved; checks the output of every run. */
Figures measure(const Setup& setup, const QString& file, int signatures, int runs)
{
    const std::array<Verifier, 3> tools = verifiers(setup);
    Figures figures;
    figures.timings = interleave(runs, tools.size(), [&](std::size_t index) {
        const Verifier& verifier = tools.at(index);
        const double ms = timedRun(setup, verifier.name, verifier.arguments + QStringList{file}, false);
        const QString output = readText(setup.log);
        if (index == VanthuIndex) {
            figures.vanthuSummary = checkVanthu(output, signatures);
        } else {
            checkPdfsig(verifier, output, signatures);
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

/** Measures one file and prints its three medians; returns the figures. */
Figures measureAndPrint(const Setup& setup, const char* title, const QString& file, int signatures, int runs)
{
    line("== %s: %s, %lld bytes, %d signatures", title, qPrintable(QFileInfo(file).fileName()),
         static_cast<long long>(QFileInfo(file).size()), signatures);
    const Figures figures = measure(setup, file, signatures, runs);
    line("vanthu-cli verify says: %s", qPrintable(figures.vanthuSummary));
    line("median (min-max) wall time of one verifying process:");
    const std::array<Verifier, 3> tools = verifiers(setup);
    for (std::size_t index = 0; index < tools.size(); ++index) {
        line("  %-20s %-26s %s", tools.at(index).name, qPrintable(timingText(figures.timings.at(index), 1, "ms")),
             tools.at(index).note);
    }
    const double vanthu = figures.timings.at(VanthuIndex).median;
    line("ratio (medians): vanthu / pdfsig -nocert %.2fx;  vanthu / pdfsig %.2fx",
         vanthu / figures.timings.at(NoCertIndex).median, vanthu / figures.timings.at(PdfsigIndex).median);
    return figures;
}

/** Prints one target line: the figure, the one it is compared with, the ratio and PASS or FAIL. */
bool judge(const char* what, double figure, const char* peerName, double peer, double target)
{
    const double ratio = figure / peer;
    const bool passed = ratio <= target;
    line("target %-16s vanthu %9.1f ms, %-26s %9.1f ms: ratio %.2fx, target <= %.2fx: %s", what, figure, peerName, peer,
         ratio, target, passed ? "PASS" : "FAIL");
    return passed;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    setBenchName("bench/verify");
    QCommandLineParser parser;
    const CommonOptions common(parser, QStringLiteral(VANTHU_BENCH_CLI), QStringLiteral(VANTHU_SOURCE_DIR));
    const QCommandLineOption sizeOption(QStringLiteral("megabytes"), QStringLiteral("Size of each base PDF."),
                                        QStringLiteral("mb"), QStringLiteral("10"));
    const QCommandLineOption pagesOption(QStringLiteral("pages"),
                                         QStringLiteral("Pages of the base with object streams and an xref stream."),
                                         QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption signaturesOption(
        QStringLiteral("signatures"), QStringLiteral("Signatures, one a revision, of the many-signatures file."),
        QStringLiteral("n"), QStringLiteral("30"));
    parser.addOptions({sizeOption, pagesOption, signaturesOption});
    parser.addHelpOption();
    parser.process(application);
    const int runs = common.runs(parser);
    const int megabytes = positiveNumber(parser, sizeOption);
    const int pages = positiveNumber(parser, pagesOption);
    const int manySignatures = positiveNumber(parser, signaturesOption);
    if (manySignatures < 2) {
        abortWith(QStringLiteral("--signatures must be at least 2"));
    }
    QTemporaryDir temporary;
    Setup setup = common.setup(parser, temporary.path());

    line("bench/verify: %d runs after 1 warm-up per tool and file, tools interleaved, wall time of whole processes "
         "(posix_spawn to waitpid, steady clock), in %s",
         runs, qPrintable(setup.root));
    printMachine(setup);
    line("tools: vanthu-cli %s (Qt %s); pdfsig %s", VANTHU_VERSION, qVersion(), qPrintable(pdfsigVersion(setup)));

    makeKeys(setup);
    const QString big = setup.path(QStringLiteral("big-%1mb.pdf").arg(megabytes));
    makeBigPdf(setup, big, megabytes);
    const QStringList chain = signRepeatedly(setup, big, QStringLiteral("signed"), manySignatures);
    const QString twoSignatures = chain.at(1);
    const QString many = chain.last();
    const QString paged = setup.path(QStringLiteral("pages-%1mb-%2.pdf").arg(megabytes).arg(pages));
    makeManyPagesPdf(setup, paged, megabytes, pages);
    const QString pagedSigned = signRepeatedly(setup, paged, QStringLiteral("pages-signed"), 2).last();

    line("inputs, all signed by vanthu-cli (RSA-2048 signer of a throwaway CA, SHA-256, no timestamp, invisible), "
         "one revision per signature after the original:");
    line("  two signatures:  make-test-pdfs big %d (%d pages), signed twice", megabytes, pdfinfoPages(setup, big));
    line("  many pages:      make-test-pdfs many-pages %d %d (%d pages; %s), signed twice", megabytes, pages,
         pdfinfoPages(setup, paged), qPrintable(describeStructure(pagedSigned)));
    line("  many signatures: the two-signature file's base signed %d times", manySignatures);
    line("checked on every run: vanthu-cli reports every signature TOTAL_PASSED with its modification level and a "
         "valid verdict; both pdfsig runs print \"Signature is Valid\" once per signature");
    line("pdfsig without -nocert says about the certificate: %s",
         qPrintable(pdfsigCertificateStatus(setup, twoSignatures)));

    line("");
    const Figures two = measureAndPrint(setup, "two signatures", twoSignatures, 2, runs);
    line("");
    const Figures paging = measureAndPrint(setup, "many pages", pagedSigned, 2, runs);
    line("");
    const Figures signatures = measureAndPrint(setup, "many signatures", many, manySignatures, runs);

    line("");
    const double twoVanthu = two.timings.at(VanthuIndex).median;
    bool passed =
        judge("two signatures", twoVanthu, "pdfsig -nocert", two.timings.at(NoCertIndex).median, PeerRatioTarget);
    passed = judge("many pages", paging.timings.at(VanthuIndex).median, "pdfsig -nocert",
                   paging.timings.at(NoCertIndex).median, PeerRatioTarget)
             && passed;
    line("  (%d signatures: vanthu %.1f ms; two signatures: %.1f ms)", manySignatures,
         signatures.timings.at(VanthuIndex).median, twoVanthu);
    passed = judge("many signatures", signatures.timings.at(VanthuIndex).median, "vanthu on 2 signatures", twoVanthu,
                   ManySignaturesRatioTarget)
             && passed;
    line("bench/verify: %s", passed ? "every target met" : "a target is NOT met");
    return passed ? 0 : 1;
}
