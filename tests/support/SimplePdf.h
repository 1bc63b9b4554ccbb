// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace vanthu::test
{

/**
 * Writes a small, valid PDF 1.4 with one page per entry of @p pageTexts, each showing its (ASCII) text in
 * Helvetica, with a correct cross-reference table. For store tests that need real PDFs without Qt Gui; the
 * rendering tests use Vietnamese PDFs from the renderer instead.
 */
[[nodiscard]] QByteArray simplePdf(const QStringList& pageTexts);

} // namespace vanthu::test
