// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QFont>
#include <QString>

namespace vanthu::render
{

/**
 * The serif family for official documents and printed registers: Liberation Serif 2 (Debian fonts-liberation2),
 * metric-compatible with Times New Roman and complete for Vietnamese (version 1 is not). Loaded from its files so the
 * output never depends on what fontconfig would substitute. Needs a QGuiApplication.
 * Errors: Unsupported when the font package is missing.
 */
[[nodiscard]] Result<QString> serifFamily();

/** A font of @p family at @p points, as the documents and registers use it. */
[[nodiscard]] QFont serifFont(const QString& family, qreal points, bool bold = false, bool italic = false);

} // namespace vanthu::render
