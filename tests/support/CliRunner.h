// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace vanthu::test
{

/** The outcome of one run of vanthu-cli (or of another program of the project). */
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;

    /** stdout parsed as a JSON object (empty when it is not one). */
    [[nodiscard]] QJsonObject json() const;
};

/**
 * Runs the real vanthu-cli binary with @p arguments on the workspace @p workspace, standard input closed; @p pin, when
 * given, is the key's PIN or password in VANTHU_PIN.
 */
[[nodiscard]] CliResult runCli(const QString& workspace, const QStringList& arguments, const QString& pin = {});

/** Runs @p program with @p arguments in @p environment, standard input closed, for two minutes at most. */
[[nodiscard]] CliResult runProgram(const QString& program, const QStringList& arguments,
                                   const QProcessEnvironment& environment);

} // namespace vanthu::test
