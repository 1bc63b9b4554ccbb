// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace vanthu::core
{

class Database;

/**
 * A write transaction begun with BEGIN IMMEDIATE: it takes SQLite's write lock at once, so two processes that
 * allocate numbers never both read the same counter. Rolls back when destroyed uncommitted. Move-only.
 */
class WriteTransaction final
{
public:
    /** Errors: Busy when another process holds the write lock beyond the busy timeout; Storage otherwise. */
    [[nodiscard]] static Result<WriteTransaction> begin(Database& database);
    WriteTransaction(WriteTransaction&& other) noexcept;
    WriteTransaction& operator=(WriteTransaction&&) = delete;
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    ~WriteTransaction();

    /** Commits; after an error the transaction is rolled back. */
    [[nodiscard]] Result<void> commit();

private:
    explicit WriteTransaction(Database* database);
    Database* m_database;
};

} // namespace vanthu::core
