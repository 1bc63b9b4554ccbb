// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Migration.h"

#include <vector>

namespace vanthu::core::migrations
{

/** Every schema step, in order. A released step is never edited: changes are new steps. */
[[nodiscard]] const std::vector<Migration>& all();

Migration registers();
Migration search();
Migration documentLife();
Migration verificationReports();
Migration drafts();

} // namespace vanthu::core::migrations
