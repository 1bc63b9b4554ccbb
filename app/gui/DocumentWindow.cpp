// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DocumentWindow.h"

#include "app/gui/DocumentDetails.h"
#include "app/gui/StoredChecksPanel.h"
#include "app/gui/TaskRunner.h"
#include "app/gui/WindowLayout.h"
#include "app/gui/viewer/DocumentViewer.h"
#include "app/gui/viewer/VerificationSettings.h"
#include "core/Workspace.h"
#include "core/audit/AuditService.h"
#include "core/registers/FileAdditionService.h"
#include "core/registers/RegisterService.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

namespace vanthu::gui
{

DocumentWindow::DocumentWindow(core::Workspace& workspace, core::DocumentId id, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_id(id)
    , m_details(new DocumentDetails(this))
    , m_attachments(new QComboBox(this))
    , m_viewer(new DocumentViewer(this))
{
    setObjectName(QStringLiteral("documentWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setAccessibleName(tr("Attachments"));
    m_viewer->setOpenActionVisible(false);
    m_viewer->setValidationOptions(verificationOptions(workspace.directory()));

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    auto* attachmentLabel = new QLabel(tr("&Attachment:"), side);
    attachmentLabel->setBuddy(m_attachments);
    sideLayout->addWidget(m_details, 1);
    m_checks = new StoredChecksPanel(workspace, id, VerificationSettings::load().workOffline, side);
    sideLayout->addWidget(m_checks);
    sideLayout->addWidget(attachmentLabel);
    sideLayout->addWidget(m_attachments);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("documentSplitter"));
    splitter->addWidget(side);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
    resize(1280, 860);
    restoreLayout(*this);

    auto* addFile = new QPushButton(tr("Add a &file…"), side);
    addFile->setObjectName(QStringLiteral("addFileButton"));
    addFile->setToolTip(tr("Add a file that came later (an appendix, a better scan) or a new version of the file "
                           "shown; nothing is replaced."));
    sideLayout->addWidget(addFile);
    connect(addFile, &QPushButton::clicked, this, &DocumentWindow::askForFile);
    // A stored re-check is in the audit trail: the history shown follows it.
    connect(m_checks, &StoredChecksPanel::reportStored, this, [this] { showDetails(); });
    connect(m_attachments, &QComboBox::currentIndexChanged, this, &DocumentWindow::showAttachment);
    reload();
}

std::optional<core::DocumentRecord> DocumentWindow::showDetails()
{
    auto record = core::RegisterService(m_workspace).document(m_id);
    if (!record) {
        m_details->showMessage(record.error().message);
        return std::nullopt;
    }
    setWindowTitle(tr("%1 – VanThu").arg(record->fields.code.display()));
    auto history = core::AuditService(m_workspace).documentHistory(m_id);
    m_details->showDocument(*record, history ? *history : QList<core::AuditEntry>());
    return *record;
}

void DocumentWindow::reload(int attachmentIndex)
{
    auto record = showDetails();
    if (!record) {
        return;
    }
    const QSignalBlocker quiet(m_attachments);
    m_attachmentRecords = record->attachments;
    m_attachments->clear();
    for (const core::AttachmentRecord& attachment : std::as_const(m_attachmentRecords)) {
        m_attachments->addItem(attachment.fileName);
    }
    m_attachments->setEnabled(m_attachments->count() > 1);
    const int shown = std::clamp(attachmentIndex, 0, std::max(0, static_cast<int>(m_attachmentRecords.size()) - 1));
    m_attachments->setCurrentIndex(shown);
    showAttachment(shown);
}

void DocumentWindow::askForFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the file to add"), QString(), tr("PDF files (*.pdf *.PDF)"));
    if (path.isEmpty()) {
        return;
    }
    const int current = m_attachments->currentIndex();
    std::optional<int> replaces;
    if (current >= 0 && current < m_attachmentRecords.size()) {
        QMessageBox question(QMessageBox::Question, tr("Add a file"),
                             tr("Is %1 a new version of \"%2\", or a file of its own?")
                                 .arg(QFileInfo(path).fileName(), m_attachmentRecords.at(current).fileName),
                             QMessageBox::Cancel, this);
        QPushButton* asVersion = question.addButton(tr("A new &version"), QMessageBox::AcceptRole);
        QPushButton* asFile = question.addButton(tr("A new &file"), QMessageBox::AcceptRole);
        question.exec();
        if (question.clickedButton() == asVersion) {
            replaces = m_attachmentRecords.at(current).ordinal;
        } else if (question.clickedButton() != asFile) {
            return;
        }
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Add a file"),
                                                 tr("Why is the file added? (kept in the "
                                                    "history)"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok) {
        addFile(path, replaces, reason);
    }
}

bool DocumentWindow::addFile(const QString& path, std::optional<int> replaces, const QString& reason)
{
    const core::Workspace& workspace = m_workspace;
    const core::DocumentId id = m_id;
    const bool offline = VerificationSettings::load().workOffline;
    auto added = runTask<core::AddedFile>(
        this, tr("Add a file"), tr("Checking and storing %1…").arg(QFileInfo(path).fileName()),
        [&workspace, id, path, replaces, reason, offline](const TaskControl& control) -> Result<core::AddedFile> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return Error{file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                             tr("Could not read the file %1.").arg(path), file.errorString()};
            }
            core::FileAddition addition{id, core::AttachmentInput{QFileInfo(path).fileName(), file.readAll()}, replaces,
                                        reason, verificationOptions(workspace.directory())};
            addition.checks.checkRevocationOnline = addition.checks.checkRevocationOnline && !offline;
            auto session = workspace.openSession();
            if (!session) {
                return session.error();
            }
            return core::FileAdditionService(**session).addFile(addition, control.token());
        });
    if (!added) {
        if (added.error().code != ErrorCode::Cancelled) {
            m_details->showMessage(tr("The file was not added: %1").arg(added.error().message));
        }
        return false;
    }
    reload(added->document.versions.back().attachmentOrdinal - 1);
    Q_EMIT fileAdded();
    return true;
}

void DocumentWindow::closeEvent(QCloseEvent* event)
{
    saveLayout(*this);
    event->accept();
}

void DocumentWindow::showAttachment(int index)
{
    if (index < 0 || index >= m_attachmentRecords.size()) {
        m_viewer->closeDocument();
        return;
    }
    const core::AttachmentRecord& attachment = m_attachmentRecords.at(index);
    auto bytes = core::RegisterService(m_workspace).attachmentBytes(attachment);
    if (!bytes) {
        m_details->showMessage(bytes.error().message);
        return;
    }
    m_viewer->openData(*bytes, attachment.fileName);
}

} // namespace vanthu::gui
