// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace vanthu
{

/**
 * ISO 8601 text for stored dates and instants, written without Qt's general formatter (which goes through
 * printf-style formatting and showed up in the registration profile).
 */
[[nodiscard]] QString isoDate(const QDate& date);                ///< "2026-03-05"; empty for an invalid date
[[nodiscard]] QString isoUtcTimestamp(const QDateTime& instant); ///< "2026-03-05T02:00:00.000Z"

} // namespace vanthu
