// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/export/RegisterTable.h"

#include <QByteArray>

namespace vanthu::render
{

/**
 * Prints a register book to PDF as NĐ30 Phụ lục IV lays it out: a cover page, then A4 landscape pages with the ten
 * numbered columns, the header repeated on every page, rows never split across pages, and page numbers. Fonts are
 * embedded and the file is PDF/A-1b, so the printout can be archived as it is. Needs a QGuiApplication.
 * Errors: Unsupported when the font is missing; Internal when painting fails.
 */
[[nodiscard]] Result<QByteArray> renderRegisterPdf(const core::RegisterTable& table);

} // namespace vanthu::render
