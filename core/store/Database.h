// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace vanthu::core
{

/**
 * The rows of one executed query. Resets (or, for a one-off statement, finalizes) the statement when destroyed, so
 * no unfinished SELECT keeps a read snapshot open (that would hold back WAL checkpoints and show stale data).
 * Move-only.
 */
class Rows final
{
public:
    Rows(sqlite3_stmt* statement, bool owned, bool* inUse);
    Rows(Rows&& other) noexcept;
    Rows& operator=(Rows&&) = delete;
    Rows(const Rows&) = delete;
    Rows& operator=(const Rows&) = delete;
    ~Rows();

    /** Steps to the next row; false at the end or on an error (see error()). */
    [[nodiscard]] bool next();
    [[nodiscard]] QVariant value(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    /** True when the last step ended in an error rather than a row or the end. */
    [[nodiscard]] bool failed() const;
    /**
     * The error of the last step, for read loops: "while (rows->next()) {…} if (rows->failed()) return
     * rows->error();". An I/O error in the middle of a SELECT must not look like the end of the rows.
     */
    [[nodiscard]] Error error() const;

private:
    sqlite3_stmt* m_statement;
    int m_lastStep = 0;
    bool m_owned;
    bool* m_inUse;
};

/**
 * One SQLite connection of a workspace, with the PRAGMAs VanThu relies on and a cache of prepared statements.
 * It speaks SQLite's C API directly: at a million documents the per-statement cost of a generic SQL layer was
 * larger than SQLite's own work (see docs/decisions.md). A Database belongs to the thread that opened it; open one
 * per thread. SQL text comes only from store classes; every value is bound to a placeholder.
 */
class Database final
{
public:
    /**
     * Opens (creating if needed) the SQLite file at @p path: WAL, synchronous=FULL, foreign keys, busy timeout.
     * Errors: Unsupported when WAL is unavailable; Storage/Io/Corrupt when the file cannot be used.
     */
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] const QString& path() const;

    /** Runs a statement prepared once per connection and returns its rows. */
    [[nodiscard]] Result<Rows> query(const QString& sql, const QVariantList& values = {});
    /** The first column of every row, as integers (lists of ids). */
    [[nodiscard]] Result<QList<qint64>> integers(const QString& sql, const QVariantList& values = {});
    /** Runs a statement that returns no rows (INSERT, UPDATE, DDL); cached like query(). */
    [[nodiscard]] Result<void> execute(const QString& sql, const QVariantList& values = {});
    /** Runs an INSERT and returns the new rowid. */
    [[nodiscard]] Result<qint64> insert(const QString& sql, const QVariantList& values = {});
    /** Runs a statement once without caching it (PRAGMAs, migrations, VACUUM). */
    [[nodiscard]] Result<void> executeOnce(const QString& sql, const QVariantList& values = {});
    /** Attaches another database file read-only under @p schema (for queries across the index and registers). */
    [[nodiscard]] Result<void> attachReadOnly(const QString& path, const QString& schema);
    /** The first column of the first row of a one-off query, or a null QVariant when there is no row. */
    [[nodiscard]] Result<QVariant> scalarOnce(const QString& sql);

private:
    struct CachedStatement
    {
        sqlite3_stmt* statement = nullptr;
        bool inUse = false;
    };

    explicit Database(QString path);
    [[nodiscard]] Result<void> configure();
    [[nodiscard]] Result<sqlite3_stmt*> prepareStatement(const QString& sql);
    [[nodiscard]] Result<Rows> run(const QString& sql, const QVariantList& values, bool cached);
    [[nodiscard]] Error lastError(const QString& operation) const;

    QString m_path;
    sqlite3* m_connection = nullptr;
    std::unordered_map<QString, CachedStatement> m_statements;
};

} // namespace vanthu::core
