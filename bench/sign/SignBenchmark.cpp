// SPDX-License-Identifier: GPL-3.0-or-later
// bench/sign: wall time of `vanthu-cli sign` on a one-page and a 10 MB PDF and on a batch of 100 documents, each
// printed beside podofosign (the peer) and `openssl cms -sign` over the same bytes (the floor), measured in the same
// run with the tools interleaved.
//   vanthu-bench-sign [--runs N] [--batch-runs N] [--dir FOLDER] [--cli PATH] [--source ROOT]
#include "bench/common/BenchSupport.h"
#include "bench/common/Spawn.h"
#include "bench/sign/CmsFloor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtGlobal>

#include <openssl/crypto.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace vanthu;
using namespace vanthu::bench;

namespace
{

constexpr int BatchSize = 100;
constexpr double TargetFloorRatio = 2.0;   // vanthu-cli / openssl cms on the 10 MB file, at most
constexpr double TargetPeerRatio = 3.0;    // podofosign / vanthu-cli on the 10 MB file, at least
constexpr double TargetBatchSeconds = 2.0; // 100 one-page documents in one vanthu-cli call, at most

enum class Tool
{
    Vanthu,
    Podofo,
    Floor,
};

constexpr std::array<Tool, 3> Tools{Tool::Vanthu, Tool::Podofo, Tool::Floor};

const char* toolName(Tool tool)
{
    switch (tool) {
    case Tool::Vanthu:
        return "vanthu-cli sign";
    case Tool::Podofo:
        return "podofosign";
    case Tool::Floor:
        return "openssl cms -sign";
    }
    return "?";
}

QStringList commandFor(Tool tool, const Setup& setup, const QString& input, const QString& output)
{
    switch (tool) {
    case Tool::Vanthu:
        return {setup.cli,
                QStringLiteral("sign"),
                QStringLiteral("--in"),
                input,
                QStringLiteral("--out"),
                output,
                QStringLiteral("--p12"),
                setup.p12};
    case Tool::Podofo:
        return {QStringLiteral("podofosign"),
                QStringLiteral("-in"),
                input,
                QStringLiteral("-out"),
                output,
                QStringLiteral("-cert"),
                setup.certificate,
                QStringLiteral("-pkey"),
                setup.key,
                QStringLiteral("-digest"),
                QStringLiteral("sha256")};
    case Tool::Floor:
        return {QStringLiteral("openssl"),     QStringLiteral("cms"),
                QStringLiteral("-sign"),       QStringLiteral("-binary"),
                QStringLiteral("-in"),         input,
                QStringLiteral("-signer"),     setup.certificate,
                QStringLiteral("-inkey"),      setup.key,
                QStringLiteral("-outform"),    QStringLiteral("DER"),
                QStringLiteral("-out"),        output,
                QStringLiteral("-nosmimecap"), QStringLiteral("-md"),
                QStringLiteral("sha256")};
    }
    return {};
}

/** pdfsig, trusting nothing, must say the signature is valid and covers the whole file. */
void verifyPdf(const Setup& setup, const char* tool, const QString& path)
{
    int exitCode = -1;
    const QString report = capture({QStringLiteral("pdfsig"), path}, setup.log, &exitCode);
    if (!report.contains(QLatin1String("Signature is Valid"))
        || !report.contains(QLatin1String("Total document signed"))) {
        abortWith(QStringLiteral("%1 wrote %2, which pdfsig does not accept:\n%3")
                      .arg(QString::fromLatin1(tool), path, report));
    }
}

/** openssl cms -verify (signature only, no chain) of a detached DER signature over @p content. */
void verifyCms(const Setup& setup, const QString& signature, const QString& content)
{
    const QString report =
        runStep(setup, {QStringLiteral("openssl"), QStringLiteral("cms"), QStringLiteral("-verify"),
                        QStringLiteral("-binary"), QStringLiteral("-inform"), QStringLiteral("DER"),
                        QStringLiteral("-in"), signature, QStringLiteral("-content"), content,
                        QStringLiteral("-noverify"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
    if (!report.contains(QLatin1String("Verification successful"))) {
        abortWith(QStringLiteral("openssl cms wrote %1, which does not verify:\n%2").arg(signature, report));
    }
}

void printMachineAndTools(const Setup& setup)
{
    printMachine(setup);
    int exitCode = -1;
    QString podofo = capture({QStringLiteral("dpkg-query"), QStringLiteral("-W"), QStringLiteral("-f=${Version}"),
                              QStringLiteral("libpodofo-utils")},
                             setup.log, &exitCode);
    if (exitCode != 0) {
        podofo = QStringLiteral("version unknown");
    }
    line("tools: vanthu-cli %s (Qt %s, %s); podofosign %s; %s (CLI); pdfsig %s", VANTHU_VERSION, qVersion(),
         OpenSSL_version(OPENSSL_VERSION), qPrintable(podofo),
         qPrintable(firstLine(runStep(setup, {QStringLiteral("openssl"), QStringLiteral("version")}))
                        .section(QLatin1Char(' '), 0, 1)),
         qPrintable(pdfsigVersion(setup)));
}

void freshFolder(const QString& path)
{
    QDir(path).removeRecursively();
    if (!QDir().mkpath(path)) {
        abortWith(QStringLiteral("cannot create %1").arg(path));
    }
}

struct InputFigures
{
    QString label;
    qint64 bytes = 0;
    std::array<Timing, 3> timings; // indexed like Tools
};

/** One warm-up round, then @p runs rounds; each round runs the three tools, starting with a different one. */
InputFigures measureInput(const Setup& setup, const QString& label, const QString& input, int runs)
{
    const QString stem = QFileInfo(input).completeBaseName();
    const std::array<QString, 3> outputs{setup.path(QStringLiteral("out/%1-vanthu.pdf").arg(stem)),
                                         setup.path(QStringLiteral("out/%1-podofosign.pdf").arg(stem)),
                                         setup.path(QStringLiteral("out/%1-openssl.der").arg(stem))};
    const std::vector<Timing> timings = interleave(runs, Tools.size(), [&](std::size_t index) {
        const Tool tool = Tools.at(index);
        QFile::remove(outputs.at(index));
        return timedRun(setup, toolName(tool), commandFor(tool, setup, input, outputs.at(index)), tool == Tool::Vanthu);
    });
    verifyPdf(setup, toolName(Tool::Vanthu), outputs.at(0));
    verifyPdf(setup, toolName(Tool::Podofo), outputs.at(1));
    verifyCms(setup, outputs.at(2), input);
    InputFigures figures;
    figures.label = label;
    figures.bytes = QFileInfo(input).size();
    std::copy(timings.begin(), timings.end(), figures.timings.begin());
    return figures;
}

const char* verdict(bool pass)
{
    return pass ? "PASS" : "MISS";
}

void printInput(const InputFigures& figures, bool withTargets)
{
    const Timing& vanthu = figures.timings.at(0);
    const Timing& podofo = figures.timings.at(1);
    const Timing& floor = figures.timings.at(2);
    const double floorRatio = vanthu.median / floor.median;
    const double peerRatio = podofo.median / vanthu.median;
    line("  %-22s %10lld  %-26s %-26s %s", qPrintable(figures.label), static_cast<long long>(figures.bytes),
         qPrintable(timingText(vanthu, 1, "ms")), qPrintable(timingText(podofo, 1, "ms")),
         qPrintable(timingText(floor, 1, "ms")));
    if (withTargets) {
        line("  %-22s vanthu/floor %.2fx (target <= %.0fx) %s;  podofosign/vanthu %.2fx (target >= %.0fx) %s", "",
             floorRatio, TargetFloorRatio, verdict(floorRatio <= TargetFloorRatio), peerRatio, TargetPeerRatio,
             verdict(peerRatio >= TargetPeerRatio));
    } else {
        line("  %-22s vanthu/floor %.2fx;  podofosign/vanthu %.2fx (no target at this size)", "", floorRatio,
             peerRatio);
    }
}

/** 100 one-page documents: one vanthu-cli call, 100 podofosign processes, the in-process CMS floor; interleaved. */
void measureBatch(const Setup& setup, const QString& onePage, int runs)
{
    const QString inputFolder = setup.path(QStringLiteral("batch-in"));
    freshFolder(inputFolder);
    QStringList inputs;
    for (int i = 1; i <= BatchSize; ++i) {
        inputs.append(QDir(inputFolder).filePath(QStringLiteral("van-ban-%1.pdf").arg(i, 3, 10, QLatin1Char('0'))));
        copyFresh(onePage, inputs.constLast());
    }
    const QString vanthuFolder = setup.path(QStringLiteral("out/batch-vanthu"));
    const QString podofoFolder = setup.path(QStringLiteral("out/batch-podofosign"));
    const QString floorFolder = setup.path(QStringLiteral("out/batch-openssl"));
    QStringList vanthuCommand{setup.cli, QStringLiteral("sign"),      QStringLiteral("--p12"),
                              setup.p12, QStringLiteral("--out-dir"), vanthuFolder};
    vanthuCommand.append(inputs);
    QList<QStringList> podofoCommands;
    for (const QString& input : inputs) {
        podofoCommands.append(
            commandFor(Tool::Podofo, setup, input, QDir(podofoFolder).filePath(QFileInfo(input).fileName())));
    }

    const std::vector<Timing> timings = interleave(runs, Tools.size(), [&](std::size_t index) {
        switch (Tools.at(index)) {
        case Tool::Vanthu:
            freshFolder(vanthuFolder);
            return timedRun(setup, "vanthu-cli sign --out-dir", vanthuCommand, true);
        case Tool::Podofo: {
            freshFolder(podofoFolder);
            const auto start = std::chrono::steady_clock::now();
            for (const QStringList& command : podofoCommands) {
                (void)timedRun(setup, "podofosign", command, false);
            }
            return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        }
        case Tool::Floor:
            break;
        }
        freshFolder(floorFolder);
        QString error;
        const auto floorMs = cmsBatchMilliseconds(inputs, setup.certificate, setup.key, floorFolder, &error);
        if (!floorMs) {
            abortWith(QStringLiteral("the in-process CMS floor failed: %1").arg(error));
        }
        return *floorMs;
    });
    // Every document of the last round is there and larger than its input; the first and last pass pdfsig.
    const qint64 inputBytes = QFileInfo(onePage).size();
    for (const QString& input : inputs) {
        const QString name = QFileInfo(input).fileName();
        for (const QString& folder : {vanthuFolder, podofoFolder}) {
            if (QFileInfo(QDir(folder).filePath(name)).size() <= inputBytes) {
                abortWith(QStringLiteral("batch: %1 is missing or not signed").arg(QDir(folder).filePath(name)));
            }
        }
    }
    for (const QString& name : {QFileInfo(inputs.constFirst()).fileName(), QFileInfo(inputs.constLast()).fileName()}) {
        verifyPdf(setup, "vanthu-cli sign --out-dir", QDir(vanthuFolder).filePath(name));
        verifyPdf(setup, toolName(Tool::Podofo), QDir(podofoFolder).filePath(name));
    }
    verifyCms(setup,
              QDir(floorFolder).filePath(QFileInfo(inputs.constFirst()).completeBaseName() + QStringLiteral(".der")),
              inputs.constFirst());

    const Timing& vanthu = timings.at(0);
    const Timing& podofo = timings.at(1);
    const Timing& floor = timings.at(2);
    line("batch of %d one-page documents (median (min-max) of %d runs after 1 warm-up, tools interleaved):", BatchSize,
         runs);
    line("  vanthu-cli sign --out-dir, one process:     %-28s target <= %.0f s %s  (%.1f ms per document)",
         qPrintable(timingText(vanthu, 1000, "s")), TargetBatchSeconds,
         verdict(vanthu.median <= TargetBatchSeconds * 1000), vanthu.median / BatchSize);
    line("  peer, podofosign, %d sequential processes: %-28s podofosign/vanthu %.2fx", BatchSize,
         qPrintable(timingText(podofo, 1000, "s")), podofo.median / vanthu.median);
    line("  floor, CMS of each file in one process:     %-28s vanthu/floor %.1fx  (OpenSSL API, no PDF work, no fsync)",
         qPrintable(timingText(floor, 1000, "s")), vanthu.median / floor.median);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    setBenchName("bench/sign");
    QCommandLineParser parser;
    const CommonOptions common(parser, QStringLiteral(VANTHU_BENCH_CLI), QStringLiteral(VANTHU_SOURCE_DIR));
    const QCommandLineOption batchRunsOption(QStringLiteral("batch-runs"),
                                             QStringLiteral("Timed runs of the batch figure (default: --runs)."),
                                             QStringLiteral("n"));
    parser.addOption(batchRunsOption);
    parser.addHelpOption();
    parser.process(application);
    const int runs = common.runs(parser);
    const int batchRuns = parser.isSet(batchRunsOption) ? positiveNumber(parser, batchRunsOption) : runs;
    QTemporaryDir temporary;
    Setup setup = common.setup(parser, temporary.path());
    QDir().mkpath(setup.path(QStringLiteral("out")));

    line("bench/sign: %d runs after 1 warm-up per figure, tools interleaved, wall time of whole processes "
         "(posix_spawn to waitpid, steady clock), in %s",
         runs, qPrintable(setup.root));
    printMachineAndTools(setup);

    // Inputs: the LibreOffice one-pager of the fixtures, a 10 MB PDF, and the keys.
    const QString onePage = setup.path(QStringLiteral("one-page.pdf"));
    copyFresh(QDir(setup.source).filePath(QStringLiteral("tests/data/pdf/lo-classic.pdf")), onePage);
    const QString big = setup.path(QStringLiteral("ten-mb.pdf"));
    makeBigPdf(setup, big, 10);
    makeKeys(setup);
    line("key: RSA-2048 signer issued by a throwaway CA, SHA-256 everywhere; vanthu-cli reads key.p12 (VANTHU_PIN), "
         "podofosign and openssl read key.pem and cert.pem; outputs checked with pdfsig and openssl cms -verify");
    line("");
    line("median (min-max) wall time of one signing process:");
    line("  %-22s %10s  %-26s %-26s %s", "input", "bytes", "vanthu-cli sign", "peer: podofosign",
         "floor: openssl cms -sign");
    printInput(measureInput(setup, QStringLiteral("1 page (lo-classic)"), onePage, runs), false);
    printInput(measureInput(setup, QStringLiteral("10 MB (make-test-pdfs)"), big, runs), true);
    line("");
    measureBatch(setup, onePage, batchRuns);
    return 0;
}
