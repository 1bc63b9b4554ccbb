// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/registration/OutgoingIssueDialog.h"
#include "core/domain/Document.h"
#include "signing/nd30/Nd30Signature.h"

#include <QDialog>

#include <functional>

namespace vanthu::core
{
struct DraftRequest;
}

class QLabel;
class QPushButton;
class QTableWidget;

namespace vanthu::core
{
class Workspace;
}

namespace vanthu::gui
{

/** How the leader's signature is made; supplied by the caller (certificate picker, PIN dialog, signing settings). */
struct LeaderSigning
{
    /** Chooses the leader's certificate on the GUI thread; the key is opened on the task's worker. */
    std::function<Result<KeyOpener>(QWidget* parent)> chooseKey;
    /** The leader's appearance (signature image, anchor, renderer, timestamper); empty image: not set up. */
    signing::Nd30SignJob job;
    Error setupError; ///< why the appearance cannot be made, when job has no image
};

/**
 * The outgoing documents waiting to be issued (drafts, and PDFs signed elsewhere): add a draft, let the leader sign
 * its current version in the workspace (core::DraftService, the signed PDF becomes the next version), and issue a
 * signed one (the Issue dialog on that document). Every read and write runs on a worker with a session of its own.
 */
class DraftsDialog final : public QDialog
{
    Q_OBJECT

public:
    /** @p issue opens the Issue dialog on a signed document; true when it was issued. */
    DraftsDialog(core::Workspace& workspace, LeaderSigning leaderSigning,
                 std::function<bool(QWidget*, const core::DocumentRecord&)> issue, QWidget* parent = nullptr);

    /** Reads the list again (on a worker). */
    void reload();
    /** Asks for a PDF and its fields and adds it as a draft. */
    void addDraft();
    /** Adds @p pdfPath with the fields of @p request as a draft (on a worker); true when it was added. */
    bool addDraftFile(const QString& pdfPath, core::DraftRequest request);
    [[nodiscard]] const QList<core::DocumentRecord>& documents() const
    {
        return m_documents;
    }
    /** Selects the row of document @p id. */
    void select(core::DocumentId id);
    [[nodiscard]] QString message() const;
    /** The leader signs the selected document's current version: certificate, PIN, then a worker signs it. */
    void signSelected();
    void issueSelected();

private:
    [[nodiscard]] const core::DocumentRecord* selected() const;
    void updateButtons();
    void showError(const Error& error, const QString& what);

    core::Workspace& m_workspace;
    LeaderSigning m_leaderSigning;
    std::function<bool(QWidget*, const core::DocumentRecord&)> m_issue;
    QList<core::DocumentRecord> m_documents;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_issueButton = nullptr;
};

} // namespace vanthu::gui
