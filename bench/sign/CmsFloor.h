// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace vanthu::bench
{

/**
 * The floor of the batch figure: one process that loads the PEM key and certificate once, then for each file reads
 * it, makes the detached CMS signature `openssl cms -sign -binary -nosmimecap -md sha256` makes, and writes it as
 * DER next to @p outputFolder. No PDF work, no fsync. Returns the milliseconds of the whole loop, or nothing (with
 * @p error set) when OpenSSL fails.
 */
[[nodiscard]] std::optional<double> cmsBatchMilliseconds(const QStringList& inputs, const QString& certificatePath,
                                                         const QString& keyPath, const QString& outputFolder,
                                                         QString* error);

} // namespace vanthu::bench
