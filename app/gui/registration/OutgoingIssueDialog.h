// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/RegistrationRequests.h"
#include "signing/pades/PadesSigner.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace vanthu::core
{
class Workspace;
}

namespace vanthu::signing
{
class AppearanceRenderer;
class SigningKey;
} // namespace vanthu::signing

namespace vanthu::gui
{

/** Opens a chosen key; runs on the issuing task's worker thread (a PIN is asked through the GUI thread). */
using KeyOpener = std::function<Result<std::shared_ptr<signing::SigningKey>>()>;

/** How the issuing dialog gets the agency's signature; supplied by the caller (certificate picker, PIN dialog). */
struct IssueSigning
{
    /**
     * Chooses the agency's certificate when the clerk presses Issue (on the GUI thread) and returns how to open its
     * key, which the issuing task does before the number is taken, so the PIN is asked while nothing is locked. An
     * error with ErrorCode::Cancelled stops quietly; another error is shown.
     */
    std::function<Result<KeyOpener>(QWidget* parent)> chooseKey;
    QByteArray sealImage;         ///< PNG of the seal; empty: the clerk picks an image file in the dialog
    signing::SignRequest request; ///< digest, timestamper, reason, location
};

/**
 * Issues an outgoing document (NĐ30 Điều 15–16): the clerk chooses series, type and the register's columns (subject,
 * drafting unit, signer, recipients, copy holder, copies) and attaches the PDF the leader signed with prepared
 * issuing fields. Issue chooses the agency's certificate, then a worker thread (progress, Cancel) opens the key and
 * runs core::IssueService on a session of its own: the leader's signature is checked, and in one transaction the number
 * and date are filled into the prepared fields, the agency signature (seal) is added and the result is stored with
 * the register row. A failure anywhere rolls the number back (docs/decisions.md).
 * Ctrl+Return issues, Esc closes.
 */
class OutgoingIssueDialog final : public QDialog
{
    Q_OBJECT

public:
    OutgoingIssueDialog(core::Workspace& workspace, IssueSigning signing, QWidget* parent = nullptr);
    ~OutgoingIssueDialog() override;

    /** Shows the dialog modally, optionally on the leader-signed @p signedPdf; returns the issue's receipt. */
    static std::optional<core::RegistrationReceipt> run(QWidget* parent, core::Workspace& workspace,
                                                        IssueSigning signing, const QString& signedPdf = QString(),
                                                        const std::optional<core::DocumentRecord>& draft = {});

    void setSignedPdf(const QString& path);
    /** Issues @p draft, a document of the workspace the leader signed there: its fields fill the form. */
    void setDraft(const core::DocumentRecord& draft);
    /** Set after a successful issue. */
    [[nodiscard]] const std::optional<core::RegistrationReceipt>& receipt() const;

private:
    void buildForm();
    void validate();
    void issue();
    [[nodiscard]] core::OutgoingRequest request() const;

    core::Workspace& m_workspace;
    IssueSigning m_signing;
    std::optional<core::RegistrationReceipt> m_receipt;
    std::optional<core::DocumentId> m_draft;

    QComboBox* m_series = nullptr;
    QComboBox* m_type = nullptr;
    QCheckBox* m_legal = nullptr;
    QLineEdit* m_subject = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_signerPosition = nullptr;
    QLineEdit* m_signerName = nullptr;
    QPlainTextEdit* m_recipients = nullptr;
    QLineEdit* m_copyHolder = nullptr;
    QSpinBox* m_copies = nullptr;
    QLineEdit* m_pdf = nullptr;
    QLineEdit* m_seal = nullptr;
    QHash<QWidget*, QLabel*> m_messages;
    QLabel* m_numberPreview = nullptr;
    QLabel* m_formMessage = nullptr;
    QPushButton* m_issueButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace vanthu::gui
