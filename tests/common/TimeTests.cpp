// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Clock.h"
#include "common/VietnamTime.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace vanthu;

TEST_CASE("vietnamDate is the date at UTC+07:00", "[common][time]")
{
    // 31 Dec 2026 17:30 UTC is already 1 Jan 2027 in Hà Nội: the number restart follows Vietnam time.
    const QDateTime instant(QDate(2026, 12, 31), QTime(17, 30), QTimeZone::utc());
    CHECK(vietnamDate(instant) == QDate(2027, 1, 1));
    CHECK(vietnamDate(instant.addSecs(-3600)) == QDate(2026, 12, 31));
}

TEST_CASE("vietnamIsoTimestamp writes the +07:00 offset", "[common][time]")
{
    const QDateTime instant(QDate(2025, 3, 5), QTime(7, 30, 15), QTimeZone::utc());
    CHECK(vietnamIsoTimestamp(instant) == QStringLiteral("2025-03-05T14:30:15+07:00"));
}

TEST_CASE("parseFlexibleDate accepts the three forms in use and nothing else", "[common][time]")
{
    CHECK(parseFlexibleDate(QStringLiteral("2026-03-05")) == QDate(2026, 3, 5));
    CHECK(parseFlexibleDate(QStringLiteral("2026/03/05")) == QDate(2026, 3, 5));
    CHECK(parseFlexibleDate(QStringLiteral("05/03/2026")) == QDate(2026, 3, 5));
    CHECK_FALSE(parseFlexibleDate(QStringLiteral("31/02/2026")).isValid());
    CHECK_FALSE(parseFlexibleDate(QStringLiteral("03-05-26")).isValid());
    CHECK_FALSE(parseFlexibleDate(QStringLiteral("tomorrow")).isValid());
}

TEST_CASE("ManualClock stands still until moved", "[common][time]")
{
    ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
    const QDateTime first = clock.now();
    CHECK(clock.now() == first);
    clock.advanceSeconds(90);
    CHECK(first.secsTo(clock.now()) == 90);
}
