// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace vanthu::render
{

/** Resolution of every PDF we paint: fine enough for print, coarse enough for fast layout. */
inline constexpr int PdfDotsPerInch = 300;

/** Millimetres to device units of a PDF painted at PdfDotsPerInch. */
[[nodiscard]] constexpr qreal mm(qreal millimetres)
{
    return millimetres * PdfDotsPerInch / 25.4;
}

} // namespace vanthu::render
