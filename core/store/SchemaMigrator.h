// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/store/Migration.h"

#include <QString>

#include <vector>

namespace vanthu
{
class Clock;
}

namespace vanthu::core
{

class Database;

/** What an upgrade did: versions before and after and where the backup copy went (empty for a new database). */
struct MigrationReport
{
    int fromVersion = 0;
    int toVersion = 0;
    QString backupPath;
};

/**
 * Brings a workspace database to the newest schema. The version lives in PRAGMA user_version; each step runs in its
 * own BEGIN IMMEDIATE transaction that also sets the new version, so concurrent openers apply it once. Before
 * upgrading an existing database, a full copy is written with VACUUM INTO to @p backupDirectory.
 */
class SchemaMigrator final
{
public:
    SchemaMigrator(Database& database, const std::vector<Migration>& steps);

    /** The version the steps lead to. */
    [[nodiscard]] int latestVersion() const;

    /**
     * Errors: Unsupported for a database newer than this program or not made by VanThu; Storage/Io/Busy when a
     * step or the backup fails (the database then keeps its previous version).
     */
    [[nodiscard]] Result<MigrationReport> migrate(const QString& backupDirectory, const MigrationContext& context,
                                                  const Clock& clock);

private:
    [[nodiscard]] Result<int> currentVersion();
    [[nodiscard]] Result<QString> backup(const QString& backupDirectory, int version, const Clock& clock);
    [[nodiscard]] Result<void> apply(const Migration& step, const MigrationContext& context);

    Database& m_database;
    const std::vector<Migration>& m_steps;
};

} // namespace vanthu::core
