// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace vanthu::gui
{

class CertificateField;
class DialogSecretPrompt;
class ErrorPanel;

/**
 * Signs many PDFs with one certificate and one PIN: a file list (buttons or drag and drop), the output folder, the
 * appearance; a worker thread opens the key once and signs file after file, each row showing "Signed" or the
 * file's error, the progress bar counting files. Cancel stops after the file being signed.
 */
class BatchSignDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BatchSignDialog(const QStringList& files = {}, QWidget* parent = nullptr);
    ~BatchSignDialog() override;

    /** Shows the dialog for @p files; returns the signed files' paths. */
    static QStringList run(QWidget* parent, const QStringList& files);

    void addFiles(const QStringList& files);
    void setOutputFolder(const QString& folder);
    [[nodiscard]] QStringList signedFiles() const
    {
        return m_signed;
    }
    [[nodiscard]] bool isSigning() const;

public Q_SLOTS:
    void startSigning();
    /** While signing: stop after the current file. Otherwise: close. */
    void reject() override;

Q_SIGNALS:
    void batchFinished(int signedCount, int failedCount);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void fileStarted(int row);
    void fileDone(int row, const QString& output, const Error& error);
    void finished();
    void setBusy(bool busy);

    QListWidget* m_files = nullptr;
    QLineEdit* m_folder = nullptr;
    CertificateField* m_certificate = nullptr;
    QComboBox* m_appearance = nullptr;
    QProgressBar* m_progress = nullptr;
    QTreeWidget* m_results = nullptr;
    QLabel* m_status = nullptr;
    ErrorPanel* m_error = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_close = nullptr;
    QList<QWidget*> m_inputs;
    QStringList m_signed;
    int m_failed = 0;
    std::unique_ptr<DialogSecretPrompt> m_prompt;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<std::optional<Error>> m_watcher;
};

} // namespace vanthu::gui
