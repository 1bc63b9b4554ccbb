// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/api/DemoModule.h" // DemoOptions, DemoSummary

#include <QString>

namespace vanthu::demo
{

/**
 * Creates a demo workspace for "Sở Nội vụ thành phố Hà Nội": documents received from and sent to other Hà Nội
 * agencies over the period, each with a PDF the program paints itself (NĐ30 layout, Vietnamese text layer), all
 * registered through the same services a clerk uses, with a clock that walks through the working days, and a demo PKI
 * (DemoPki.h: leader and agency keys, signature and seal images, all marked DEMO). Needs a QGuiApplication. Errors:
 * Conflict when @p directory already holds a workspace; the services' errors otherwise.
 */
[[nodiscard]] Result<DemoSummary> generateDemoWorkspace(const QString& directory, const DemoOptions& options);

} // namespace vanthu::demo
