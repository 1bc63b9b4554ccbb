// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ReadTransaction.h"

#include "core/store/Database.h"
#include "core/store/Logging.h"

namespace vanthu::core
{

ReadTransaction::ReadTransaction(Database* database) : m_database(database)
{
}

ReadTransaction::ReadTransaction(ReadTransaction&& other) noexcept : m_database(other.m_database)
{
    other.m_database = nullptr;
}

Result<ReadTransaction> ReadTransaction::begin(Database& database)
{
    // A deferred BEGIN: the snapshot is taken by the first read and held until the end.
    if (auto begun = database.execute(QStringLiteral("BEGIN")); !begun) {
        return begun.error();
    }
    return ReadTransaction(&database);
}

ReadTransaction::~ReadTransaction()
{
    if (m_database) {
        if (auto ended = m_database->execute(QStringLiteral("COMMIT")); !ended) {
            qCWarning(lcStore) << "ending a read transaction failed" << ended.error().detail;
        }
    }
}

} // namespace vanthu::core
