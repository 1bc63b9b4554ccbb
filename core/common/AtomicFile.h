// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace vanthu
{

/**
 * Writes @p data to @p path so that a crash leaves either the old file or the complete new one: a temporary file in
 * the same directory, fsync, rename over the target, fsync of the directory. Errors: Io with errno text in detail.
 */
[[nodiscard]] Result<void> writeFileAtomically(const QString& path, const QByteArray& data);

/**
 * Like writeFileAtomically(), for a file that starts with the first @p prefix.size() bytes of the open file
 * @p sourceDescriptor (whose content @p prefix also is): the kernel copies them (copy_file_range, no pass through this
 * process's memory), falling back to writing @p prefix where it cannot; then @p tail follows. This is how a signed PDF
 * is written: the original, unchanged, then the incremental update.
 */
[[nodiscard]] Result<void> writeFileAtomically(const QString& path, int sourceDescriptor, QByteArrayView prefix,
                                               QByteArrayView tail);

/** fsyncs the directory @p path so that a rename or create inside it survives a power cut. */
[[nodiscard]] Result<void> syncDirectory(const QString& path);

} // namespace vanthu
