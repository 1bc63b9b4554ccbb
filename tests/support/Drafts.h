// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/OfficialDocument.h"

namespace vanthu::test
{

/**
 * A Quyết định of Sở Nội vụ as the drafting unit hands it to the leader: "Số:        /QĐ-SNV" and "Hà Nội, ngày …
 * tháng … năm 2026" left blank for the records office, "GIÁM ĐỐC" above the signer's name.
 */
[[nodiscard]] render::OfficialDocument unnumberedDecision(const QString& subject, const QString& signerName);

} // namespace vanthu::test
