// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu: the desktop application.
#include "app/gui/BackupTasks.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RegisterView.h"
#include "app/gui/signing/DemoSigningDefaults.h"
#include "core/Workspace.h"
#include "translations/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

namespace
{

/**
 * With VANTHU_EXIT_WHEN_READY set (bench/app's cold-start figure), prints "ready" once @p window is painted with its
 * first register rows, and quits.
 */
void exitWhenReady(QWidget& window)
{
    if (!qEnvironmentVariableIsSet("VANTHU_EXIT_WHEN_READY")) {
        return;
    }
    auto finish = [&window] {
        window.repaint();
        QTextStream(stdout) << "ready" << Qt::endl;
        QApplication::quit();
    };
    // The register's rows are ordered off the GUI thread; the window is usable once they are in.
    auto* incoming = window.findChild<vanthu::gui::RegisterView*>(QStringLiteral("incomingRegister"));
    if (incoming && incoming->isLoading()) {
        QObject::connect(incoming, &vanthu::gui::RegisterView::listingReady, &window, finish, Qt::SingleShotConnection);
    } else {
        QTimer::singleShot(0, &window, finish);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // No core dumps: a dump could hold document text or, later, key material (KeePassXC does the same).
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VanThu"));
    QApplication::setApplicationName(QStringLiteral("VanThu"));
    QApplication::setApplicationVersion(QStringLiteral(VANTHU_VERSION));
    vanthu::installTranslations(vanthu::languageFromArguments(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "VanThu – official documents and registers"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption({QStringLiteral("w"), QStringLiteral("workspace")},
                                             QApplication::translate("main", "Workspace folder to open."),
                                             QApplication::translate("main", "folder"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QApplication::translate("main", "Language: vi (default) or en."),
                                            QStringLiteral("vi|en"));
    // The floor of the cold-start figure: the same binary and libraries showing an empty main window.
    QCommandLineOption floorOption(QStringLiteral("startup-floor"));
    floorOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({workspaceOption, languageOption, floorOption});
    parser.process(application);
    if (parser.isSet(floorOption)) {
        QMainWindow empty;
        empty.resize(1200, 760);
        empty.show();
        exitWhenReady(empty);
        return QApplication::exec();
    }

    QString folder = parser.value(workspaceOption);
    if (folder.isEmpty()) {
        folder = qEnvironmentVariable("VANTHU_WORKSPACE");
    }
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace");
    }
    vanthu::core::WorkspaceOptions options;
    options.actor = qEnvironmentVariable("USER", QStringLiteral("desktop"));
    // A restore replaces the open workspace: the window closes, the workspace is closed, the backup is restored,
    // and the restored workspace opens in a new window.
    for (;;) {
        auto workspace = vanthu::core::Workspace::open(folder, options);
        if (!workspace) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "VanThu"), workspace.error().message);
            return 1;
        }
        vanthu::gui::useDemoSigningDefaults((*workspace)->directory());
        QString restore;
        int exitCode = 0;
        {
            vanthu::gui::MainWindow window(**workspace);
            window.show();
            exitWhenReady(window);
            exitCode = QApplication::exec();
            restore = window.pendingRestore();
        }
        const QString directory = (*workspace)->directory();
        workspace->reset();
        if (restore.isEmpty()) {
            return exitCode;
        }
        auto restored = vanthu::gui::backup_tasks::restore(nullptr, restore, directory);
        if (!restored) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "Restore from a backup"),
                                 restored.error().message);
        } else if (!restored->movedAside.isEmpty()) {
            QMessageBox::information(nullptr, QApplication::translate("main", "Restore from a backup"),
                                     QApplication::translate("main", "The backup is restored. The workspace that was "
                                                                     "there is kept in %1.")
                                         .arg(restored->movedAside));
        }
        folder = directory;
    }
}
