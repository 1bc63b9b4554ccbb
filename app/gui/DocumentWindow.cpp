// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DocumentWindow.h"

#include "app/gui/DocumentDetails.h"
#include "app/gui/StoredChecksPanel.h"
#include "app/gui/WindowLayout.h"
#include "app/gui/viewer/DocumentViewer.h"
#include "app/gui/viewer/VerificationSettings.h"
#include "core/Workspace.h"
#include "core/audit/AuditService.h"
#include "core/registers/RegisterService.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace vanthu::gui
{

DocumentWindow::DocumentWindow(core::Workspace& workspace, core::DocumentId id, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
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

    auto record = core::RegisterService(workspace).document(id);
    if (!record) {
        m_details->showMessage(record.error().message);
        return;
    }
    setWindowTitle(tr("%1 – VanThu").arg(record->fields.code.display()));
    const auto showDetails = [this, id, record = *record] {
        auto history = core::AuditService(m_workspace).documentHistory(id);
        m_details->showDocument(record, history ? *history : QList<core::AuditEntry>());
    };
    showDetails();
    // A stored re-check is in the audit trail: the history shown follows it.
    connect(m_checks, &StoredChecksPanel::reportStored, this, showDetails);
    m_attachmentRecords = record->attachments;
    for (const core::AttachmentRecord& attachment : std::as_const(m_attachmentRecords)) {
        m_attachments->addItem(attachment.fileName);
    }
    m_attachments->setEnabled(m_attachments->count() > 1);
    connect(m_attachments, &QComboBox::currentIndexChanged, this, &DocumentWindow::showAttachment);
    showAttachment(0);
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
