// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/RawSql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace vanthu::test {

RawSql::RawSql(const QString& databasePath)
    : m_connection(QStringLiteral("raw-") + QUuid::createUuid().toString())
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(databasePath);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    database.open();
}

RawSql::~RawSql()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool RawSql::exec(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QVariant RawSql::scalar(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(sql) || !query.next()) {
        m_error = query.lastError().text();
        return {};
    }
    return query.value(0);
}

QString RawSql::lastError() const
{
    return m_error;
}

} // namespace vanthu::test
