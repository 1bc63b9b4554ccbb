// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/BackupTasks.h"

#include "app/gui/TaskRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace vanthu::gui::backup_tasks
{
namespace
{

struct BackupTaskText
{
    Q_DECLARE_TR_FUNCTIONS(BackupTaskText)
};

core::BackupControl controlOf(const TaskControl& task)
{
    core::BackupControl control;
    control.progress = [&task](qint64 done, qint64 total) {
        task.progress(done, total);
    };
    control.cancel = task.cancelFlag();
    return control;
}

} // namespace

Result<core::BackupSummary> backUp(QWidget* parent, const QString& workspaceDirectory, const QString& parentFolder)
{
    const QString target =
        QDir(parentFolder)
            .filePath(QStringLiteral("vanthu-backup-%1")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    return runTask<core::BackupSummary>(parent, BackupTaskText::tr("Back up the workspace"),
                                        BackupTaskText::tr("Backing up to %1…").arg(target),
                                        [workspaceDirectory, target](const TaskControl& task) {
                                            return core::backupWorkspace(workspaceDirectory, target, controlOf(task));
                                        });
}

Result<core::BackupSummary> verify(QWidget* parent, const QString& folder)
{
    return runTask<core::BackupSummary>(
        parent, BackupTaskText::tr("Restore from a backup"), BackupTaskText::tr("Checking the backup %1…").arg(folder),
        [folder](const TaskControl& task) { return core::verifyBackup(folder, controlOf(task)); });
}

Result<core::RestoreResult> restore(QWidget* parent, const QString& folder, const QString& workspaceDirectory)
{
    return runTask<core::RestoreResult>(parent, BackupTaskText::tr("Restore from a backup"),
                                        BackupTaskText::tr("Restoring the backup %1…").arg(folder),
                                        [folder, workspaceDirectory](const TaskControl& task) {
                                            return core::restoreWorkspace(folder, workspaceDirectory, controlOf(task));
                                        });
}

} // namespace vanthu::gui::backup_tasks
