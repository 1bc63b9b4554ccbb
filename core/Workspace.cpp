// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Workspace.h"

#include "core/domain/FieldLimits.h"
#include "core/store/SearchRepository.h"
#include "core/store/migrations/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/vfs.h>

namespace vanthu::core
{
namespace
{

struct WorkspaceText
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceText)
};

// statfs f_type values of network file systems (linux/magic.h). SQLite's WAL needs shared memory between the
// processes of one machine and correct POSIX locks, which these do not give.
constexpr long NfsMagic = 0x6969;
constexpr long SmbMagic = 0x517B;
constexpr long CifsMagic = 0xFF534D42;
constexpr long Smb2Magic = 0xFE534D42;

bool onNetworkFileSystem(const QString& directory)
{
    struct statfs info
    {
    };
    if (::statfs(QFile::encodeName(directory).constData(), &info) != 0) {
        return false;
    }
    const long type = static_cast<long>(info.f_type);
    return type == NfsMagic || type == SmbMagic || type == CifsMagic || type == Smb2Magic;
}

} // namespace

Workspace::Workspace(QString directory, std::unique_ptr<Database> database, const Clock* clock, QString actor)
    : m_directory(std::move(directory))
    , m_database(std::move(database))
    , m_blobs(m_directory + QStringLiteral("/blobs"))
    , m_clock(clock ? clock : static_cast<const Clock*>(&m_systemClock))
    , m_actor(std::move(actor))
{
}

Workspace::~Workspace() = default;

QString Workspace::databaseFileName()
{
    return QStringLiteral("vanthu.db");
}

QString Workspace::searchFileName()
{
    return QStringLiteral("search.db");
}

SearchIndexWriter& Workspace::searchIndex()
{
    return *m_searchIndex;
}

Result<Database*> Workspace::searchReader()
{
    if (!m_searchReader) {
        auto opened = openSearchReader(m_directory);
        if (!opened) {
            return opened.error();
        }
        m_searchReader = std::move(*opened);
    }
    return m_searchReader.get();
}

Result<std::unique_ptr<Database>> Workspace::openSearchReader(const QString& directory)
{
    auto opened = Database::open(QDir(directory).filePath(searchFileName()));
    if (!opened) {
        return opened.error();
    }
    if (auto schema = SearchRepository(**opened).ensureSchema(); !schema) {
        return schema.error();
    }
    if (auto attached =
            (*opened)->attachReadOnly(QDir(directory).filePath(databaseFileName()), QStringLiteral("register"));
        !attached) {
        return attached.error();
    }
    return opened;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& directory, const WorkspaceOptions& options)
{
    const QString absolute = QFileInfo(directory).absoluteFilePath();
    const QString databasePath = QDir(absolute).filePath(databaseFileName());
    if (!QFileInfo::exists(databasePath)) {
        if (!options.create) {
            return Error{ErrorCode::NotFound,
                         WorkspaceText::tr("There is no VanThu workspace in %1. Create one with \"vanthu-cli init\".")
                             .arg(absolute),
                         QStringLiteral("database file missing")};
        }
        if (!QDir().mkpath(absolute)) {
            return Error{ErrorCode::Io, WorkspaceText::tr("Could not create the workspace folder %1.").arg(absolute),
                         QStringLiteral("mkpath failed")};
        }
    }
    if (onNetworkFileSystem(absolute)) {
        return Error{ErrorCode::Unsupported,
                     WorkspaceText::tr("The workspace %1 is on a network drive. Keep it on a local disk; other "
                                       "computers will share documents through the exchange hub.")
                         .arg(absolute),
                     QStringLiteral("network file system")};
    }
    const QString actor = options.actor.trimmed().isEmpty() ? QStringLiteral("unknown") : options.actor.trimmed();
    if (auto checked = checkField(Field::ActorName, actor); !checked) {
        return checked.error();
    }
    auto database = Database::open(databasePath);
    if (!database) {
        return database.error();
    }
    std::unique_ptr<Workspace> workspace(new Workspace(absolute, std::move(*database), options.clock, actor));
    SchemaMigrator migrator(*workspace->m_database, migrations::all());
    MigrationContext context{&workspace->m_blobs};
    auto report = migrator.migrate(QDir(absolute).filePath(QStringLiteral("backups")), context, *workspace->m_clock);
    if (!report) {
        return report.error();
    }
    workspace->m_migration = *report;
    if (options.housekeeping) {
        workspace->m_blobs.removeStaleTemporaryFiles();
    }
    workspace->m_searchIndex = std::make_unique<SearchIndexWriter>(QDir(absolute).filePath(searchFileName()),
                                                                   databasePath, workspace->m_blobs);
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::openSession() const
{
    WorkspaceOptions options;
    options.clock = m_clock == &m_systemClock ? nullptr : m_clock;
    options.actor = m_actor;
    options.housekeeping = false; // this workspace did it when it opened
    return open(m_directory, options);
}

const QString& Workspace::directory() const
{
    return m_directory;
}

Database& Workspace::database()
{
    return *m_database;
}

const BlobStore& Workspace::blobs() const
{
    return m_blobs;
}

const Clock& Workspace::clock() const
{
    return *m_clock;
}

const QString& Workspace::actor() const
{
    return m_actor;
}

const MigrationReport& Workspace::migration() const
{
    return m_migration;
}

} // namespace vanthu::core
