// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

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

} // namespace vanthu::render
