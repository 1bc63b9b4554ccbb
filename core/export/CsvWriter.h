// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/RegisterTable.h"

#include <QByteArray>

namespace vanthu::core
{

/**
 * The register as CSV (RFC 4180: comma, CRLF, quotes doubled), UTF-8 with a byte-order mark so spreadsheet
 * programs show Vietnamese correctly. Cells that a spreadsheet would run as a formula are defused with a leading
 * apostrophe: received metadata is untrusted.
 */
[[nodiscard]] QByteArray registerTableToCsv(const RegisterTable& table);

} // namespace vanthu::core
