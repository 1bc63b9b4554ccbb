// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/registration/IncomingVerifier.h"
#include "core/domain/DocumentId.h"
#include "core/domain/VerificationRecord.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace vanthu::core
{
class Workspace;
}

namespace vanthu::gui
{

/**
 * The stored checks of one document's signatures, newest first, each saying when, by whom, online or offline and what
 * it found; and "Check again and store", the explicit re-check (issue 12): the current version of the first file is
 * validated off the GUI thread within the registration's budget (online unless the workspace works offline), with
 * progress and Cancel, and its report is added to the store, never replacing one. The viewer's own check of the
 * open file is what the person sees now; this panel is what the agency has on record.
 */
class StoredChecksPanel final : public QWidget
{
    Q_OBJECT

public:
    StoredChecksPanel(core::Workspace& workspace, core::DocumentId id, bool workOffline, QWidget* parent = nullptr);

    /** A re-check is running. */
    [[nodiscard]] bool isChecking() const;
    /** Starts the re-check (the button's action). */
    void checkAgain();
    /** Stops the re-check: nothing is stored. */
    void cancel();

Q_SIGNALS:
    /** A new report is in the store (the document window reloads its history). */
    void reportStored(const vanthu::core::VerificationRecord& record);
    /** The re-check ended: stored, cancelled or failed (status() says which). */
    void checkFinished();

private:
    void reload();
    void checkEnded(quint64 check, const IncomingVerification& verification);
    void setChecking(bool checking);

    core::Workspace& m_workspace;
    core::DocumentId m_id;
    QListWidget* m_reports;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_checkAgain;
    QPushButton* m_cancel;
    IncomingVerifier* m_verifier;
    quint64 m_check = 0;     ///< the re-check running, 0 when none
    quint64 m_lastCheck = 0; ///< ids given to the verifier
    qint64 m_versionId = 0;  ///< the version the running re-check reads
};

} // namespace vanthu::gui
