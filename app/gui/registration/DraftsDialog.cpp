// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/registration/DraftsDialog.h"

#include "app/gui/TaskRunner.h"
#include "app/gui/registration/RegistrationForm.h"
#include "core/Workspace.h"
#include "core/domain/DocumentType.h"
#include "core/registers/DraftService.h"
#include "signing/verify/Validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanthu::gui
{
namespace
{

/** The fields of a new draft; the PDF is chosen before. */
std::optional<core::DraftRequest> askDraftFields(QWidget* parent, const QString& pdfPath)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("draftFieldsDialog"));
    dialog.setWindowTitle(DraftsDialog::tr("New draft"));
    auto* form = new QFormLayout(&dialog);
    auto* type = new QComboBox(&dialog);
    type->setObjectName(QStringLiteral("draftTypeField"));
    for (const core::DocumentType& item : core::DocumentTypes::all()) {
        type->addItem(item.name, item.key);
    }
    type->setCurrentIndex(std::max(0, type->findData(QStringLiteral("cong-van"))));
    auto* subject = new QLineEdit(&dialog);
    subject->setObjectName(QStringLiteral("draftSubjectField"));
    auto* signerPosition = new QLineEdit(&dialog);
    signerPosition->setObjectName(QStringLiteral("draftSignerPositionField"));
    auto* signerName = new QLineEdit(&dialog);
    signerName->setObjectName(QStringLiteral("draftSignerNameField"));
    form->addRow(DraftsDialog::tr("File"), new QLabel(QFileInfo(pdfPath).fileName(), &dialog));
    form->addRow(DraftsDialog::tr("&Type"), type);
    form->addRow(DraftsDialog::tr("&Subject"), subject);
    form->addRow(DraftsDialog::tr("Signer's &position"), signerPosition);
    form->addRow(DraftsDialog::tr("Signer's &name"), signerName);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(DraftsDialog::tr("Add"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    core::DraftRequest request;
    request.typeKey = type->currentData().toString();
    request.subject = subject->text();
    request.signerPosition = signerPosition->text();
    request.signerName = signerName->text();
    return request;
}

} // namespace

DraftsDialog::DraftsDialog(core::Workspace& workspace, LeaderSigning leaderSigning,
                           std::function<bool(QWidget*, const core::DocumentRecord&)> issue, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_leaderSigning(std::move(leaderSigning)), m_issue(std::move(issue))
{
    setObjectName(QStringLiteral("draftsDialog"));
    setWindowTitle(tr("Waiting to be issued"));
    resize(900, 420);
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("draftsTable"));
    m_table->setHorizontalHeaderLabels({tr("Id"), tr("State"), tr("Versions"), tr("Signer"), tr("Subject")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("draftsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add a draft…"), this);
    add->setObjectName(QStringLiteral("addDraftButton"));
    m_sign = new QPushButton(tr("&Leader signs…"), this);
    m_sign->setObjectName(QStringLiteral("signDraftButton"));
    m_issueButton = new QPushButton(tr("&Issue…"), this);
    m_issueButton->setObjectName(QStringLiteral("issueDraftButton"));
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(add);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_issueButton);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &DraftsDialog::addDraft);
    connect(m_sign, &QPushButton::clicked, this, &DraftsDialog::signSelected);
    connect(m_issueButton, &QPushButton::clicked, this, &DraftsDialog::issueSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DraftsDialog::updateButtons);
    updateButtons();
}

void DraftsDialog::reload()
{
    const core::Workspace& workspace = m_workspace;
    auto waiting =
        runTask<QList<core::DocumentRecord>>(this, windowTitle(), tr("Reading the documents waiting to be issued…"),
                                             [&workspace](const TaskControl&) -> Result<QList<core::DocumentRecord>> {
                                                 auto session = workspace.openSession();
                                                 if (!session) {
                                                     return session.error();
                                                 }
                                                 return core::DraftService(**session).waitingForIssue();
                                             });
    if (!waiting) {
        showError(waiting.error(), tr("The list cannot be read"));
        return;
    }
    m_documents = *waiting;
    m_table->setRowCount(static_cast<int>(m_documents.size()));
    for (int row = 0; row < m_documents.size(); ++row) {
        const core::DocumentRecord& record = m_documents.at(row);
        const QStringList cells{QString::number(record.id.value), core::stateName(record.state),
                                QString::number(record.versions.size()), record.fields.signerName,
                                record.fields.subject};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
    if (!m_documents.isEmpty()) {
        m_table->selectRow(0);
    }
    updateButtons();
}

void DraftsDialog::addDraft()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the draft's PDF"), QString(), tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    auto request = askDraftFields(this, path);
    if (request) {
        addDraftFile(path, *request);
    }
}

bool DraftsDialog::addDraftFile(const QString& path, core::DraftRequest request)
{
    request.pdf.fileName = QFileInfo(path).fileName();
    const core::Workspace& workspace = m_workspace;
    auto added = runTask<core::DocumentRecord>(
        this, tr("New draft"), tr("Checking and storing the draft…"),
        [&workspace, request, path](const TaskControl& control) mutable -> Result<core::DocumentRecord> {
            auto bytes = RegistrationForm::readFile(path);
            if (!bytes) {
                return bytes.error();
            }
            request.pdf.bytes = *bytes;
            request.checks = signing::trustStoreOptions(workspace.directory());
            request.checks.checkRevocationOnline = false;
            auto session = workspace.openSession();
            if (!session) {
                return session.error();
            }
            return core::DraftService(**session).addDraft(request, control.token());
        });
    if (!added) {
        showError(added.error(), tr("The draft was not added"));
        return false;
    }
    reload();
    select(added->id);
    m_message->setText(tr("Added as document %1 (%2).").arg(added->id.value).arg(core::stateName(added->state)));
    return true;
}

void DraftsDialog::signSelected()
{
    const core::DocumentRecord* document = selected();
    if (document == nullptr) {
        return;
    }
    if (m_leaderSigning.job.imageFile.isEmpty()) {
        showError(m_leaderSigning.setupError, tr("Not signed"));
        return;
    }
    auto opener = m_leaderSigning.chooseKey(this);
    if (!opener) {
        showError(opener.error(), tr("Not signed"));
        return;
    }
    const core::Workspace& workspace = m_workspace;
    const core::DocumentId id = document->id;
    const signing::Nd30SignJob leaderJob = m_leaderSigning.job;
    auto signedVersion = runTask<core::SignedVersion>(
        this, tr("Leader signs"), tr("Signing the current version…"),
        [&workspace, id, leaderJob, openKey = *opener](const TaskControl& control) -> Result<core::SignedVersion> {
            auto key = openKey();
            if (!key) {
                return key.error();
            }
            auto session = workspace.openSession();
            if (!session) {
                return session.error();
            }
            const core::VersionSignRequest request{id, leaderJob, signing::trustStoreOptions(workspace.directory())};
            return core::DraftService(**session).signCurrentVersion(request, **key, control.token());
        });
    if (!signedVersion) {
        showError(signedVersion.error(), tr("Not signed"));
        return;
    }
    m_message->setText(tr("Document %1 signed: version %2 (%3).")
                           .arg(id.value)
                           .arg(signedVersion->document.versions.back().number)
                           .arg(signing::verdictName(signedVersion->check.verdict)));
    reload();
}

void DraftsDialog::issueSelected()
{
    const core::DocumentRecord* document = selected();
    if (document == nullptr || !m_issue) {
        return;
    }
    if (m_issue(this, *document)) {
        m_message->setText(tr("Document %1 issued.").arg(document->id.value));
        reload();
    }
}

void DraftsDialog::select(core::DocumentId id)
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).id == id) {
            m_table->selectRow(row);
        }
    }
}

QString DraftsDialog::message() const
{
    return m_message->text();
}

const core::DocumentRecord* DraftsDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_documents.size() && m_table->selectionModel()->hasSelection() ? &m_documents.at(row)
                                                                                             : nullptr;
}

void DraftsDialog::updateButtons()
{
    const core::DocumentRecord* document = selected();
    m_sign->setEnabled(
        document != nullptr
        && (document->state == core::DocumentState::Draft || document->state == core::DocumentState::Approved));
    m_issueButton->setEnabled(document != nullptr && document->state == core::DocumentState::Signed);
}

void DraftsDialog::showError(const Error& error, const QString& what)
{
    if (error.code == ErrorCode::Cancelled && error.message.isEmpty()) {
        return;
    }
    m_message->setText(tr("%1: %2").arg(what, error.message));
}

} // namespace vanthu::gui
