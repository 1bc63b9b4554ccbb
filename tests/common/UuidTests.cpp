// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Uuid.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QSet>
#include <QUuid>

TEST_CASE("Time-ordered UUIDs are version 7, unique, and increase within a process", "[unit][uuid]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QString previous;
    QSet<QString> seen;
    for (int i = 0; i < 20000; ++i) {
        const QString id = vanthu::newTimeOrderedUuid();
        REQUIRE(id.size() == 36);
        const QUuid parsed = QUuid::fromString(id);
        REQUIRE_FALSE(parsed.isNull());
        CHECK(id[14] == QLatin1Char('7')); // the version nibble (Qt 6.4 names versions up to 5 only)
        CHECK(parsed.variant() == QUuid::DCE);
        CHECK(id > previous); // text order is time order: indexes on these ids grow at their end
        previous = id;
        seen.insert(id);
    }
    CHECK(seen.size() == 20000);
    // The first 48 bits are the time in milliseconds.
    const QString first = vanthu::newTimeOrderedUuid();
    const qint64 millis =
        QStringView(first).left(8).toLongLong(nullptr, 16) << 16 | first.mid(9, 4).toLongLong(nullptr, 16);
    CHECK(millis >= before);
    CHECK(millis <= QDateTime::currentMSecsSinceEpoch() + 1000);
}
