// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/migrations/Migrations.h"

namespace vanthu::core::migrations
{

const std::vector<Migration>& all()
{
    static const std::vector<Migration> steps{registers(), search(), documentLife(), verificationReports(), drafts()};
    return steps;
}

} // namespace vanthu::core::migrations
