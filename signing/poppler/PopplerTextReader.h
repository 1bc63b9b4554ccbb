// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/PdfInspector.h"

namespace vanthu::signing::pdf
{

/** poppler-cpp behind PdfInspector: keeps poppler's types out of every public header. */
[[nodiscard]] Result<PdfFacts> readWithPoppler(const QByteArray& pdf, const PdfInspectionLimits& limits);

} // namespace vanthu::signing::pdf
