// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/VietnamTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace vanthu
{

QDate vietnamDate(const QDateTime& instant)
{
    return instant.toUTC().addSecs(VietnamUtcOffsetSeconds).date();
}

QString vietnamIsoTimestamp(const QDateTime& instant)
{
    return instant.toTimeZone(QTimeZone(VietnamUtcOffsetSeconds)).toString(Qt::ISODate);
}

QString vietnameseShortDate(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QDate parseFlexibleDate(const QString& text)
{
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})$"));
    const QString trimmed = text.trimmed();
    if (const auto match = yearFirst.match(trimmed); match.hasMatch()) {
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    }
    if (const auto match = dayFirst.match(trimmed); match.hasMatch()) {
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    }
    return {};
}

} // namespace vanthu
