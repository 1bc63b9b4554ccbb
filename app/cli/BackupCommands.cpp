// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-cli backup and restore: a workspace copied while others work, and put back only after it is checked
// (issue 13).
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/backup/WorkspaceBackup.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct BackupCommandText
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommandText)
};

QJsonObject summaryJson(const core::BackupSummary& summary)
{
    return QJsonObject{{QStringLiteral("folder"), summary.folder},
                       {QStringLiteral("createdAt"), summary.createdAt},
                       {QStringLiteral("schemaVersion"), summary.schemaVersion},
                       {QStringLiteral("documents"), summary.documents},
                       {QStringLiteral("blobs"), summary.blobs},
                       {QStringLiteral("bytes"), summary.bytes}};
}

} // namespace

int runBackup(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 BackupCommandText::tr("The new folder to write the backup into."),
                                 BackupCommandText::tr("folder"));
    parser.addOption(out);
    if (auto exit = context.parse(parser,
                                  BackupCommandText::tr("Back up the workspace while others keep working: the "
                                                        "registers, every document file and a manifest of hashes."),
                                  QString())) {
        return *exit;
    }
    if (!parser.isSet(out)) {
        return context.usage(BackupCommandText::tr("Name the folder of the backup with --out."));
    }
    auto summary = core::backupWorkspace(context.workspacePath(), parser.value(out));
    if (!summary) {
        return context.fail(summary.error());
    }
    if (context.json()) {
        context.printJson(summaryJson(*summary));
    } else {
        context.printLine(
            BackupCommandText::tr("Backup written to %1: %2").arg(summary->folder, core::describeBackup(*summary)));
    }
    return ExitOk;
}

int runRestore(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption verifyOnly(QStringLiteral("verify-only"),
                                        BackupCommandText::tr("Check the backup through and change nothing."));
    parser.addOption(verifyOnly);
    if (auto exit = context.parse(
            parser,
            BackupCommandText::tr("Restore a backup as the workspace, after checking every file against its manifest. "
                                  "A workspace that is there is moved aside, never deleted. Close VanThu on every "
                                  "desk first."),
            QStringLiteral("BACKUP"))) {
        return *exit;
    }
    // The backup folder is the word after the command (CliContext's action).
    const QString folder = context.action();
    if (folder.isEmpty()) {
        return context.usage(BackupCommandText::tr("Name the backup folder, e.g. \"restore /media/usb/sao-luu\"."));
    }
    if (parser.isSet(verifyOnly)) {
        auto summary = core::verifyBackup(folder);
        if (!summary) {
            return context.fail(summary.error());
        }
        if (context.json()) {
            context.printJson(summaryJson(*summary));
        } else {
            context.printLine(
                BackupCommandText::tr("The backup is complete and intact: %1").arg(core::describeBackup(*summary)));
        }
        return ExitOk;
    }
    auto restored = core::restoreWorkspace(folder, context.workspacePath());
    if (!restored) {
        return context.fail(restored.error());
    }
    if (context.json()) {
        QJsonObject json = summaryJson(restored->backup);
        json.insert(QStringLiteral("workspace"), restored->workspace);
        json.insert(QStringLiteral("movedAside"), restored->movedAside);
        context.printJson(json);
    } else {
        context.printLine(BackupCommandText::tr("Restored into %1: %2")
                              .arg(restored->workspace, core::describeBackup(restored->backup)));
        if (!restored->movedAside.isEmpty()) {
            context.printLine(
                BackupCommandText::tr("The workspace that was there is kept in %1.").arg(restored->movedAside));
        }
    }
    return ExitOk;
}

} // namespace vanthu::cli
