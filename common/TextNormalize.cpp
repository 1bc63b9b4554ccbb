// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TextNormalize.h"

#include <QStringList>

namespace vanthu
{

QString normalizedLine(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

QString normalizedText(const QString& text)
{
    QString unified = text.normalized(QString::NormalizationForm_C);
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    unified.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = unified.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        while (!line.isEmpty() && line.back().isSpace()) {
            line.chop(1);
        }
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

qsizetype codePointLength(const QString& text)
{
    return text.toUcs4().size();
}

} // namespace vanthu
