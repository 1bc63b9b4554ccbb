// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace vanthu::test
{

struct OpensslRun
{
    int exitCode = -1;
    QString output; ///< stdout and stderr together
};

/** Runs the openssl command-line tool (the independent oracle of these tests) in @p workingDirectory. */
OpensslRun runOpenssl(const QStringList& arguments, const QString& workingDirectory = QString());

} // namespace vanthu::test
