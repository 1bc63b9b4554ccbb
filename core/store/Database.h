// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>
#include <unordered_map>

namespace vanthu::core {

class Database;

/**
 * The rows of one executed query. Finishes the statement when destroyed, so no unfinished SELECT keeps a read
 * snapshot open (that would hold back WAL checkpoints and show stale data). Move-only.
 */
class Rows final
{
public:
    explicit Rows(QSqlQuery* query);
    Rows(Rows&& other) noexcept;
    Rows& operator=(Rows&&) = delete;
    Rows(const Rows&) = delete;
    Rows& operator=(const Rows&) = delete;
    ~Rows();

    [[nodiscard]] bool next();
    [[nodiscard]] QVariant value(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    QSqlQuery* m_query;
};

/**
 * One SQLite connection of a workspace, with the PRAGMAs VanThu relies on and a cache of prepared statements.
 * A Database belongs to the thread that opened it (Qt forbids sharing a connection between threads); open one per
 * thread. SQL text is only ever passed in from store classes; every value is bound to a placeholder.
 */
class Database final
{
public:
    /**
     * Opens (creating if needed) the SQLite file at @p path: WAL, synchronous=FULL, foreign keys, busy timeout.
     * Errors: Unsupported when the Qt SQLite driver or WAL is unavailable, Storage when the file cannot be opened.
     */
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] const QString& path() const;

    /** Runs a statement prepared once per connection and returns its rows. */
    [[nodiscard]] Result<Rows> query(const QString& sql, const QVariantList& values = {});
    /** Runs a statement that returns no rows (INSERT, UPDATE, DDL); cached like query(). */
    [[nodiscard]] Result<void> execute(const QString& sql, const QVariantList& values = {});
    /** Runs an INSERT and returns the new rowid. */
    [[nodiscard]] Result<qint64> insert(const QString& sql, const QVariantList& values = {});
    /** Runs a statement once without caching it (PRAGMAs, migrations, VACUUM). */
    [[nodiscard]] Result<void> executeOnce(const QString& sql, const QVariantList& values = {});
    /** The first column of the first row of a one-off query, or a null QVariant when there is no row. */
    [[nodiscard]] Result<QVariant> scalarOnce(const QString& sql);

    /** Maps a Qt SQL error to an Error with a user message and the SQLite code in the detail. */
    [[nodiscard]] static Error errorFrom(const QSqlError& error, const QString& operation);

private:
    explicit Database(QString path, QString connectionName);
    [[nodiscard]] Result<void> configure();
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql, const QVariantList& values);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_connection;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace vanthu::core
