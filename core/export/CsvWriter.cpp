// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/CsvWriter.h"

namespace vanthu::core
{
namespace
{

bool looksLikeFormula(const QString& cell)
{
    if (cell.isEmpty()) {
        return false;
    }
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
        return true;
    }
    // "- Như trên" is an ordinary list item; "-2+3", "-A1" or "- 1+cmd|…" can be read as a formula. A dash is
    // left alone only when a letter follows it (after one space at most).
    if (first != QLatin1Char('-')) {
        return false;
    }
    const qsizetype next = cell.size() > 2 && cell.at(1) == QLatin1Char(' ') ? 2 : 1;
    return next >= cell.size() || !cell.at(next).isLetter();
}

QString csvCell(const QString& raw)
{
    const QString cell = looksLikeFormula(raw) ? QLatin1Char('\'') + raw : raw;
    const bool needsQuotes = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                             || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    if (!needsQuotes) {
        return cell;
    }
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList& cells)
{
    QStringList encoded;
    encoded.reserve(cells.size());
    for (const QString& cell : cells) {
        encoded.append(csvCell(cell));
    }
    return encoded.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QByteArray registerTableToCsv(const RegisterTable& table)
{
    QString text = csvLine(table.columns);
    for (const QStringList& row : table.rows) {
        text += csvLine(row);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace vanthu::core
