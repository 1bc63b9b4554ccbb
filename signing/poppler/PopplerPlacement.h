// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/pades/SignaturePlacement.h"

namespace vanthu::signing::poppler_backend
{

// The poppler side of SignaturePlacement.h, compiled into the vanthu-poppler module only.
[[nodiscard]] Result<PagePlacement> findAnchorText(const QByteArray& pdf, const QString& anchor);
[[nodiscard]] Result<IssuingBlanks> findIssuingBlanks(const QByteArray& pdf);
[[nodiscard]] Result<QSizeF> pageSize(const QByteArray& pdf, int pageIndex);

} // namespace vanthu::signing::poppler_backend
