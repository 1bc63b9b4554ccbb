// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QString>
#include <QStringList>

namespace vanthu::bench
{

/** How one child process ended and how long it took, from just before posix_spawnp to waitpid's return. */
struct Spawned
{
    int exitCode = -1; ///< exit status; 128 + signal number when killed; -1 when it could not start
    double milliseconds = 0;
    QString startError; ///< why posix_spawnp failed, else empty
};

/**
 * Runs @p command (the program is looked up in PATH) and waits for it: stdin from /dev/null, stdout and stderr
 * into @p logPath. Entries of @p extraEnvironment ("NAME=value") are added to, or replace, this process's
 * environment. Everything but the spawn and the wait is prepared before the clock starts.
 */
[[nodiscard]] Spawned spawnAndWait(const QStringList& command, const QString& logPath,
                                   const QByteArrayList& extraEnvironment = {});

/** Runs @p command through spawnAndWait and returns its output (stdout and stderr); @p exitCode receives the status. */
[[nodiscard]] QString capture(const QStringList& command, const QString& logPath, int* exitCode = nullptr);

} // namespace vanthu::bench
