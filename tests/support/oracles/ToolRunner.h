// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vanthu::test
{

/** What a command-line tool did. */
struct ToolRun
{
    /** Program and arguments joined by spaces, for messages. */
    QString commandLine;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    /** Set when the tool could not start, crashed or ran past its time limit. */
    QString failure;

    /** The tool ran and exited with 0. */
    [[nodiscard]] bool succeeded() const;
    /** The command line, exit code, failure and both outputs, for test messages. */
    [[nodiscard]] QString describe() const;
};

/**
 * Runs @p program with @p arguments (no shell) in the C.UTF-8 locale, waits at most @p timeoutMs, and returns what
 * it did. Standard input is closed.
 */
[[nodiscard]] ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs = 120000);

/** Writes @p bytes to @p path (replacing it); false when the file cannot be written completely. */
[[nodiscard]] bool writeBytes(const QString& path, const QByteArray& bytes);

/** The whole content of @p path, or an empty array when it cannot be read. */
[[nodiscard]] QByteArray readBytes(const QString& path);

} // namespace vanthu::test
