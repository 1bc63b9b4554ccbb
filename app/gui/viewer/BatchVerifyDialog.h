// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "signing/verify/ReportText.h"
#include "signing/verify/Validation.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace vanthu::gui
{

/**
 * Verifies many PDFs at once (issue 5): a file list (the "Add files…" button or PDFs dropped on the dialog), Verify
 * (Ctrl+Return), a progress bar counting files and Cancel. A worker thread reads and validates file after file with
 * signing::validatePdf(); Cancel sets the validation's cancel token, so the file being checked stops too (its row
 * says "Not checked", like the files after it). Each file gets one row: its name, the verdict in words and in its
 * colour (ReportText.h), the number of signatures and the first finding; a file that cannot be read gets a red row
 * with the error. Double-clicking a row opens the file in a DocumentViewer window with the same options.
 *
 * The ValidationOptions come from the caller. The main window passes verificationOptions(): the workspace's trust
 * anchors, and online unless the workspace works offline. An offline batch can no longer show green (issue 12: what
 * was not checked is never shown as checked), so the batch asks the revocation services itself, each request
 * bounded by revocationTimeoutSeconds, and Cancel stops a batch that waits on the network. A workspace that works
 * offline gets yellow "revocation not yet checked" rows.
 */
class BatchVerifyDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BatchVerifyDialog(const signing::ValidationOptions& options, const QStringList& files = {},
                               QWidget* parent = nullptr);
    ~BatchVerifyDialog() override;

    /** Shows the dialog (modal) for @p files, validated with @p options. */
    static void run(QWidget* parent, const signing::ValidationOptions& options, const QStringList& files = {});

    void addFiles(const QStringList& files);
    [[nodiscard]] bool isVerifying() const;

    /** Test and accessibility hooks. */
    [[nodiscard]] QTreeWidget* resultList() const
    {
        return m_results;
    }
    [[nodiscard]] QProgressBar* progressBar() const
    {
        return m_progress;
    }
    [[nodiscard]] QPushButton* verifyButton() const
    {
        return m_verify;
    }
    [[nodiscard]] QPushButton* cancelButton() const
    {
        return m_cancelButton;
    }

    /** The column holding a row's Severity (as int, Qt::UserRole), set once the file was checked. */
    static constexpr int VerdictColumn = 1;

public Q_SLOTS:
    void startVerifying();
    /** Stops the batch, the file being checked included. */
    void cancel();
    /** While verifying: cancel. Otherwise: close. */
    void reject() override;

Q_SIGNALS:
    void batchFinished(int checkedCount);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct FileResult
    {
        bool ok = false;
        Error error;
        signing::Verdict verdict = signing::Verdict::NoSignature;
        signing::Severity severity = signing::Severity::Red;
        int signatures = 0;
        QString firstFinding;
    };

    static FileResult verifyFile(const QString& path, const signing::ValidationOptions& options);
    void fileDone(int row, const FileResult& result);
    void finished();
    void setBusy(bool busy);
    void openRow(int row);

    signing::ValidationOptions m_options;
    QListWidget* m_files = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QProgressBar* m_progress = nullptr;
    QTreeWidget* m_results = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_close = nullptr;
    QStringList m_paths; ///< the files of the rows of m_results
    int m_checked = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<void> m_watcher;
};

} // namespace vanthu::gui
