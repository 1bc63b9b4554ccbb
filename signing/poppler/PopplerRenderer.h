// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verify/VisualComparison.h"

namespace vanthu::signing::poppler_backend
{

/**
 * The first @p maxPages pages of @p pdf drawn by poppler at @p dpi, as a viewer draws them (crop box, /Rotate,
 * annotations and widgets, anti-aliasing), compiled into the vanthu-poppler module only. It runs in a child
 * process under limits (`vanthu-cli render-pages`), never in the process that judges. Errors: InvalidInput when
 * poppler cannot open the file or a page would exceed @p maxPixelsPerPage.
 */
[[nodiscard]] Result<RenderedDocument> renderPages(const QByteArray& pdf, int dpi, int maxPages,
                                                   qint64 maxPixelsPerPage);

} // namespace vanthu::signing::poppler_backend
