// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verify/ReportText.h"

#include <QColor>

namespace vanthu::gui
{

/** The colour of a verdict written as text on a light background (rows, one-line results): green, amber, red. */
[[nodiscard]] QColor severityTextColour(signing::Severity severity);

} // namespace vanthu::gui
