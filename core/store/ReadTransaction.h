// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace vanthu::core
{

class Database;

/**
 * A read transaction: every query inside it sees one snapshot of the database, however many commits other
 * processes make meanwhile (WAL). For readers that must see related tables at the same instant (the audit chain and
 * its head). Ends when destroyed. Move-only.
 */
class ReadTransaction final
{
public:
    /** Errors: Storage/Busy. */
    [[nodiscard]] static Result<ReadTransaction> begin(Database& database);
    ReadTransaction(ReadTransaction&& other) noexcept;
    ReadTransaction& operator=(ReadTransaction&&) = delete;
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;
    ~ReadTransaction();

private:
    explicit ReadTransaction(Database* database);
    Database* m_database;
};

} // namespace vanthu::core
