// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A renderer runs on hostile files: it runs as a child process under limits, so that its crash, hang or exhausted
// memory ends the child and is reported as "renderer failed", never as a finding on the document and never as our
// own crash.

#include <QString>
#include <QStringList>

namespace vanthu::signing
{

struct ProcessLimits
{
    int wallSeconds = 60; ///< killed (SIGKILL) after this long
    int cpuSeconds = 40;  ///< RLIMIT_CPU
    /** RLIMIT_AS: poppler's allocations fail beyond it; 0 = none (an AddressSanitizer child maps terabytes). */
    qint64 addressSpaceBytes = 2048LL * 1024 * 1024;
};

struct LimitedRun
{
    bool started = false;
    bool exited = false; ///< ended by exit(), not by a signal or the wall clock
    int exitCode = -1;
    int signal = 0; ///< the signal that ended it (SIGKILL also after the wall clock)
    bool timedOut = false;
    QString standardError; ///< its first kilobytes, for the detail of an error

    [[nodiscard]] bool succeeded() const
    {
        return exited && exitCode == 0;
    }
    /** "exit code 3", "killed by signal 11", "no answer after 60 s": for error details and test messages. */
    [[nodiscard]] QString describe() const;
};

/**
 * Runs @p program (a path, no shell) with @p arguments, standard input from /dev/null and standard output into the
 * file @p standardOutputPath (discarded when empty), under @p limits, and waits for it. Thread-safe; the child
 * inherits no other descriptors of ours.
 */
[[nodiscard]] LimitedRun runLimited(const QString& program, const QStringList& arguments,
                                    const ProcessLimits& limits = {}, const QString& standardOutputPath = {});

} // namespace vanthu::signing
