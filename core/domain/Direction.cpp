// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Direction.h"

#include "common/TextFold.h"

namespace vanthu::core
{

QString directionKey(Direction direction)
{
    return direction == Direction::Incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing");
}

std::optional<Direction> parseDirection(const QString& text)
{
    const QString folded = foldForSearch(text.trimmed());
    if (folded == QLatin1String("incoming") || folded == QLatin1String("den") || folded == QLatin1String("in")) {
        return Direction::Incoming;
    }
    if (folded == QLatin1String("outgoing") || folded == QLatin1String("di") || folded == QLatin1String("out")) {
        return Direction::Outgoing;
    }
    return std::nullopt;
}

} // namespace vanthu::core
