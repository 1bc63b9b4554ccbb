// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TextTable.h"

#include <algorithm>

namespace vanthu::cli
{

TextTable::TextTable(QStringList headers)
{
    m_rows.append(std::move(headers));
}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

QString TextTable::elide(const QString& text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

QStringList TextTable::lines() const
{
    QList<qsizetype> widths;
    for (const QStringList& row : m_rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column) {
                widths.append(0);
            }
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    QStringList lines;
    for (const QStringList& row : m_rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column + 1 == row.size();
            line += last ? row.at(column) : row.at(column).leftJustified(widths.at(column) + 2);
        }
        lines.append(line);
    }
    return lines;
}

} // namespace vanthu::cli
