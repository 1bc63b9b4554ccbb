// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/pdf/IncrementalUpdate.h"

#include <QByteArray>
#include <QRectF>
#include <QSizeF>

namespace vanthu::signing::pades
{

/** A number as the signer writes it: two decimals, so the same request gives the same bytes. */
[[nodiscard]] pdf::PdfObject pdfNumber(double value);
/** @p area as a PDF rectangle [x1 y1 x2 y2]. */
[[nodiscard]] pdf::PdfObject pdfRectangle(const QRectF& area);
/** The normalised /Rect of @p widget, or an empty rectangle when it has none of four numbers. */
[[nodiscard]] QRectF rectOf(const pdf::PdfObject& widget);

/**
 * Imports page 1 of @p appearancePdf as a form of @p size and wraps it in the widget's own appearance stream; returns
 * that stream. Errors: the appearance PDF cannot be read.
 */
[[nodiscard]] Result<pdf::PdfRef> importAppearance(pdf::IncrementalUpdate& update, const QByteArray& appearancePdf,
                                                   QSizeF size);
/** An empty form (zero BBox), the appearance of an invisible signature's widget. */
[[nodiscard]] pdf::PdfRef emptyAppearance(pdf::IncrementalUpdate& update);

} // namespace vanthu::signing::pades
