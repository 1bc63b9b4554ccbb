// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace vanthu
{

/**
 * The one source of "now". Numbering years, arrival dates, deadlines and signing times all ask a Clock, so tests
 * and the demo generator can move time. Implementations are thread-safe for reading.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    /** The current instant, in UTC. */
    [[nodiscard]] virtual QDateTime now() const = 0;
};

/** The real clock of this machine. */
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override;
};

/** A clock that stands still until it is set or advanced: for tests and for generating historical demo data. */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime& start);
    [[nodiscard]] QDateTime now() const override;
    void set(const QDateTime& instant);
    void advanceSeconds(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace vanthu
