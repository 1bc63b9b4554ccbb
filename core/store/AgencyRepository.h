// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/AgencyProfile.h"

#include <optional>

namespace vanthu::core
{

class Database;

/** SQL of the agency profile and the workspace's own metadata. */
class AgencyRepository final
{
public:
    explicit AgencyRepository(Database& database);

    /** The profile, or nullopt before the workspace is initialised. */
    [[nodiscard]] Result<std::optional<AgencyProfile>> load();
    [[nodiscard]] Result<void> save(const AgencyProfile& profile);

    [[nodiscard]] Result<QString> meta(const QString& key);
    [[nodiscard]] Result<void> setMeta(const QString& key, const QString& value);

private:
    Database& m_database;
};

} // namespace vanthu::core
