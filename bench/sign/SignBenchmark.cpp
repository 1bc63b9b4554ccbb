// SPDX-License-Identifier: GPL-3.0-or-later
// bench/sign: wall time of `vanthu-cli sign` on a one-page and a 10 MB PDF and on a batch of 100 documents, each
// printed beside podofosign (the peer) and `openssl cms -sign` over the same bytes (the floor), measured in the same
// run with the tools interleaved.
//   vanthu-bench-sign [--runs N] [--batch-runs N] [--dir FOLDER] [--cli PATH] [--source ROOT]
#include "bench/sign/CmsFloor.h"
#include "bench/sign/Spawn.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtGlobal>

#include <openssl/crypto.h>

#include <sys/utsname.h>

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

void line(const char* format, auto... values)
{
    std::printf(format, values...);
    std::printf("\n");
    std::fflush(stdout);
}

[[noreturn]] void abortWith(const QString& message)
{
    std::fprintf(stderr, "bench/sign: %s\n", qPrintable(message));
    std::exit(1);
}

struct Timing
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Timing summarise(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
    return Timing{median, values.first(), values.last()};
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/** Paths every measurement shares. */
struct Setup
{
    QString root;   // inputs, keys, logs
    QString cli;    // vanthu-cli
    QString source; // the source tree (fixtures, scripts/make-test-pdfs)
    QString certificate;
    QString key;
    QString p12;
    QString log;

    QString path(const QString& name) const
    {
        return QDir(root).filePath(name);
    }
};

/** Runs a preparation or checking step; aborts with its output when it fails. */
QString runStep(const Setup& setup, const QStringList& command)
{
    int exitCode = -1;
    const QString output = capture(command, setup.log, &exitCode);
    if (exitCode != 0) {
        abortWith(
            QStringLiteral("%1 failed (exit %2):\n%3").arg(command.join(QLatin1Char(' '))).arg(exitCode).arg(output));
    }
    return output;
}

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

const QByteArrayList& pinEnvironment()
{
    static const QByteArrayList environment{QByteArrayLiteral("VANTHU_PIN=1234")};
    return environment;
}

/** Runs one timed tool process; aborts with the tool's output when it fails. */
double timedRun(const Setup& setup, const char* what, const QStringList& command, bool withPin)
{
    const Spawned run = spawnAndWait(command, setup.log, withPin ? pinEnvironment() : QByteArrayList());
    if (!run.startError.isEmpty()) {
        abortWith(QStringLiteral("%1 could not start: %2").arg(QString::fromLatin1(what), run.startError));
    }
    if (run.exitCode != 0) {
        abortWith(QStringLiteral("%1 failed (exit %2): %3\n%4")
                      .arg(QString::fromLatin1(what))
                      .arg(run.exitCode)
                      .arg(command.join(QLatin1Char(' ')), readText(setup.log)));
    }
    return run.milliseconds;
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

QString cpuModel()
{
    const QStringList lines = readText(QStringLiteral("/proc/cpuinfo")).split(QLatin1Char('\n'));
    QString model = QStringLiteral("unknown CPU");
    bool shaNi = false;
    for (const QString& text : lines) {
        if (text.startsWith(QLatin1String("model name")) && model == QLatin1String("unknown CPU")) {
            model = text.section(QLatin1Char(':'), 1).trimmed();
        }
        if (text.startsWith(QLatin1String("flags")) && text.split(QLatin1Char(' ')).contains(QLatin1String("sha_ni"))) {
            shaNi = true;
        }
    }
    return model + (shaNi ? QStringLiteral(", SHA-NI") : QStringLiteral(", no SHA-NI"));
}

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

void printMachineAndTools(const Setup& setup)
{
    utsname system{};
    uname(&system);
    line("machine: %s CPUs (nproc), %s, Linux %s", qPrintable(firstLine(runStep(setup, {QStringLiteral("nproc")}))),
         qPrintable(cpuModel()), system.release);
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
         qPrintable(firstLine(capture({QStringLiteral("pdfsig"), QStringLiteral("-v")}, setup.log))
                        .section(QLatin1Char(' '), -1)));
}

/** A throwaway CA, an RSA-2048 signer it issues (digitalSignature, nonRepudiation), its PKCS#12 and PEM files. */
void makeKeys(Setup& setup)
{
    const QString caKey = setup.path(QStringLiteral("ca.key"));
    const QString ca = setup.path(QStringLiteral("ca.pem"));
    const QString csr = setup.path(QStringLiteral("signer.csr"));
    const QString extensions = setup.path(QStringLiteral("signer.ext"));
    setup.key = setup.path(QStringLiteral("key.pem"));
    setup.certificate = setup.path(QStringLiteral("cert.pem"));
    setup.p12 = setup.path(QStringLiteral("key.p12"));
    const QString openssl = QStringLiteral("openssl");
    runStep(setup, {openssl, QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKey,
                    QStringLiteral("-out"), ca, QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                    QStringLiteral("/C=VN/O=VanThu bench/CN=Bench Throwaway CA"), QStringLiteral("-addext"),
                    QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    runStep(setup, {openssl, QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), setup.key, QStringLiteral("-out"), csr,
                    QStringLiteral("-subj"), QStringLiteral("/C=VN/O=VanThu bench/CN=Bench Signer")});
    QFile extensionFile(extensions);
    if (!extensionFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        abortWith(QStringLiteral("cannot write %1").arg(extensions));
    }
    extensionFile.write("basicConstraints=critical,CA:FALSE\n"
                        "keyUsage=critical,digitalSignature,nonRepudiation\n"
                        "subjectKeyIdentifier=hash\n"
                        "authorityKeyIdentifier=keyid\n");
    extensionFile.close();
    runStep(setup, {openssl, QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                    QStringLiteral("-CA"), ca, QStringLiteral("-CAkey"), caKey, QStringLiteral("-set_serial"),
                    QStringLiteral("0x5a0002"), QStringLiteral("-days"), QStringLiteral("30"),
                    QStringLiteral("-extfile"), extensions, QStringLiteral("-out"), setup.certificate});
    runStep(setup, {openssl, QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), setup.key,
                    QStringLiteral("-in"), setup.certificate, QStringLiteral("-certfile"), ca, QStringLiteral("-name"),
                    QStringLiteral("signer"), QStringLiteral("-passout"), QStringLiteral("pass:1234"),
                    QStringLiteral("-out"), setup.p12});
}

void copyFresh(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to)) {
        abortWith(QStringLiteral("cannot copy %1 to %2").arg(from, to));
    }
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
    std::array<QList<double>, 3> times;
    for (int round = 0; round <= runs; ++round) {
        for (std::size_t step = 0; step < Tools.size(); ++step) {
            const std::size_t index = (step + static_cast<std::size_t>(round)) % Tools.size();
            const Tool tool = Tools.at(index);
            QFile::remove(outputs.at(index));
            const QStringList command = commandFor(tool, setup, input, outputs.at(index));
            const double ms = timedRun(setup, toolName(tool), command, tool == Tool::Vanthu);
            if (round > 0) {
                times.at(index).append(ms);
            }
        }
    }
    verifyPdf(setup, toolName(Tool::Vanthu), outputs.at(0));
    verifyPdf(setup, toolName(Tool::Podofo), outputs.at(1));
    verifyCms(setup, outputs.at(2), input);
    InputFigures figures;
    figures.label = label;
    figures.bytes = QFileInfo(input).size();
    for (std::size_t index = 0; index < Tools.size(); ++index) {
        figures.timings.at(index) = summarise(times.at(index));
    }
    return figures;
}

QString timingText(const Timing& timing, double scale, const char* unit)
{
    return QStringLiteral("%1 (%2-%3) %4")
        .arg(timing.median / scale, 0, 'f', scale > 1 ? 3 : 1)
        .arg(timing.min / scale, 0, 'f', scale > 1 ? 3 : 1)
        .arg(timing.max / scale, 0, 'f', scale > 1 ? 3 : 1)
        .arg(QString::fromLatin1(unit));
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

    std::array<QList<double>, 3> times;
    for (int round = 0; round <= runs; ++round) {
        for (std::size_t step = 0; step < Tools.size(); ++step) {
            const std::size_t index = (step + static_cast<std::size_t>(round)) % Tools.size();
            double ms = 0;
            switch (Tools.at(index)) {
            case Tool::Vanthu:
                freshFolder(vanthuFolder);
                ms = timedRun(setup, "vanthu-cli sign --out-dir", vanthuCommand, true);
                break;
            case Tool::Podofo: {
                freshFolder(podofoFolder);
                const auto start = std::chrono::steady_clock::now();
                for (const QStringList& command : podofoCommands) {
                    (void)timedRun(setup, "podofosign", command, false);
                }
                ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
                break;
            }
            case Tool::Floor: {
                freshFolder(floorFolder);
                QString error;
                const auto floorMs = cmsBatchMilliseconds(inputs, setup.certificate, setup.key, floorFolder, &error);
                if (!floorMs) {
                    abortWith(QStringLiteral("the in-process CMS floor failed: %1").arg(error));
                }
                ms = *floorMs;
                break;
            }
            }
            if (round > 0) {
                times.at(index).append(ms);
            }
        }
    }
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

    const Timing vanthu = summarise(times.at(0));
    const Timing podofo = summarise(times.at(1));
    const Timing floor = summarise(times.at(2));
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
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs per figure (after 1 warm-up)."), QStringLiteral("n"),
                                        QStringLiteral("15"));
    const QCommandLineOption batchRunsOption(QStringLiteral("batch-runs"),
                                             QStringLiteral("Timed runs of the batch figure (default: --runs)."),
                                             QStringLiteral("n"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Folder for inputs and outputs (kept)."),
                                       QStringLiteral("folder"));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("The vanthu-cli to measure."),
                                       QStringLiteral("path"), QStringLiteral(VANTHU_BENCH_CLI));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          QStringLiteral("Source tree (tests/data/pdf, scripts/make-test-pdfs)."),
                                          QStringLiteral("folder"), QStringLiteral(VANTHU_SOURCE_DIR));
    parser.addOptions({runsOption, batchRunsOption, dirOption, cliOption, sourceOption});
    parser.addHelpOption();
    parser.process(application);
    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1) {
        abortWith(QStringLiteral("--runs must be a positive number"));
    }
    const int batchRuns = parser.isSet(batchRunsOption) ? parser.value(batchRunsOption).toInt(&ok) : runs;
    if (!ok || batchRuns < 1) {
        abortWith(QStringLiteral("--batch-runs must be a positive number"));
    }

    QTemporaryDir temporary;
    Setup setup;
    setup.root = QFileInfo(parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path()).absoluteFilePath();
    setup.cli = QFileInfo(parser.value(cliOption)).absoluteFilePath();
    setup.source = QFileInfo(parser.value(sourceOption)).absoluteFilePath();
    setup.log = setup.path(QStringLiteral("last-command.log"));
    if (!QFileInfo(setup.cli).isExecutable()) {
        abortWith(QStringLiteral("%1 is not an executable vanthu-cli (give --cli)").arg(setup.cli));
    }
    QDir().mkpath(setup.path(QStringLiteral("out")));

    line("bench/sign: %d runs after 1 warm-up per figure, tools interleaved, wall time of whole processes "
         "(posix_spawn to waitpid, steady clock), in %s",
         runs, qPrintable(setup.root));
    printMachineAndTools(setup);

    // Inputs: the LibreOffice one-pager of the fixtures, a 10 MB PDF, and the keys.
    const QString onePage = setup.path(QStringLiteral("one-page.pdf"));
    copyFresh(QDir(setup.source).filePath(QStringLiteral("tests/data/pdf/lo-classic.pdf")), onePage);
    const QString big = setup.path(QStringLiteral("ten-mb.pdf"));
    if (QFileInfo(big).size() < 9000000) {
        runStep(setup, {QDir(setup.source).filePath(QStringLiteral("scripts/make-test-pdfs")), QStringLiteral("big"),
                        big, QStringLiteral("10")});
    }
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
