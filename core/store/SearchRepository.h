// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/search/SearchFilter.h"

#include <QList>
#include <QString>

namespace vanthu::core {

class Database;

/** The folded text of one document, per indexed column. */
struct SearchColumns
{
    QString code;    ///< số, ký hiệu
    QString subject; ///< type name, trích yếu, notes
    QString author;  ///< issuing agency, signer, receivers
    QString body;    ///< text layer of the attachments
};

/** SQL of the FTS5 index (rowid = document id). Writes run inside the use case's WriteTransaction. */
class SearchRepository final
{
public:
    explicit SearchRepository(Database& database);

    /** Indexes a new document, or re-indexes one already indexed. */
    [[nodiscard]] Result<void> put(qint64 documentId, const SearchColumns& columns);

    /** Indexes a document not indexed before (a new registration). */
    [[nodiscard]] Result<void> insert(qint64 documentId, const SearchColumns& columns);

    /** Documents matching the FTS5 @p expression and the filter, newest first, with ids below @p beforeId. */
    [[nodiscard]] Result<QList<qint64>> match(const QString& expression, const SearchFilter& filter, qint64 beforeId,
                                              int limit);

    /** Documents matching only the filter (no text), newest first, with ids below @p beforeId. */
    [[nodiscard]] Result<QList<qint64>> filterOnly(const SearchFilter& filter, qint64 beforeId, int limit);

private:
    Database& m_database;
};

} // namespace vanthu::core
