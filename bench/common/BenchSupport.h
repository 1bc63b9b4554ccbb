// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdio>
#include <functional>
#include <vector>

namespace vanthu::bench
{

/** Prints one line of figures and flushes, so that a long benchmark shows its progress. */
void line(const char* format, auto... values)
{
    std::printf(format, values...);
    std::printf("\n");
    std::fflush(stdout);
}

/** The prefix of abortWith's messages, e.g. "bench/sign". */
void setBenchName(const char* name);

/** Prints "<bench name>: @p message" to stderr and exits with status 1. */
[[noreturn]] void abortWith(const QString& message);

struct Timing
{
    double median = 0;
    double min = 0;
    double max = 0;
};

/** Median, smallest and largest of @p values (not empty). */
[[nodiscard]] Timing summarise(QList<double> values);

/**
 * One warm-up round, then @p runs timed rounds of @p toolCount tools; each round starts with the next tool, so that
 * none always runs first. @p runOne runs tool @p index and returns its milliseconds. Returns the figures per tool.
 */
[[nodiscard]] std::vector<Timing> interleave(int runs, std::size_t toolCount,
                                             const std::function<double(std::size_t index)>& runOne);

/** "median (min-max) unit", each divided by @p scale (3 decimals when scaled, else 1). */
[[nodiscard]] QString timingText(const Timing& timing, double scale, const char* unit);

[[nodiscard]] QString readText(const QString& path);
[[nodiscard]] QString firstLine(const QString& text);

/** The first CPU's model name from /proc/cpuinfo, with ", SHA-NI" or ", no SHA-NI". */
[[nodiscard]] QString cpuModel();

/** Paths every measurement of a benchmark shares. */
struct Setup
{
    QString root;   ///< inputs, keys, logs
    QString cli;    ///< vanthu-cli
    QString source; ///< the source tree (fixtures, scripts/make-test-pdfs)
    QString certificate;
    QString key;
    QString p12; ///< key and certificate with the CA, password 1234 (pinEnvironment())
    QString log;

    [[nodiscard]] QString path(const QString& name) const;
};

/** The options of every benchmark that runs vanthu-cli: --runs N, --dir FOLDER, --cli PATH, --source ROOT. */
class CommonOptions
{
public:
    /** Adds the options to @p parser; @p defaultCli and @p defaultSource are those of the build tree. */
    CommonOptions(QCommandLineParser& parser, const QString& defaultCli, const QString& defaultSource);

    /** --runs, or abortWith() when it is not a positive number. */
    [[nodiscard]] int runs(const QCommandLineParser& parser) const;

    /** The paths from --dir (else @p temporaryRoot), --cli and --source; aborts when vanthu-cli is not there. */
    [[nodiscard]] Setup setup(const QCommandLineParser& parser, const QString& temporaryRoot) const;

private:
    QCommandLineOption m_runs;
    QCommandLineOption m_dir;
    QCommandLineOption m_cli;
    QCommandLineOption m_source;
};

/** The value of @p option as a positive number, or abortWith() naming it. */
[[nodiscard]] int positiveNumber(const QCommandLineParser& parser, const QCommandLineOption& option);

/** Runs a preparation or checking step; aborts with its output when it fails. */
QString runStep(const Setup& setup, const QStringList& command);

/** VANTHU_PIN for setup.p12. */
[[nodiscard]] const QByteArrayList& pinEnvironment();

/** Runs one timed tool process (with pinEnvironment() when @p withPin); aborts with its output when it fails. */
double timedRun(const Setup& setup, const char* what, const QStringList& command, bool withPin);

/** A throwaway CA, an RSA-2048 signer it issues (digitalSignature, nonRepudiation), its PKCS#12 and PEM files. */
void makeKeys(Setup& setup);

/** Prints "machine: <CPUs> CPUs (nproc), <model>, Linux <release>". */
void printMachine(const Setup& setup);

/** The pdfsig version ("22.02.0"), or "version unknown". */
[[nodiscard]] QString pdfsigVersion(const Setup& setup);

/** Writes a PDF of about @p megabytes MB to @p path with scripts/make-test-pdfs big, unless one is there. */
void makeBigPdf(const Setup& setup, const QString& path, int megabytes);

void copyFresh(const QString& from, const QString& to);

} // namespace vanthu::bench
