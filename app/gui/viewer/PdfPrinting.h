// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <functional>

class QPrinter;
class QString;
class QWidget;

namespace vanthu::gui
{

class PdfDocument;

/** Turns @p printer to landscape when the document's first page is wider than high (a register book is). */
void matchPageOrientation(const PdfDocument& document, QPrinter& printer);

/**
 * Prints @p document on @p printer, the pages the printer's range asks for (all by default). Each page is drawn by
 * poppler at the printer's resolution (at most 300 dpi) and scaled to the printable area without distortion.
 * @p progress is called before each page with (done, total); returning false stops the print job.
 * Errors: Io when the printer cannot be opened or a page cannot be drawn; Cancelled when @p progress stopped it.
 */
[[nodiscard]] Result<void> printPdf(const PdfDocument& document, QPrinter& printer,
                                    const std::function<bool(int done, int total)>& progress);

/** printPdf() behind a progress dialog over @p parent whose Cancel stops the job between pages. */
[[nodiscard]] Result<void> printWithProgress(QWidget* parent, const PdfDocument& document, QPrinter& printer);

/**
 * What "Print…" does: the page orientation of the document preset, the print dialog, then printWithProgress(); an
 * error other than Cancel is shown under @p title.
 */
void askAndPrint(QWidget* parent, const PdfDocument& document, QPrinter& printer, const QString& title);

} // namespace vanthu::gui
