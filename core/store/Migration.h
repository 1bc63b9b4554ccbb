// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace vanthu::core
{

class Database;
class BlobStore;

/** What a migration's data step may use besides the database: the workspace's blobs (hash-checked on read). */
struct MigrationContext
{
    const BlobStore* blobs = nullptr;
};

/**
 * One numbered schema step. The runner applies it inside one transaction together with the new user_version, so a
 * crash leaves the old schema or the new one, never a mix.
 */
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
    /** Optional C++ step run after the statements, in the same transaction (e.g. building an index from data). */
    std::function<Result<void>(Database&, const MigrationContext&)> dataStep;
};

} // namespace vanthu::core
