// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/pdf/IncrementalUpdate.h"

namespace vanthu::signing::pdf
{

/**
 * Copies page @p pageIndex of @p source into @p update as a Form XObject of size @p width x @p height points (the page
 * is scaled to fit exactly), with every object its resources reach (fonts, images, soft masks), renumbered. This is how
 * a signature appearance drawn by any PDF producer (Qt's PDF writer embeds subset fonts with Vietnamese glyphs) becomes
 * the /AP of a signature widget. Errors: the source is damaged or uses features a form cannot carry.
 */
[[nodiscard]] Result<PdfRef> importPageAsForm(IncrementalUpdate& update, PdfFile& source, int pageIndex, double width,
                                              double height);

} // namespace vanthu::signing::pdf
