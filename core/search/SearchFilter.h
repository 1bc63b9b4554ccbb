// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Direction.h"
#include "core/domain/Urgency.h"

#include <QDate>
#include <QString>

#include <optional>

namespace vanthu::core
{

/** Narrows a search: register, type, register-date range, urgency. Unset members do not filter. */
struct SearchFilter
{
    std::optional<Direction> direction;
    QString typeKey;
    QDate fromDate;
    QDate toDate;
    std::optional<Urgency> urgency;
};

} // namespace vanthu::core
