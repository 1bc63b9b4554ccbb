// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/RawSql.h"

#include <QFile>

#include <sqlite3.h>

namespace vanthu::test
{

RawSql::RawSql(const QString& databasePath)
{
    sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &m_connection,
                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sqlite3_busy_timeout(m_connection, 30000);
}

RawSql::~RawSql()
{
    sqlite3_close_v2(m_connection);
}

bool RawSql::exec(const QString& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_connection, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        m_error = QString::fromUtf8(message);
        sqlite3_free(message);
        return false;
    }
    return true;
}

QVariant RawSql::scalar(const QString& sql)
{
    sqlite3_stmt* statement = nullptr;
    QVariant value;
    if (sqlite3_prepare_v2(m_connection, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        return value;
    }
    if (sqlite3_step(statement) == SQLITE_ROW) {
        switch (sqlite3_column_type(statement, 0)) {
        case SQLITE_INTEGER:
            value = static_cast<qint64>(sqlite3_column_int64(statement, 0));
            break;
        case SQLITE_NULL:
            break;
        default:
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        }
    } else {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
    }
    sqlite3_finalize(statement);
    return value;
}

QString RawSql::lastError() const
{
    return m_error;
}

} // namespace vanthu::test
