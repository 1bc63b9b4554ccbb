// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/NumberingSeries.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace vanthu::core
{

class Database;

/** SQL of numbering series and their yearly counters. */
class SeriesRepository final
{
public:
    explicit SeriesRepository(Database& database);

    [[nodiscard]] Result<QList<NumberingSeries>> all();
    [[nodiscard]] Result<std::optional<NumberingSeries>> byCode(const QString& code);
    [[nodiscard]] Result<qint64> insert(const NumberingSeries& series, const QDateTime& createdAt);

    /**
     * Takes the next number of (@p seriesId, @p year): 1 for a new year. Must run inside a WriteTransaction, which
     * makes it atomic across processes and returns the number if the transaction rolls back.
     */
    [[nodiscard]] Result<qint64> takeNext(qint64 seriesId, int year);

    /** The last number handed out in (@p seriesId, @p year), 0 when none. */
    [[nodiscard]] Result<qint64> lastNumber(qint64 seriesId, int year);

private:
    Database& m_database;
};

} // namespace vanthu::core
