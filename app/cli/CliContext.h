// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/Workspace.h"
#include "core/domain/DocumentId.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace vanthu::cli
{

/** Exit codes of vanthu-cli, one per error kind; the README lists them. */
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitInvalidInput = 3,
    ExitNotFound = 4,
    ExitDuplicate = 5,
    ExitConflict = 6,
    ExitBusy = 7,
    ExitIo = 8,
    ExitIntegrity = 9,
    ExitUnsupported = 10,
};

[[nodiscard]] int exitCodeFor(ErrorCode code);

/**
 * What every command shares: the global options (--workspace, --json, --actor), output in text or JSON, and the
 * mapping of errors to messages and exit codes.
 */
class CliContext final
{
public:
    /** @p command and @p action are the first two words that are not options ("register", "incoming"). */
    CliContext(QString command, QString action, QStringList arguments);

    [[nodiscard]] const QString& command() const;
    [[nodiscard]] const QString& action() const;
    /** The action word as a document id ("history 17"); nullopt when it is not a positive number. */
    [[nodiscard]] std::optional<core::DocumentId> documentId() const;

    /** Finds the command and action words in @p arguments (without the program name), skipping global options. */
    [[nodiscard]] static QStringList commandWords(const QStringList& arguments);

    /**
     * Adds the global options to @p parser and parses. Returns an exit code when the command is already finished
     * (--help printed, or a usage error reported), nullopt when it should run.
     */
    [[nodiscard]] std::optional<int> parse(QCommandLineParser& parser, const QString& description,
                                           const QString& syntax);
    [[nodiscard]] bool json() const;

    /** Opens the workspace named by --workspace, $VANTHU_WORKSPACE or the current folder. */
    [[nodiscard]] Result<std::unique_ptr<core::Workspace>> openWorkspace(bool create = false,
                                                                         const Clock* clock = nullptr) const;
    [[nodiscard]] QString workspacePath() const;

    void printLine(const QString& text) const;
    void printJson(const QJsonValue& value) const;

    /** Reports @p error (stderr in text mode, a JSON object on stdout with --json) and returns its exit code. */
    [[nodiscard]] int fail(const Error& error) const;
    /** Reports a wrong use of the command line and returns ExitUsage. */
    [[nodiscard]] int usage(const QString& message) const;

private:
    void report(const Error& error) const;

    QString m_command;
    QString m_action;
    QStringList m_arguments;
    QString m_workspace;
    QString m_actor;
    bool m_json = false;
};

} // namespace vanthu::cli
