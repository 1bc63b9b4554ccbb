// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Clock.h"

namespace vanthu
{

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime& start) : m_now(start.toUTC())
{
}

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::set(const QDateTime& instant)
{
    m_now = instant.toUTC();
}

void ManualClock::advanceSeconds(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

} // namespace vanthu
