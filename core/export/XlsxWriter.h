// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/export/RegisterTable.h"

#include <QByteArray>

namespace vanthu::core
{

/**
 * The register as an Office Open XML workbook (ECMA-376): the cover lines, the ten column titles with their
 * numbers (1)–(10), then one row per entry. Text is written as inline strings, never as formulas.
 * Errors: Internal when compression fails.
 */
[[nodiscard]] Result<QByteArray> registerTableToXlsx(const RegisterTable& table);

} // namespace vanthu::core
