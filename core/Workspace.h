// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "core/search/SearchIndexWriter.h"
#include "core/store/BlobStore.h"
#include "core/store/Database.h"
#include "core/store/SchemaMigrator.h"

#include <QString>

#include <memory>

namespace vanthu::core
{

/** How to open a workspace. */
struct WorkspaceOptions
{
    bool create = false;          ///< create the folder and database when missing
    const Clock* clock = nullptr; ///< defaults to the system clock; must outlive the workspace
    QString actor;                ///< who acts (user name), recorded in the audit trail
    /** Remove the temporary files interrupted writes left (a walk of the blob folders); a session skips it. */
    bool housekeeping = true;
};

/**
 * One agency's workspace: a folder holding the SQLite database (vanthu.db), the content-addressed blobs (blobs/),
 * the search index (search.db, derived, rebuilt when lost) and the backups taken before schema upgrades (backups/).
 * Opening it migrates the schema. A Workspace and its Database belong to the thread that opened them; other threads
 * open their own.
 */
class Workspace final
{
public:
    /**
     * Errors: NotFound when there is no workspace and create is false; Unsupported for a network file system or a
     * newer schema; Io/Storage/Corrupt when the files cannot be used.
     */
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> open(const QString& directory,
                                                                 const WorkspaceOptions& options = {});
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    /**
     * The same workspace for another thread (a front end's worker running a use case): its own connection and
     * search-index writer, the same clock and actor. It must not outlive this one. Errors: those of open().
     */
    [[nodiscard]] Result<std::unique_ptr<Workspace>> openSession() const;

    [[nodiscard]] const QString& directory() const;
    [[nodiscard]] Database& database();
    [[nodiscard]] const BlobStore& blobs() const;
    [[nodiscard]] const Clock& clock() const;
    [[nodiscard]] const QString& actor() const;
    [[nodiscard]] const MigrationReport& migration() const;

    /** The background writer of the search index (search.db). */
    [[nodiscard]] SearchIndexWriter& searchIndex();
    /**
     * The connection searches run on: search.db with the registers attached read-only as "register". Opened on first
     * use, on the workspace's thread. Errors: Storage/Io when search.db cannot be opened.
     */
    [[nodiscard]] Result<Database*> searchReader();
    /**
     * A new connection like searchReader() for the workspace in @p directory, for another thread. Unqualified table
     * names find the index's tables first, then the registers'.
     */
    [[nodiscard]] static Result<std::unique_ptr<Database>> openSearchReader(const QString& directory);

    /** File name of the database inside a workspace folder. */
    [[nodiscard]] static QString databaseFileName();
    /** File name of the search index inside a workspace folder. */
    [[nodiscard]] static QString searchFileName();

private:
    Workspace(QString directory, std::unique_ptr<Database> database, const Clock* clock, QString actor);

    QString m_directory;
    std::unique_ptr<Database> m_database;
    BlobStore m_blobs;
    SystemClock m_systemClock;
    const Clock* m_clock;
    QString m_actor;
    MigrationReport m_migration;
    // Declared after the blobs it reads: destroyed (and its thread joined) first.
    std::unique_ptr<SearchIndexWriter> m_searchIndex;
    std::unique_ptr<Database> m_searchReader;
};

} // namespace vanthu::core
