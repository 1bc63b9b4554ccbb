// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/MainWindow.h"

#include "app/gui/BackupTasks.h"
#include "app/gui/DocumentWindow.h"
#include "app/gui/DroppedFiles.h"
#include "app/gui/RegisterOutput.h"
#include "app/gui/RegisterView.h"
#include "app/gui/SearchView.h"
#include "app/gui/StoredChecksPanel.h"
#include "app/gui/WindowLayout.h"
#include "app/gui/registration/DraftsDialog.h"
#include "app/gui/registration/IncomingRegistrationDialog.h"
#include "app/gui/registration/OutgoingIssueDialog.h"
#include "app/gui/signing/BatchSignDialog.h"
#include "app/gui/signing/CertificatePicker.h"
#include "app/gui/signing/PinDialog.h"
#include "app/gui/signing/SignDialog.h"
#include "app/gui/signing/SigningSettings.h"
#include "app/gui/signing/SigningSettingsDialog.h"
#include "app/gui/viewer/BatchVerifyDialog.h"
#include "app/gui/viewer/DocumentViewer.h"
#include "app/gui/viewer/VerificationSettings.h"
#include "core/Workspace.h"
#include "core/registers/AgencyService.h"
#include "signing/timestamp/TimestampClient.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrinter>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace vanthu::gui
{
namespace
{

enum Page
{
    IncomingPage,
    OutgoingPage,
    SearchPage
};

} // namespace

MainWindow::MainWindow(core::Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_incoming(new RegisterView(workspace, core::Direction::Incoming, this))
    , m_outgoing(new RegisterView(workspace, core::Direction::Outgoing, this))
    , m_search(new SearchView(workspace, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto agency = core::AgencyService(workspace).profile();
    setWindowTitle(agency ? tr("VanThu – %1").arg(agency->name) : tr("VanThu"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->addItems({tr("Incoming documents"), tr("Outgoing documents"), tr("Search")});
    m_navigation->setMaximumWidth(220);
    m_pages->addWidget(m_incoming);
    m_pages->addWidget(m_outgoing);
    m_pages->addWidget(m_search);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    statusBar()->showMessage(tr("Workspace: %1").arg(workspace.directory()));

    createMenus();
    setAcceptDrops(true);
    for (RegisterView* registerView : {m_incoming, m_outgoing}) {
        connect(registerView, &RegisterView::documentActivated, this, &MainWindow::openDocument);
    }

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(IncomingPage);
    resize(1200, 760);
    restoreLayout(*this);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto add = [this](QMenu* menu, const QString& text, const QKeySequence& shortcut, auto slot) {
        QAction* action = menu->addAction(text);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    // The frequent work also sits on a toolbar, with the desktop theme's icons (Qt's own where it has none).
    auto* toolBar = addToolBar(tr("Work"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto onToolBar = [this, toolBar](QAction* action, const char* themeName, QStyle::StandardPixmap fallback) {
        action->setIcon(QIcon::fromTheme(QString::fromLatin1(themeName), style()->standardIcon(fallback)));
        toolBar->addAction(action);
    };
    onToolBar(add(file, tr("&Register incoming documents…"), QKeySequence::New, [this] { registerIncoming({}); }),
              "document-new", QStyle::SP_FileIcon);
    onToolBar(
        add(file, tr("&Issue an outgoing document…"), QKeySequence(tr("Ctrl+Shift+N")), [this] { issueOutgoing(); }),
        "mail-send", QStyle::SP_ArrowRight);
    add(file, tr("&Drafts waiting to be issued…"), QKeySequence(tr("Ctrl+Shift+D")), [this] { showDrafts(); });
    file->addSeparator();
    onToolBar(add(file, tr("&Open and verify a PDF…"), QKeySequence::Open,
                  [this] {
                      const QString path =
                          QFileDialog::getOpenFileName(this, tr("Open a PDF"), QString(), tr("PDF files (*.pdf)"));
                      if (!path.isEmpty()) {
                          openPdf(path);
                      }
                  }),
              "document-open", QStyle::SP_DialogOpenButton);
    add(file, tr("&Verify many PDFs…"), QKeySequence(tr("Ctrl+Shift+O")),
        [this] { BatchVerifyDialog::run(this, verificationOptions(m_workspace.directory()), {}); });
    onToolBar(add(file, tr("&Print the register…"), QKeySequence::Print,
                  [this] { RegisterOutput::print(this, m_workspace, currentSelection(), printer()); }),
              "document-print", QStyle::SP_DialogSaveButton);
    add(file, tr("E&xport the register…"), QKeySequence(tr("Ctrl+E")), [this] {
        RegisterOutput::exportToFile(this, m_workspace, currentSelection(), [this](const QString& path) {
            statusBar()->showMessage(tr("Register written to %1").arg(path), 8000);
        });
    });
    file->addSeparator();
    add(file, tr("&Back up the workspace…"), QKeySequence(), [this] { backUp(); });
    add(file, tr("Re&store from a backup…"), QKeySequence(), [this] { chooseRestore(); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto* signMenu = menuBar()->addMenu(tr("&Signing"));
    QAction* sign = add(signMenu, tr("&Sign a PDF…"), QKeySequence(tr("Ctrl+Shift+S")), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("PDF to sign"), QString(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            const QString signedPath = SignDialog::signFile(this, path);
            if (!signedPath.isEmpty()) {
                openPdf(signedPath);
            }
        }
    });
    onToolBar(sign, "document-edit", QStyle::SP_DialogApplyButton);
    add(signMenu, tr("Sign &many PDFs…"), QKeySequence(tr("Ctrl+Shift+B")),
        [this] { static_cast<void>(BatchSignDialog::run(this, {})); });
    signMenu->addSeparator();
    add(signMenu, tr("Signing s&ettings…"), QKeySequence(), [this] {
        SigningSettingsDialog dialog(this);
        dialog.exec();
    });

    auto* view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, QKeySequence>> pages{{tr("&Incoming documents"), QKeySequence(tr("Ctrl+1"))},
                                                        {tr("&Outgoing documents"), QKeySequence(tr("Ctrl+2"))},
                                                        {tr("&Search"), QKeySequence::Find}};
    for (int page = 0; page < pages.size(); ++page) {
        QAction* action = view->addAction(pages.at(page).first);
        action->setShortcut(pages.at(page).second);
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }
    QAction* refresh = view->addAction(tr("&Reload"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        m_incoming->reload();
        m_outgoing->reload();
    });
}

void MainWindow::backUp()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose where to keep the backup"));
    if (!folder.isEmpty()) {
        backUpInto(folder);
    }
}

void MainWindow::backUpInto(const QString& parentFolder)
{
    auto summary = backup_tasks::backUp(this, m_workspace.directory(), parentFolder);
    if (!summary) {
        if (summary.error().code != ErrorCode::Cancelled) {
            QMessageBox::warning(this, tr("Back up the workspace"), summary.error().message);
        }
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1: %2").arg(summary->folder, core::describeBackup(*summary)));
}

void MainWindow::chooseRestore()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the backup to restore"));
    if (folder.isEmpty()) {
        return;
    }
    auto summary = backup_tasks::verify(this, folder);
    if (!summary) {
        if (summary.error().code != ErrorCode::Cancelled) {
            QMessageBox::warning(this, tr("Restore from a backup"), summary.error().message);
        }
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Restore from a backup"),
        tr("The backup is complete and intact: %1\n\nReplace the workspace %2 with it? The workspace there now is "
           "kept in a folder beside it. Close VanThu on every other desk that uses this workspace first.")
            .arg(core::describeBackup(*summary), m_workspace.directory()));
    if (answer == QMessageBox::Yes) {
        requestRestore(folder);
    }
}

void MainWindow::requestRestore(const QString& backupFolder)
{
    // The workspace this window holds must be closed before it is replaced: the application does it (main.cpp).
    m_pendingRestore = backupFolder;
    close();
}

void MainWindow::showPage(int page)
{
    m_navigation->setCurrentRow(page);
    if (page == SearchPage) {
        m_search->focusSearch();
    }
}

RegisterView* MainWindow::currentRegister() const
{
    return m_pages->currentWidget() == m_outgoing ? m_outgoing : m_incoming;
}

void MainWindow::openDocument(core::DocumentId id)
{
    auto* window = new DocumentWindow(m_workspace, id, this);
    window->setWindowFlag(Qt::Window);
    // The register's signature column shows the latest stored check.
    const auto reloadRegisters = [this] {
        m_incoming->reload();
        m_outgoing->reload();
    };
    connect(window->storedChecks(), &StoredChecksPanel::reportStored, this, reloadRegisters);
    connect(window, &DocumentWindow::fileAdded, this, reloadRegisters);
    window->show();
}

void MainWindow::openPdf(const QString& path)
{
    auto* viewer = new DocumentViewer(this);
    viewer->setWindowFlag(Qt::Window);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setObjectName(QStringLiteral("verifyWindow"));
    viewer->setValidationOptions(verificationOptions(m_workspace.directory()));
    viewer->resize(1100, 860);
    viewer->setWindowTitle(tr("%1 – VanThu").arg(QFileInfo(path).fileName()));
    viewer->show();
    viewer->openFile(path);
}

void MainWindow::registerIncoming(const QStringList& pdfs)
{
    if (!IncomingRegistrationDialog::registerFiles(this, m_workspace, pdfs).isEmpty()) {
        m_incoming->reload();
        showPage(IncomingPage);
    }
}

void MainWindow::showDrafts()
{
    LeaderSigning leader;
    leader.chooseKey = [](QWidget* dialog) -> Result<KeyOpener> {
        auto choice = CertificatePicker::pick(dialog, CertificateRole::Personal);
        if (!choice) {
            return Error{ErrorCode::Cancelled, QString(), QStringLiteral("cancelled")};
        }
        auto prompt = std::make_shared<DialogSecretPrompt>(dialog);
        return KeyOpener([choice = *choice, prompt] { return openSigningKey(choice, *prompt); });
    };
    // The leader's signature image, anchor and timestamper of the signing settings.
    signing::FileSignJob job;
    if (auto prepared = SigningSettings::load().prepare(job, signing::AppearanceKind::Leader); !prepared) {
        leader.setupError = prepared.error();
        job.imageFile.clear();
    }
    job.renderer = &appearanceRenderer();
    leader.job = job;
    DraftsDialog dialog(
        m_workspace, std::move(leader),
        [this](QWidget* parent, const core::DocumentRecord& draft) { return issueOutgoing(parent, draft); }, this);
    dialog.show();
    dialog.reload();
    dialog.exec();
}

bool MainWindow::issueOutgoing(QWidget* parent, const std::optional<core::DocumentRecord>& draft)
{
    IssueSigning issueSigning;
    issueSigning.chooseKey = [](QWidget* dialog) -> Result<KeyOpener> {
        // The agency's key, remembered apart from the person's own: issuing never changes what "Sign" uses.
        auto choice = CertificatePicker::pick(dialog, CertificateRole::Agency);
        if (!choice) {
            return Error{ErrorCode::Cancelled, tr("No certificate was chosen."), QStringLiteral("cancelled")};
        }
        auto prompt = std::make_shared<DialogSecretPrompt>(dialog);
        return KeyOpener([choice = *choice, prompt] { return openSigningKey(choice, *prompt); });
    };
    // The seal and the timestamp authority of the signing settings (the demo's seal on a demo workspace); without
    // a seal in the settings the clerk picks its image in the dialog.
    signing::FileSignJob defaults;
    if (SigningSettings::load().prepare(defaults, signing::AppearanceKind::Agency)) {
        issueSigning.sealImage = defaults.imageFile;
    }
    issueSigning.request = defaults.request;
    if (OutgoingIssueDialog::run(parent != nullptr ? parent : this, m_workspace, std::move(issueSigning), QString(),
                                 draft)) {
        m_outgoing->reload();
        showPage(OutgoingPage);
        return true;
    }
    return false;
}

core::RegisterSelection MainWindow::currentSelection() const
{
    const RegisterView* registerView = currentRegister();
    return {registerView->direction(), registerView->seriesCode(), registerView->year()};
}

QPrinter& MainWindow::printer()
{
    // One printer for the session: the choices made in the print dialog stay for the next print.
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    }
    return *m_printer;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedPdfFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList pdfs = droppedPdfFiles(event->mimeData());
    if (!pdfs.isEmpty()) {
        event->acceptProposedAction();
        registerIncoming(pdfs);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout(*this);
    event->accept();
}

} // namespace vanthu::gui
