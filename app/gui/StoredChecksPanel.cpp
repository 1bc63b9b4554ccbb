// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/StoredChecksPanel.h"

#include "app/gui/TaskRunner.h"
#include "common/VietnamTime.h"
#include "core/Workspace.h"
#include "core/registers/VerificationService.h"
#include "signing/verify/ReportJson.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanthu::gui
{

StoredChecksPanel::StoredChecksPanel(core::Workspace& workspace, core::DocumentId id, bool workOffline, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_id(id)
    , m_reports(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_checkAgain(new QPushButton(tr("Check &again and store"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_verifier(new IncomingVerifier(workspace.directory(), workOffline, this))
{
    setObjectName(QStringLiteral("storedChecks"));
    m_reports->setObjectName(QStringLiteral("storedReports"));
    m_reports->setAccessibleName(tr("Stored checks of the signatures"));
    m_reports->setWordWrap(true); // a report line is read whole, never scrolled sideways
    m_reports->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_status->setObjectName(QStringLiteral("storedChecksStatus"));
    m_status->setWordWrap(true);
    m_checkAgain->setObjectName(QStringLiteral("checkAgain"));
    m_checkAgain->setToolTip(workOffline ? tr("Check the signatures again, offline as this workspace is set to work, "
                                              "and keep the report with the document.")
                                         : tr("Check the signatures again, asking the certification authorities "
                                              "about revocation, and keep the report with the document."));
    m_cancel->setObjectName(QStringLiteral("cancelCheckAgain"));
    m_progress->setObjectName(QStringLiteral("checkAgainProgress"));
    m_progress->setRange(0, 0); // the validator does not know how long the authorities take
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);

    auto* title = new QLabel(tr("Signature checks on record:"), this);
    title->setBuddy(m_reports);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_checkAgain);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_reports);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    m_reports->setMaximumHeight(110);

    connect(m_checkAgain, &QPushButton::clicked, this, &StoredChecksPanel::checkAgain);
    connect(m_cancel, &QPushButton::clicked, this, &StoredChecksPanel::cancel);
    connect(m_verifier, &IncomingVerifier::finished, this, &StoredChecksPanel::checkEnded);
    setChecking(false);
    reload();
}

bool StoredChecksPanel::isChecking() const
{
    return m_check != 0;
}

void StoredChecksPanel::reload()
{
    m_reports->clear();
    auto reports = core::VerificationService(m_workspace).reports(m_id);
    if (!reports) {
        m_status->setText(reports.error().message);
        return;
    }
    if (reports->isEmpty()) {
        m_reports->addItem(tr("The signatures of this document were never checked on record."));
        return;
    }
    for (auto it = reports->crbegin(); it != reports->crend(); ++it) {
        const core::VerificationRecord& record = *it;
        const QString when = vietnamIsoTimestamp(record.checkedAt).left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
        const QString how = record.online ? tr("online") : tr("offline, revocation not asked");
        m_reports->addItem(
            tr("%1 — %2 — %3, by %4").arg(when, core::signatureStatusName(record.status), how, record.checkedBy));
    }
}

void StoredChecksPanel::checkAgain()
{
    if (isChecking()) {
        return;
    }
    // The blob is read (and its hash checked) on a worker with a session of its own, then validated on another.
    const core::Workspace& workspace = m_workspace;
    const core::DocumentId id = m_id;
    auto file = runTask<core::CurrentFile>(this, tr("Check again and store"), tr("Reading the stored PDF…"),
                                           [&workspace, id](const TaskControl&) -> Result<core::CurrentFile> {
                                               auto session = workspace.openSession();
                                               if (!session) {
                                                   return session.error();
                                               }
                                               return core::VerificationService(**session).currentFile(id);
                                           });
    if (!file) {
        m_status->setText(file.error().message);
        return;
    }
    m_versionId = file->versionId;
    m_check = ++m_lastCheck;
    setChecking(true);
    m_status->setText(tr("Checking the signatures of %1 (version %2)…").arg(file->fileName).arg(file->versionNumber));
    m_verifier->enqueue(m_check, file->bytes);
}

void StoredChecksPanel::cancel()
{
    if (isChecking()) {
        m_verifier->cancel(m_check);
    }
}

void StoredChecksPanel::checkEnded(quint64 check, const IncomingVerification& verification)
{
    if (check != m_check) {
        return;
    }
    m_check = 0;
    setChecking(false);
    if (!verification.report) {
        m_status->setText(verification.note);
        Q_EMIT checkFinished();
        return;
    }
    const core::Workspace& workspace = m_workspace;
    const core::DocumentId id = m_id;
    const qint64 versionId = m_versionId;
    const QByteArray reportJson = signing::reportJsonBytes(*verification.report);
    auto stored = runTask<core::VerificationRecord>(
        this, tr("Check again and store"), tr("Storing the report…"),
        [&workspace, id, versionId, reportJson](const TaskControl&) -> Result<core::VerificationRecord> {
            auto session = workspace.openSession();
            if (!session) {
                return session.error();
            }
            return core::VerificationService(**session).record(id, versionId, reportJson);
        });
    if (!stored) {
        m_status->setText(stored.error().message);
        Q_EMIT checkFinished();
        return;
    }
    reload();
    QString text = tr("Report stored: %1.").arg(core::signatureStatusName(stored->status));
    if (!verification.note.isEmpty()) {
        text += QLatin1Char(' ') + verification.note;
    }
    m_status->setText(text);
    Q_EMIT reportStored(*stored);
    Q_EMIT checkFinished();
}

void StoredChecksPanel::setChecking(bool checking)
{
    m_checkAgain->setEnabled(!checking);
    m_cancel->setVisible(checking);
    m_progress->setVisible(checking);
}

} // namespace vanthu::gui
