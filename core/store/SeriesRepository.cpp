// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SeriesRepository.h"
#include "common/IsoTime.h"

#include "core/store/Database.h"

namespace vanthu::core
{
namespace
{

const QString SeriesColumns = QStringLiteral(
    "SELECT id, code, name, direction, scope, type_keys, legal_normative, issuer_abbreviation FROM series ");

NumberingSeries seriesFrom(const Rows& rows)
{
    NumberingSeries series;
    series.id = rows.integer(0);
    series.code = rows.text(1);
    series.name = rows.text(2);
    series.direction = parseDirection(rows.text(3)).value_or(Direction::Outgoing);
    const auto scope = parseSeriesScope(rows.text(4));
    series.scope = scope ? *scope : SeriesScope::General;
    series.typeKeys = rows.text(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
    series.legalNormative = rows.integer(6) != 0;
    series.issuerAbbreviation = rows.text(7);
    return series;
}

} // namespace

SeriesRepository::SeriesRepository(Database& database) : m_database(database)
{
}

Result<QList<NumberingSeries>> SeriesRepository::all()
{
    auto rows = m_database.query(SeriesColumns + QStringLiteral("ORDER BY direction DESC, id"));
    if (!rows) {
        return rows.error();
    }
    QList<NumberingSeries> list;
    while (rows->next()) {
        list.append(seriesFrom(*rows));
    }
    if (rows->failed()) {
        return rows->error();
    }
    return list;
}

Result<std::optional<NumberingSeries>> SeriesRepository::byCode(const QString& code)
{
    auto rows = m_database.query(SeriesColumns + QStringLiteral("WHERE code = ?"), {code});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        if (rows->failed()) {
            return rows->error();
        }
        return std::optional<NumberingSeries>();
    }
    return std::optional<NumberingSeries>(seriesFrom(*rows));
}

Result<qint64> SeriesRepository::insert(const NumberingSeries& series, const QDateTime& createdAt)
{
    return m_database.insert(
        QStringLiteral("INSERT INTO series (code, name, direction, scope, type_keys, legal_normative, "
                       "issuer_abbreviation, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {series.code, series.name, directionKey(series.direction), seriesScopeKey(series.scope),
         series.typeKeys.join(QLatin1Char(',')), series.legalNormative ? 1 : 0, series.issuerAbbreviation,
         isoUtcTimestamp(createdAt)});
}

Result<qint64> SeriesRepository::takeNext(qint64 seriesId, int year)
{
    auto rows =
        m_database.query(QStringLiteral("INSERT INTO series_counter (series_id, year, last_number) VALUES (?, ?, 1) "
                                        "ON CONFLICT (series_id, year) DO UPDATE SET last_number = last_number + 1 "
                                        "RETURNING last_number"),
                         {seriesId, year});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return rows->failed() ? rows->error()
                              : Error{ErrorCode::Internal, QString(), QStringLiteral("counter upsert returned no row")};
    }
    return rows->integer(0);
}

Result<qint64> SeriesRepository::lastNumber(qint64 seriesId, int year)
{
    auto rows = m_database.query(
        QStringLiteral("SELECT last_number FROM series_counter WHERE series_id = ? AND year = ?"), {seriesId, year});
    if (!rows) {
        return rows.error();
    }
    if (rows->next()) {
        return rows->integer(0);
    }
    if (rows->failed()) {
        return rows->error();
    }
    return qint64(0);
}

} // namespace vanthu::core
