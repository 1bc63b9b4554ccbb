// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/registration/IncomingVerifier.h"
#include "app/gui/registration/PdfFirstPage.h"
#include "core/domain/RegistrationRequests.h"
#include "signing/verify/Validation.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
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
 * What registering one received file hands on: core's request, and the verification of its signatures the clerk saw
 * in the form. Issue 13 stores the report with the document version; until then it goes no further than this.
 */
struct IncomingRegistration
{
    core::IncomingRequest request;
    /** Absent: the check was cancelled or could not run; its report says whether it was made online. */
    std::optional<signing::ValidationReport> verification;
};

/**
 * Registers received PDFs in the incoming register (NĐ30 Điều 22): the clerk drops or picks one or many files; their
 * first pages are read and recognised on a worker thread (progress, Cancel); per file a form, pre-filled with what
 * the page says (marked for checking), validated as core validates it, with the duplicate warning core gives and
 * "Register anyway" with a reason. Register hands the file to core::IncomingService, then the next file comes up.
 * Ctrl+Return registers, Ctrl+O adds files, Esc closes.
 *
 * Every file read is also verified (IncomingVerifier: online within 10 s unless the workspace works offline, off the
 * GUI thread, one file at a time, with a busy bar and Cancel); the verdict shows in the form in its colour, in one
 * line. Register waits for the verification of the file shown, so that the report that goes with the registration
 * (IncomingRegistration) is the one the clerk saw; Cancel ends that wait, and the file is registered unverified.
 */
class IncomingRegistrationDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit IncomingRegistrationDialog(core::Workspace& workspace, QWidget* parent = nullptr);
    ~IncomingRegistrationDialog() override;

    /** Shows the dialog modally on @p pdfs (empty: the clerk drops or picks them) and returns what was registered. */
    static QList<core::RegistrationReceipt> registerFiles(QWidget* parent, core::Workspace& workspace,
                                                          const QStringList& pdfs);

    /** Adds PDFs; their first pages are recognised on a worker thread. */
    void addFiles(const QStringList& paths);
    /** The registrations made so far, in order. */
    [[nodiscard]] const QList<core::RegistrationReceipt>& receipts() const;
    /** True while first pages are being read. */
    [[nodiscard]] bool isRecognising() const;
    /** Stops reading first pages; files not read yet leave the list. */
    void cancelRecognition();
    /** True while the signatures of some file are being checked or wait for their turn. */
    [[nodiscard]] bool isVerifying() const;
    /** Stops the check of the signatures of the file shown. */
    void cancelVerification();
    /** What Register would hand on for the file shown now. */
    [[nodiscard]] IncomingRegistration registration() const;

Q_SIGNALS:
    /** All files added so far have been read (or the reading was cancelled). */
    void recognitionFinished();
    void documentRegistered(const vanthu::core::RegistrationReceipt& receipt);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void reject() override;

private:
    struct Entry
    {
        quint64 id = 0; ///< stable while entries before it leave the list
        QString path;
        std::optional<PdfFirstPage> page;
        QHash<QString, QString> values; ///< form values by field object name
        QSet<QString> recognisedFields;
        std::optional<core::RegistrationReceipt> receipt;
        bool verified = false; ///< the check of its signatures has ended (with or without a report)
        IncomingVerification verification;
    };

    void buildForm();
    void pickFiles();
    void startRecognition();
    void recognised(int resultIndex);
    void recognitionDone();
    void showEntry(int index);
    void saveForm();
    void prefill(Entry& entry);
    void validate();
    void verificationFinished(quint64 id, const IncomingVerification& verification);
    void showVerification();
    [[nodiscard]] int indexOf(quint64 id) const;
    void registerCurrent(bool anyway);
    void refreshItem(int index);
    [[nodiscard]] QString value(const QString& name) const;

    core::Workspace& m_workspace;
    QList<Entry> m_entries;
    QList<core::RegistrationReceipt> m_receipts;
    int m_current = -1;
    bool m_loading = false;
    bool m_recognising = false;
    QStringList m_queued;
    int m_batchStart = 0;
    quint64 m_nextId = 1;
    QFutureWatcher<PdfFirstPage> m_watcher;
    IncomingVerifier* m_verifier = nullptr;

    QListWidget* m_fileList = nullptr;
    QPushButton* m_addButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_recognisedNote = nullptr;
    QLabel* m_verificationLabel = nullptr;
    QProgressBar* m_verificationProgress = nullptr;
    QPushButton* m_cancelVerification = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_urgency = nullptr;
    QList<QLineEdit*> m_textFields;
    QHash<QWidget*, QLabel*> m_messages;
    QLabel* m_formMessage = nullptr;
    QGroupBox* m_duplicatePanel = nullptr;
    QLabel* m_duplicateMessage = nullptr;
    QLineEdit* m_duplicateReason = nullptr;
    QPushButton* m_registerAnyway = nullptr;
    QPushButton* m_registerButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace vanthu::gui
