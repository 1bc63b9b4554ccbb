// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace vanthu::core
{

/** Progress and cancel for a backup, a check or a restore; both optional. Called on the thread doing the work. */
struct BackupControl
{
    /** @p done of @p total files handled (the database counts as one). */
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

/** What a backup holds, from its manifest. */
struct BackupSummary
{
    QString folder;
    int schemaVersion = 0;
    qint64 documents = 0;
    qint64 blobs = 0;
    qint64 bytes = 0;  ///< the database and every file, as stored
    QString createdAt; ///< ISO 8601 UTC
};

/** What a backup holds in one sentence, for messages: documents, files, size, when, schema. */
[[nodiscard]] QString describeBackup(const BackupSummary& summary);

/**
 * A backup of the workspace in @p workspaceDirectory that a records officer can take while others work (issue 13): a
 * consistent snapshot of `vanthu.db` (SQLite VACUUM INTO, which reads one snapshot and does not block writers), every
 * blob the snapshot names, the workspace's trust anchors, and `manifest.json` with the SHA-256 and size of each file.
 * Documents committed before the backup started are in it; one committed during it is in it whole or not at all.
 * The backup is written into "@p target.partial" and renamed to @p target once every file is synced, so a killed
 * backup never looks complete. The search index is left out: it is rebuilt from the registers when missing.
 * Errors: Conflict (@p target exists), Io/Storage/Corrupt (a blob no longer matches its name), Cancelled.
 */
[[nodiscard]] Result<BackupSummary> backupWorkspace(const QString& workspaceDirectory, const QString& target,
                                                    const BackupControl& control = {});

/**
 * Checks the backup in @p folder without changing anything: the manifest, each file's size and SHA-256, the database's
 * integrity and foreign keys, and that every blob the database names is in the backup. Errors: NotFound, Corrupt
 * (naming what is wrong), Unsupported (a newer format or schema than this VanThu), Cancelled.
 */
[[nodiscard]] Result<BackupSummary> verifyBackup(const QString& folder, const BackupControl& control = {});

/** Where a restore put things. */
struct RestoreResult
{
    BackupSummary backup;
    QString workspace;  ///< the restored workspace
    QString movedAside; ///< where the workspace that was there before now is; empty when there was none
};

/**
 * Restores the backup in @p folder as the workspace @p workspaceDirectory. Everything is verified first (as
 * verifyBackup, on a staging copy next to the workspace), and only then is an existing workspace moved aside (never
 * deleted: "<workspace>.before-restore-<time>") and the staging copy renamed into its place. Close VanThu on every
 * desk that uses the workspace before restoring: a desk still open keeps writing to the copy moved aside.
 * Errors: those of verifyBackup; Io; Cancelled (nothing replaced).
 */
[[nodiscard]] Result<RestoreResult> restoreWorkspace(const QString& folder, const QString& workspaceDirectory,
                                                     const BackupControl& control = {});

} // namespace vanthu::core
