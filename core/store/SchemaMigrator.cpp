// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SchemaMigrator.h"

#include "common/Clock.h"
#include "core/store/Database.h"
#include "core/store/Logging.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vanthu::core
{
namespace
{

struct SchemaMigratorText
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigratorText)
};

constexpr qint64 VanthuApplicationId = 1447120468; // 'VANT', set by migration 1

} // namespace

SchemaMigrator::SchemaMigrator(Database& database, const std::vector<Migration>& steps)
    : m_database(database), m_steps(steps)
{
}

int SchemaMigrator::latestVersion() const
{
    return m_steps.empty() ? 0 : m_steps.back().version;
}

Result<int> SchemaMigrator::currentVersion()
{
    auto version = m_database.scalarOnce(QStringLiteral("PRAGMA user_version"));
    if (!version) {
        return version.error();
    }
    return version->toInt();
}

Result<MigrationReport> SchemaMigrator::migrate(const QString& backupDirectory, const MigrationContext& context,
                                                const Clock& clock)
{
    auto version = currentVersion();
    if (!version) {
        return version.error();
    }
    MigrationReport report{*version, *version, {}};
    if (*version > latestVersion()) {
        return Error{
            ErrorCode::Unsupported,
            SchemaMigratorText::tr("This workspace was saved by a newer version of VanThu (schema %1; this program "
                                   "knows up to %2). Update VanThu to open it.")
                .arg(*version)
                .arg(latestVersion()),
            QStringLiteral("user_version %1 > %2").arg(*version).arg(latestVersion())};
    }
    auto applicationId = m_database.scalarOnce(QStringLiteral("PRAGMA application_id"));
    if (!applicationId) {
        return applicationId.error();
    }
    // A VanThu database carries our application id from its first step; a new one is empty. Anything else is some
    // other program's SQLite file and is never touched.
    bool foreign = *version > 0 ? applicationId->toLongLong() != VanthuApplicationId : applicationId->toLongLong() != 0;
    if (*version == 0 && !foreign) {
        auto objects = m_database.scalarOnce(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!objects) {
            return objects.error();
        }
        foreign = objects->toLongLong() > 0;
    }
    if (foreign) {
        return Error{
            ErrorCode::Unsupported,
            SchemaMigratorText::tr("The file is an SQLite database but not a VanThu workspace."),
            QStringLiteral("application_id %1, user_version %2").arg(applicationId->toLongLong()).arg(*version)};
    }
    if (*version == latestVersion()) {
        return report;
    }
    if (*version > 0) {
        auto backupPath = backup(backupDirectory, *version, clock);
        if (!backupPath) {
            return backupPath.error();
        }
        report.backupPath = *backupPath;
    }
    for (const Migration& step : m_steps) {
        if (step.version <= *version) {
            continue;
        }
        if (auto applied = apply(step, context); !applied) {
            return applied.error();
        }
        report.toVersion = step.version;
    }
    return report;
}

Result<QString> SchemaMigrator::backup(const QString& backupDirectory, int version, const Clock& clock)
{
    if (!QDir().mkpath(backupDirectory)) {
        return Error{ErrorCode::Io,
                     SchemaMigratorText::tr("Could not create the backup folder %1.").arg(backupDirectory),
                     QStringLiteral("mkpath failed")};
    }
    const QString stamp = clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path =
        QDir(backupDirectory).filePath(QStringLiteral("vanthu-schema%1-%2.db").arg(version).arg(stamp));
    if (QFileInfo::exists(path)) {
        return path;
    }
    // VACUUM INTO writes a consistent, compact copy while other readers continue (SQLite ≥ 3.27).
    if (auto copied = m_database.executeOnce(QStringLiteral("VACUUM INTO ?"), {path}); !copied) {
        return copied.error().withContext(SchemaMigratorText::tr("The backup before the upgrade failed"));
    }
    qCInfo(lcStore) << "backup before schema upgrade written, from version" << version;
    return path;
}

Result<void> SchemaMigrator::apply(const Migration& step, const MigrationContext& context)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    // Another process may have applied this step while we waited for the write lock.
    auto version = currentVersion();
    if (!version) {
        return version.error();
    }
    if (*version >= step.version) {
        return {};
    }
    for (const QString& statement : step.statements) {
        if (auto done = m_database.executeOnce(statement); !done) {
            return done.error().withContext(SchemaMigratorText::tr("Upgrading the workspace failed"));
        }
    }
    if (step.dataStep) {
        if (auto done = step.dataStep(m_database, context); !done) {
            return done.error().withContext(SchemaMigratorText::tr("Upgrading the workspace failed"));
        }
    }
    // user_version takes no bound parameter; the value is our own integer constant.
    if (auto done = m_database.executeOnce(QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !done) {
        return done.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcStore) << "schema step applied" << step.version << step.name;
    return {};
}

} // namespace vanthu::core
