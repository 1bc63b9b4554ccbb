// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

struct sqlite3;

namespace vanthu::test
{

/**
 * Runs SQL on a workspace database through its own connection, as an attacker or a crash would see the file:
 * for tests that tamper with data or inspect it behind the application's back.
 */
class RawSql final
{
public:
    explicit RawSql(const QString& databasePath);
    ~RawSql();
    RawSql(const RawSql&) = delete;
    RawSql& operator=(const RawSql&) = delete;

    /** Executes one statement; returns false (and keeps the error) on failure. */
    bool exec(const QString& sql);
    /** The first column of the first row. */
    [[nodiscard]] QVariant scalar(const QString& sql);
    [[nodiscard]] QString lastError() const;

private:
    sqlite3* m_connection = nullptr;
    QString m_error;
};

} // namespace vanthu::test
