// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/WorkspaceBackup.h"

#include <QString>

#include <optional>

class QWidget;

namespace vanthu::gui
{

/**
 * The window's backup and restore (issue 13): each runs core's use case off the GUI thread with progress and Cancel
 * and tells the person the outcome. A restore replaces the workspace this window has open, so the application
 * closes the workspace first and opens the restored one after (main.cpp); the window only asks.
 */
namespace backup_tasks
{

/** Backs the workspace up into a new folder "vanthu-backup-<time>" inside @p parentFolder. */
[[nodiscard]] Result<core::BackupSummary> backUp(QWidget* parent, const QString& workspaceDirectory,
                                                 const QString& parentFolder);

/** Checks the backup in @p folder through (nothing changes). */
[[nodiscard]] Result<core::BackupSummary> verify(QWidget* parent, const QString& folder);

/** Restores @p folder as @p workspaceDirectory, which no one may have open (the application closed it). */
[[nodiscard]] Result<core::RestoreResult> restore(QWidget* parent, const QString& folder,
                                                  const QString& workspaceDirectory);

} // namespace backup_tasks
} // namespace vanthu::gui
