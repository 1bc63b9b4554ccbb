// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/LimitedProcess.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace vanthu::signing
{
namespace
{

constexpr qsizetype keptErrorBytes = 4096;

/** Between fork and exec only async-signal-safe calls: no allocation, no locks. */
[[noreturn]] void becomeChild(const char* program, char* const* argv, const char* outputPath, int errorWrite,
                              const ProcessLimits& limits)
{
    setpgid(0, 0); // its own group, so the wall-clock kill also ends anything it started
    const rlimit memory{static_cast<rlim_t>(limits.addressSpaceBytes), static_cast<rlim_t>(limits.addressSpaceBytes)};
    const rlimit cpu{static_cast<rlim_t>(limits.cpuSeconds), static_cast<rlim_t>(limits.cpuSeconds + 1)};
    const rlimit noCore{0, 0};
    if (limits.addressSpaceBytes > 0) {
        setrlimit(RLIMIT_AS, &memory);
    }
    setrlimit(RLIMIT_CPU, &cpu);
    setrlimit(RLIMIT_CORE, &noCore);
    const int devNull = open("/dev/null", O_RDWR);
    const int output = outputPath ? open(outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0600) : devNull;
    if (devNull < 0 || output < 0 || dup2(devNull, 0) < 0 || dup2(output, 1) < 0 || dup2(errorWrite, 2) < 0) {
        _exit(127);
    }
    closefrom(3);
    execv(program, argv);
    _exit(127);
}

} // namespace

QString LimitedRun::describe() const
{
    if (!started) {
        return QStringLiteral("could not start");
    }
    if (timedOut) {
        return QStringLiteral("no answer within the time limit");
    }
    if (!exited) {
        return QStringLiteral("killed by signal %1").arg(signal);
    }
    return QStringLiteral("exit code %1").arg(exitCode);
}

LimitedRun runLimited(const QString& program, const QStringList& arguments, const ProcessLimits& limits,
                      const QString& standardOutputPath)
{
    LimitedRun run;
    const QByteArray programPath = program.toLocal8Bit();
    const QByteArray outputPath = standardOutputPath.toLocal8Bit();
    std::vector<QByteArray> words{programPath};
    for (const QString& argument : arguments) {
        words.push_back(argument.toLocal8Bit());
    }
    std::vector<char*> argv;
    for (QByteArray& word : words) {
        argv.push_back(word.data());
    }
    argv.push_back(nullptr);

    int errors[2];
    if (pipe2(errors, O_CLOEXEC) != 0) {
        return run;
    }
    const pid_t child = fork();
    if (child < 0) {
        close(errors[0]);
        close(errors[1]);
        return run;
    }
    if (child == 0) {
        becomeChild(programPath.constData(), argv.data(), outputPath.isEmpty() ? nullptr : outputPath.constData(),
                    errors[1], limits);
    }
    run.started = true;
    close(errors[1]);
    fcntl(errors[0], F_SETFL, O_NONBLOCK);

    QElapsedTimer clock;
    clock.start();
    QByteArray standardError;
    bool pipeOpen = true;
    int status = 0;
    for (;;) {
        if (pipeOpen) {
            pollfd waiting{errors[0], POLLIN, 0};
            poll(&waiting, 1, 20);
            char buffer[4096];
            for (;;) {
                const ssize_t got = read(errors[0], buffer, sizeof buffer);
                if (got > 0) {
                    if (standardError.size() < keptErrorBytes) {
                        standardError.append(buffer, std::min<qsizetype>(got, keptErrorBytes - standardError.size()));
                    }
                    continue;
                }
                if (got == 0) {
                    pipeOpen = false; // the child closed it (or ended); keep waiting for its status
                }
                break;
            }
        } else {
            usleep(10'000);
        }
        const pid_t ended = waitpid(child, &status, WNOHANG);
        if (ended == child) {
            break;
        }
        if (ended < 0 && errno != EINTR) {
            break;
        }
        if (clock.elapsed() > static_cast<qint64>(limits.wallSeconds) * 1000) {
            run.timedOut = true;
            kill(-child, SIGKILL);
            kill(child, SIGKILL);
            waitpid(child, &status, 0);
            break;
        }
    }
    close(errors[0]);
    if (!run.timedOut && WIFEXITED(status)) {
        run.exited = true;
        run.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        run.signal = WTERMSIG(status);
    }
    run.standardError = QString::fromUtf8(standardError);
    return run;
}

} // namespace vanthu::signing
