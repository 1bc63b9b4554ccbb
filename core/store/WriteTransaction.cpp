// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/WriteTransaction.h"

#include "core/store/Database.h"
#include "core/store/Logging.h"

namespace vanthu::core
{

WriteTransaction::WriteTransaction(Database* database) : m_database(database)
{
}

WriteTransaction::WriteTransaction(WriteTransaction&& other) noexcept : m_database(other.m_database)
{
    other.m_database = nullptr;
}

Result<WriteTransaction> WriteTransaction::begin(Database& database)
{
    if (auto begun = database.execute(QStringLiteral("BEGIN IMMEDIATE")); !begun) {
        return begun.error();
    }
    return WriteTransaction(&database);
}

WriteTransaction::~WriteTransaction()
{
    if (m_database) {
        if (auto rolledBack = m_database->execute(QStringLiteral("ROLLBACK")); !rolledBack) {
            qCWarning(lcStore) << "rollback failed" << rolledBack.error().detail;
        }
    }
}

Result<void> WriteTransaction::commit()
{
    Database* database = m_database;
    auto committed = database->execute(QStringLiteral("COMMIT"));
    if (committed) {
        m_database = nullptr;
    }
    return committed;
}

} // namespace vanthu::core
