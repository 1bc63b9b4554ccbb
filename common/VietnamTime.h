// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace vanthu
{

/**
 * Vietnam has kept UTC+07:00 without daylight saving since 1975, so a fixed offset is exact and needs no tz
 * database. Register dates, the 1 January number restart and signing times are all Vietnam time.
 */
inline constexpr int VietnamUtcOffsetSeconds = 7 * 3600;

/** The calendar date in Vietnam at the instant @p instant. */
[[nodiscard]] QDate vietnamDate(const QDateTime& instant);

/** @p instant as ISO 8601 in Vietnam time with its offset: "2026-03-05T14:30:15+07:00". */
[[nodiscard]] QString vietnamIsoTimestamp(const QDateTime& instant);

/** @p date as "dd/MM/yyyy", the way Vietnamese registers print dates. */
[[nodiscard]] QString vietnameseShortDate(const QDate& date);

/** Parses "yyyy-MM-dd", "yyyy/MM/dd" or "dd/MM/yyyy" (the forms clerks and edXML use); invalid QDate otherwise. */
[[nodiscard]] QDate parseFlexibleDate(const QString& text);

} // namespace vanthu
