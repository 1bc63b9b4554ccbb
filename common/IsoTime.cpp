// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/IsoTime.h"

namespace vanthu
{
namespace
{

void appendDigits(QString& out, int value, int width)
{
    QChar digits[4];
    for (int index = width - 1; index >= 0; --index) {
        digits[index] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

} // namespace

QString isoDate(const QDate& date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999) {
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    QString out;
    out.reserve(10);
    appendDigits(out, date.year(), 4);
    out.append(QLatin1Char('-'));
    appendDigits(out, date.month(), 2);
    out.append(QLatin1Char('-'));
    appendDigits(out, date.day(), 2);
    return out;
}

QString isoUtcTimestamp(const QDateTime& instant)
{
    const QDateTime utc = instant.toUTC();
    const QTime time = utc.time();
    QString out = isoDate(utc.date());
    out.reserve(24);
    out.append(QLatin1Char('T'));
    appendDigits(out, time.hour(), 2);
    out.append(QLatin1Char(':'));
    appendDigits(out, time.minute(), 2);
    out.append(QLatin1Char(':'));
    appendDigits(out, time.second(), 2);
    out.append(QLatin1Char('.'));
    appendDigits(out, time.msec(), 3);
    out.append(QLatin1Char('Z'));
    return out;
}

} // namespace vanthu
