// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/search/SearchFilter.h"

#include <QList>
#include <QString>

namespace vanthu::core
{

class Database;

/** The folded text of one document, per indexed column. */
struct SearchColumns
{
    QString code;    ///< số, ký hiệu
    QString subject; ///< type name, trích yếu, notes
    QString author;  ///< issuing agency, signer, receivers
    QString body;    ///< text layer of the attachments
};

/**
 * SQL of the search index, which lives in its own file (search.db) beside the registers: it is derived data that
 * the background indexer keeps up to date, so indexing never holds the registers' write lock (docs/decisions.md).
 * Queries run on a connection to search.db with the registers attached read-only as schema "register".
 */
class SearchRepository final
{
public:
    explicit SearchRepository(Database& database);

    /** Creates the index tables in a search database if they are missing. */
    [[nodiscard]] Result<void> ensureSchema();

    /** Indexes a document, replacing an earlier entry. Returns true when the document was not indexed before. */
    [[nodiscard]] Result<bool> put(qint64 documentId, const SearchColumns& columns);

    /** How many documents the index holds, as counted by put(). */
    [[nodiscard]] Result<qint64> indexedCount();
    [[nodiscard]] Result<void> addToIndexedCount(qint64 added);

    /** Indexed document ids above @p after, ascending, at most @p limit. */
    [[nodiscard]] Result<QList<qint64>> indexedIdsAfter(qint64 after, int limit);

    /** Documents matching the FTS5 @p expression and the filter, newest first, with ids below @p beforeId. */
    [[nodiscard]] Result<QList<qint64>> match(const QString& expression, const SearchFilter& filter, qint64 beforeId,
                                              int limit);

    /** Documents matching only the filter (no text), newest first, with ids below @p beforeId. */
    [[nodiscard]] Result<QList<qint64>> filterOnly(const SearchFilter& filter, qint64 beforeId, int limit);

private:
    Database& m_database;
};

} // namespace vanthu::core
