// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/common/BenchSupport.h"

#include "bench/common/Spawn.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/utsname.h>

#include <algorithm>
#include <cstdlib>

namespace vanthu::bench
{
namespace
{

const char* benchName = "bench";

} // namespace

void setBenchName(const char* name)
{
    benchName = name;
}

void abortWith(const QString& message)
{
    std::fprintf(stderr, "%s: %s\n", benchName, qPrintable(message));
    std::exit(1);
}

Timing summarise(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
    return Timing{median, values.first(), values.last()};
}

std::vector<Timing> interleave(int runs, std::size_t toolCount, const std::function<double(std::size_t index)>& runOne)
{
    std::vector<QList<double>> times(toolCount);
    for (int round = 0; round <= runs; ++round) {
        for (std::size_t step = 0; step < toolCount; ++step) {
            const std::size_t index = (step + static_cast<std::size_t>(round)) % toolCount;
            const double ms = runOne(index);
            if (round > 0) {
                times.at(index).append(ms);
            }
        }
    }
    std::vector<Timing> timings;
    for (const QList<double>& values : times) {
        timings.push_back(summarise(values));
    }
    return timings;
}

QString timingText(const Timing& timing, double scale, const char* unit)
{
    return QStringLiteral("%1 (%2-%3) %4")
        .arg(timing.median / scale, 0, 'f', scale > 1 ? 3 : 1)
        .arg(timing.min / scale, 0, 'f', scale > 1 ? 3 : 1)
        .arg(timing.max / scale, 0, 'f', scale > 1 ? 3 : 1)
        .arg(QString::fromLatin1(unit));
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
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

QString Setup::path(const QString& name) const
{
    return QDir(root).filePath(name);
}

CommonOptions::CommonOptions(QCommandLineParser& parser, const QString& defaultCli, const QString& defaultSource)
    : m_runs(QStringLiteral("runs"), QStringLiteral("Timed runs per figure (after 1 warm-up)."), QStringLiteral("n"),
             QStringLiteral("15"))
    , m_dir(QStringLiteral("dir"), QStringLiteral("Folder for inputs and outputs (kept)."), QStringLiteral("folder"))
    , m_cli(QStringLiteral("cli"), QStringLiteral("The vanthu-cli to measure."), QStringLiteral("path"), defaultCli)
    , m_source(QStringLiteral("source"), QStringLiteral("Source tree (tests/data/pdf, scripts/make-test-pdfs)."),
               QStringLiteral("folder"), defaultSource)
{
    parser.addOptions({m_runs, m_dir, m_cli, m_source});
}

int CommonOptions::runs(const QCommandLineParser& parser) const
{
    return positiveNumber(parser, m_runs);
}

Setup CommonOptions::setup(const QCommandLineParser& parser, const QString& temporaryRoot) const
{
    Setup setup;
    setup.root = QFileInfo(parser.isSet(m_dir) ? parser.value(m_dir) : temporaryRoot).absoluteFilePath();
    setup.cli = QFileInfo(parser.value(m_cli)).absoluteFilePath();
    setup.source = QFileInfo(parser.value(m_source)).absoluteFilePath();
    setup.log = setup.path(QStringLiteral("last-command.log"));
    if (!QFileInfo(setup.cli).isExecutable()) {
        abortWith(QStringLiteral("%1 is not an executable vanthu-cli (give --cli)").arg(setup.cli));
    }
    QDir().mkpath(setup.root);
    return setup;
}

int positiveNumber(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1) {
        abortWith(QStringLiteral("--%1 must be a positive number").arg(option.names().constFirst()));
    }
    return value;
}

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

const QByteArrayList& pinEnvironment()
{
    static const QByteArrayList environment{QByteArrayLiteral("VANTHU_PIN=1234")};
    return environment;
}

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

void printMachine(const Setup& setup)
{
    utsname system{};
    uname(&system);
    line("machine: %s CPUs (nproc), %s, Linux %s", qPrintable(firstLine(runStep(setup, {QStringLiteral("nproc")}))),
         qPrintable(cpuModel()), system.release);
}

QString pdfsigVersion(const Setup& setup)
{
    const QString version =
        firstLine(capture({QStringLiteral("pdfsig"), QStringLiteral("-v")}, setup.log)).section(QLatin1Char(' '), -1);
    return version.isEmpty() ? QStringLiteral("version unknown") : version;
}

void makeBigPdf(const Setup& setup, const QString& path, int megabytes)
{
    if (QFileInfo(path).size() < megabytes * 900000LL) {
        runStep(setup, {QDir(setup.source).filePath(QStringLiteral("scripts/make-test-pdfs")), QStringLiteral("big"),
                        path, QString::number(megabytes)});
    }
}

void copyFresh(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to)) {
        abortWith(QStringLiteral("cannot copy %1 to %2").arg(from, to));
    }
}

} // namespace vanthu::bench
