// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/registration/PdfFirstPage.h"
#include "core/domain/RegistrationRequests.h"

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
 * Registers received PDFs in the incoming register (NĐ30 Điều 22): the clerk drops or picks one or many files; their
 * first pages are read and recognised on a worker thread (progress, Cancel); per file a form, pre-filled with what
 * the page says (marked for checking), validated as core validates it, with the duplicate warning core gives and
 * "Register anyway" with a reason. Register hands the file to core::IncomingService, then the next file comes up.
 * Ctrl+Return registers, Ctrl+O adds files, Esc closes.
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
        QString path;
        std::optional<PdfFirstPage> page;
        QHash<QString, QString> values; ///< form values by field object name
        QSet<QString> recognisedFields;
        std::optional<core::RegistrationReceipt> receipt;
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
    [[nodiscard]] core::IncomingRequest request() const;
    void registerCurrent(bool anyway);
    void refreshItem(int index);
    [[nodiscard]] QString value(const QString& name) const;

    core::Workspace& m_workspace;
    QList<Entry> m_entries;
    QList<core::RegistrationReceipt> m_receipts;
    int m_current = -1;
    bool m_loading = false;
    QStringList m_queued;
    int m_batchStart = 0;
    QFutureWatcher<PdfFirstPage> m_watcher;

    QListWidget* m_fileList = nullptr;
    QPushButton* m_addButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_recognisedNote = nullptr;
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
