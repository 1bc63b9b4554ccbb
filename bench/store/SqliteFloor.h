// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vanthu::bench
{

/**
 * The floor each VanThu figure is compared with: the same work done straight on SQLite's C API with prepared
 * statements, the same PRAGMAs and no validation, audit, search index or Qt layer.
 */
class SqliteFloor final
{
public:
    /** Inserts the documents of BenchmarkData(@p seed) as bare rows in batches; returns documents per second. */
    [[nodiscard]] static double insertRate(const QString& databasePath, quint32 seed, int documents, int batchSize);

    /** Milliseconds of each raw FTS5 query (MATCH, newest 50) on the workspace database at @p databasePath. */
    [[nodiscard]] static QList<double> searchTimes(const QString& databasePath, const QStringList& expressions);

    /** Milliseconds of a raw query for the newest 50 rows of a register on a new connection. */
    [[nodiscard]] static double firstPageTime(const QString& databasePath, bool incoming);
};

} // namespace vanthu::bench
