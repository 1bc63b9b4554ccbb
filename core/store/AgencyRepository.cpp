// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/AgencyRepository.h"

#include "core/store/Database.h"

namespace vanthu::core
{

AgencyRepository::AgencyRepository(Database& database) : m_database(database)
{
}

Result<std::optional<AgencyProfile>> AgencyRepository::load()
{
    auto rows = m_database.query(
        QStringLiteral("SELECT name, parent_name, abbreviation, organ_id, place FROM agency WHERE id = 1"));
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        if (rows->failed()) {
            return rows->error();
        }
        return std::optional<AgencyProfile>();
    }
    return std::optional<AgencyProfile>(
        AgencyProfile{rows->text(0), rows->text(1), rows->text(2), rows->text(3), rows->text(4)});
}

Result<void> AgencyRepository::save(const AgencyProfile& profile)
{
    return m_database.execute(
        QStringLiteral("INSERT INTO agency (id, name, parent_name, abbreviation, organ_id, place) "
                       "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                       "parent_name = excluded.parent_name, abbreviation = excluded.abbreviation, "
                       "organ_id = excluded.organ_id, place = excluded.place"),
        {profile.name, profile.parentName, profile.abbreviation, profile.organId, profile.place});
}

Result<QString> AgencyRepository::meta(const QString& key)
{
    auto rows = m_database.query(QStringLiteral("SELECT value FROM workspace_meta WHERE key = ?"), {key});
    if (!rows) {
        return rows.error();
    }
    if (rows->next()) {
        return rows->text(0);
    }
    if (rows->failed()) {
        return rows->error();
    }
    return QString();
}

Result<void> AgencyRepository::setMeta(const QString& key, const QString& value)
{
    return m_database.execute(QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES (?, ?) "
                                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                              {key, value});
}

} // namespace vanthu::core
