// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace vanthu::test
{

/** The outcome of one vanthu-cli run. */
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

} // namespace vanthu::test
