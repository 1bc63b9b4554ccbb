// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/export/RegisterTable.h"

#include <QByteArray>

namespace vanthu::core
{

/**
 * The register as an Office Open XML workbook (ECMA-376), written by libxlsxwriter: the cover lines, the ten column
 * titles with their numbers (1)–(10), then one row per entry; the titles stay in view and repeat on every printed
 * page. Text is written as strings, never as formulas; a plain number (no leading zero) as a number.
 * Errors: InvalidInput when a cell holds more than 32,767 characters or the register more entries than a sheet has
 * rows; Io when the temporary folder cannot be written; Internal for any other libxlsxwriter error.
 */
[[nodiscard]] Result<QByteArray> registerTableToXlsx(const RegisterTable& table);

} // namespace vanthu::core
