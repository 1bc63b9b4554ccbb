// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What poppler's command-line tools (pdfinfo, pdftoppm) see in a PDF: the page count, the page size, and how much of a
// page is ink. For checking files our printing wrote, with tools we did not write.

#include <QSizeF>
#include <QString>

namespace vanthu::test
{

struct PdfInfo
{
    int pages = 0;
    QSizeF pageSize; ///< of the first page, in points
};

/** `pdfinfo @p path`; pages 0 when it fails. */
[[nodiscard]] PdfInfo pdfinfo(const QString& path);

/** Share (0–1) of the pixels of page @p page (1-based) that pdftoppm draws darker than mid-grey, at @p dpi. */
[[nodiscard]] double inkShare(const QString& path, int page, int dpi = 30);

} // namespace vanthu::test
