// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SearchRepository.h"

#include "common/IsoTime.h"
#include "core/store/Database.h"
#include "core/store/WriteTransaction.h"

#include <QVariantList>

namespace vanthu::core
{
namespace
{

QVariant nullable(bool present, const QVariant& value)
{
    return present ? value : QVariant(QMetaType(QMetaType::QString));
}

// The filter as bound values, each twice: "(? IS NULL OR column = ?)".
QVariantList filterValues(const SearchFilter& filter)
{
    const QVariant direction =
        nullable(filter.direction.has_value(), filter.direction ? directionKey(*filter.direction) : QString());
    const QVariant type = nullable(!filter.typeKey.isEmpty(), filter.typeKey);
    const QVariant from = nullable(filter.fromDate.isValid(), isoDate(filter.fromDate));
    const QVariant to = nullable(filter.toDate.isValid(), isoDate(filter.toDate));
    const QVariant urgency =
        filter.urgency ? QVariant(static_cast<int>(*filter.urgency)) : QVariant(QMetaType(QMetaType::Int));
    return {direction, direction, type, type, from, from, to, to, urgency, urgency};
}

const QString FilterClause = QStringLiteral(
    "(? IS NULL OR d.direction = ?) AND (? IS NULL OR d.type_key = ?) AND (? IS NULL OR d.register_date >= ?) "
    "AND (? IS NULL OR d.register_date <= ?) AND (? IS NULL OR d.urgency = ?)");

} // namespace

SearchRepository::SearchRepository(Database& database) : m_database(database)
{
}

Result<void> SearchRepository::ensureSchema()
{
    // The index is derived data: when its layout changes, it is dropped and the indexer rebuilds it from the
    // registers (its document count starts again at zero).
    constexpr int IndexFormat = 2;
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    auto format = m_database.scalarOnce(QStringLiteral("PRAGMA user_version"));
    if (!format) {
        return format.error();
    }
    if (format->toInt() != IndexFormat) {
        for (const char* statement : {"DROP TABLE IF EXISTS document_search", "DROP TABLE IF EXISTS index_state"}) {
            if (auto done = m_database.executeOnce(QString::fromLatin1(statement)); !done) {
                return done;
            }
        }
        if (auto done = m_database.executeOnce(QStringLiteral("PRAGMA user_version = %1").arg(IndexFormat)); !done) {
            return done;
        }
    }
    // Text is folded by the application (đ→d, no marks, lower case) before it reaches FTS5; unicode61 with
    // remove_diacritics 2 folds again harmlessly. Prefix indexes serve the word being typed; no column sizes
    // because results are ordered newest first, not by bm25.
    for (const char* statement :
         {"CREATE VIRTUAL TABLE IF NOT EXISTS document_search USING fts5(code, subject, author, body, "
          "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3', columnsize = 0)",
          "CREATE TABLE IF NOT EXISTS index_state (id INTEGER PRIMARY KEY CHECK (id = 1), indexed INTEGER NOT NULL)",
          "INSERT OR IGNORE INTO index_state (id, indexed) VALUES (1, 0)"}) {
        if (auto done = m_database.executeOnce(QString::fromLatin1(statement)); !done) {
            return done;
        }
    }
    return transaction->commit();
}

Result<bool> SearchRepository::put(qint64 documentId, const SearchColumns& columns)
{
    auto existing = m_database.query(QStringLiteral("SELECT 1 FROM document_search WHERE rowid = ?"), {documentId});
    if (!existing) {
        return existing.error();
    }
    const bool known = existing->next();
    if (existing->failed()) {
        return existing->error();
    }
    if (known) {
        if (auto removed =
                m_database.execute(QStringLiteral("DELETE FROM document_search WHERE rowid = ?"), {documentId});
            !removed) {
            return removed.error();
        }
    }
    auto inserted = m_database.execute(
        QStringLiteral("INSERT INTO document_search (rowid, code, subject, author, body) VALUES (?, ?, ?, ?, ?)"),
        {documentId, columns.code, columns.subject, columns.author, columns.body});
    if (!inserted) {
        return inserted.error();
    }
    return !known;
}

Result<qint64> SearchRepository::indexedCount()
{
    auto rows = m_database.query(QStringLiteral("SELECT indexed FROM index_state WHERE id = 1"));
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

Result<void> SearchRepository::addToIndexedCount(qint64 added)
{
    return m_database.execute(QStringLiteral("UPDATE index_state SET indexed = indexed + ? WHERE id = 1"), {added});
}

Result<QList<qint64>> SearchRepository::indexedIdsAfter(qint64 after, int limit)
{
    return m_database.integers(
        QStringLiteral("SELECT rowid FROM document_search WHERE rowid > ? ORDER BY rowid LIMIT ?"), {after, limit});
}

Result<QList<qint64>> SearchRepository::match(const QString& expression, const SearchFilter& filter, qint64 beforeId,
                                              int limit)
{
    // FTS5 walks its doclists in rowid order and stops at LIMIT, so "newest first" costs nothing extra; the
    // document join only applies the filters.
    QVariantList values{expression, beforeId};
    values.append(filterValues(filter));
    values.append(limit);
    return m_database.integers(QStringLiteral("SELECT s.rowid FROM document_search s JOIN register.document d ON "
                                              "d.id = s.rowid WHERE document_search MATCH ? AND s.rowid < ? AND ")
                                   + FilterClause + QStringLiteral(" ORDER BY s.rowid DESC LIMIT ?"),
                               values);
}

Result<QList<qint64>> SearchRepository::filterOnly(const SearchFilter& filter, qint64 beforeId, int limit)
{
    QVariantList values{beforeId};
    values.append(filterValues(filter));
    values.append(limit);
    return m_database.integers(QStringLiteral("SELECT d.id FROM register.document d WHERE d.id < ? AND ") + FilterClause
                                   + QStringLiteral(" ORDER BY d.id DESC LIMIT ?"),
                               values);
}

} // namespace vanthu::core
