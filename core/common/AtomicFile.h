// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace vanthu
{

/**
 * Writes @p data to @p path so that a crash leaves either the old file or the complete new one: a temporary file in
 * the same directory, fsync, rename over the target, fsync of the directory. Errors: Io with errno text in detail.
 */
[[nodiscard]] Result<void> writeFileAtomically(const QString& path, const QByteArray& data);

/** fsyncs the directory @p path so that a rename or create inside it survives a power cut. */
[[nodiscard]] Result<void> syncDirectory(const QString& path);

} // namespace vanthu
