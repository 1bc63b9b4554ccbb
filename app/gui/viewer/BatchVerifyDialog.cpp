// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/viewer/BatchVerifyDialog.h"
#include "app/gui/viewer/SeverityColour.h"

#include "app/gui/DroppedFiles.h"
#include "app/gui/viewer/DocumentViewer.h"
#include "common/MappedFile.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vanthu::gui
{
namespace
{

/** The largest PDF the batch reads, as the command line's verify. */
constexpr qint64 MaxPdfBytes = 2000LL * 1024 * 1024;

enum Column
{
    FileColumn = 0,
    VerdictCol = BatchVerifyDialog::VerdictColumn,
    SignaturesColumn,
    FindingColumn,
};

} // namespace

BatchVerifyDialog::BatchVerifyDialog(const signing::ValidationOptions& options, const QStringList& files,
                                     QWidget* parent)
    : QDialog(parent), m_options(options)
{
    setObjectName(QStringLiteral("batchVerifyDialog"));
    setWindowTitle(tr("Verify many PDFs"));
    setAcceptDrops(true);
    resize(820, 560);
    auto* layout = new QVBoxLayout(this);

    auto* filesRow = new QHBoxLayout;
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("fileList"));
    m_files->setAccessibleName(tr("PDF files to verify"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* fileButtons = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add files…"), this);
    m_add->setObjectName(QStringLiteral("addFilesButton"));
    m_add->setAccessibleName(tr("Add files"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeFilesButton"));
    m_remove->setAccessibleName(tr("Remove the selected files"));
    fileButtons->addWidget(m_add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(fileButtons);
    auto* filesLabel = new QLabel(tr("PDF &files (add them or drop them here):"), this);
    filesLabel->setBuddy(m_files);
    layout->addWidget(filesLabel);
    layout->addLayout(filesRow, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Files verified"));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("resultList"));
    m_results->setAccessibleName(tr("Verification result per file"));
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({tr("File"), tr("Result"), tr("Signatures"), tr("Details")});
    m_results->header()->setSectionResizeMode(FindingColumn, QHeaderView::Stretch);
    m_results->setToolTip(tr("Double-click a file to open it in the viewer."));
    layout->addWidget(m_results, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    m_verify = buttons->addButton(tr("&Verify"), QDialogButtonBox::AcceptRole);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setAccessibleName(tr("Verify"));
    m_verify->setToolTip(tr("Verify every file (Ctrl+Return)"));
    m_verify->setDefault(true);
    m_cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setEnabled(false);
    m_close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setAutoDefault(false);
    layout->addWidget(buttons);

    auto* verifyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    auto* verifyShortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(verifyShortcut, &QShortcut::activated, this, &BatchVerifyDialog::startVerifying);
    connect(verifyShortcutEnter, &QShortcut::activated, this, &BatchVerifyDialog::startVerifying);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addFiles(QFileDialog::getOpenFileNames(this, tr("PDF files to verify"), QString(), tr("PDF files (*.pdf)")));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_files->selectedItems()); });
    connect(m_verify, &QPushButton::clicked, this, &BatchVerifyDialog::startVerifying);
    connect(m_cancelButton, &QPushButton::clicked, this, &BatchVerifyDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &BatchVerifyDialog::reject);
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item, int) { openRow(m_results->indexOfTopLevelItem(item)); });
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &BatchVerifyDialog::finished);
    addFiles(files);
}

BatchVerifyDialog::~BatchVerifyDialog()
{
    if (m_cancel) {
        *m_cancel = true;
    }
    m_watcher.waitForFinished();
}

void BatchVerifyDialog::run(QWidget* parent, const signing::ValidationOptions& options, const QStringList& files)
{
    BatchVerifyDialog dialog(options, files, parent);
    dialog.exec();
}

void BatchVerifyDialog::addFiles(const QStringList& files)
{
    for (const QString& file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (m_files->findItems(path, Qt::MatchExactly).isEmpty()) {
            m_files->addItem(path);
        }
    }
}

bool BatchVerifyDialog::isVerifying() const
{
    return m_watcher.isRunning();
}

void BatchVerifyDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (!isVerifying() && !droppedPdfFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void BatchVerifyDialog::dropEvent(QDropEvent* event)
{
    addFiles(droppedPdfFiles(event->mimeData()));
    event->acceptProposedAction();
}

void BatchVerifyDialog::setBusy(bool busy)
{
    m_files->setEnabled(!busy);
    m_add->setEnabled(!busy);
    m_remove->setEnabled(!busy);
    m_verify->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
}

BatchVerifyDialog::FileResult BatchVerifyDialog::verifyFile(const QString& path,
                                                            const signing::ValidationOptions& options)
{
    FileResult result;
    auto file = MappedFile::open(path, MaxPdfBytes);
    if (!file) {
        result.error = file.error();
        return result;
    }
    auto report = signing::validatePdf(file->bytes(), options);
    if (!report) {
        result.error = report.error();
        return result;
    }
    if (options.cancel != nullptr && options.cancel->load()) {
        result.error = Error{ErrorCode::Cancelled, tr("Not checked"), QStringLiteral("cancelled")};
        return result;
    }
    result.ok = true;
    result.verdict = report->verdict;
    result.severity = signing::reportSeverity(*report);
    result.signatures = int(report->signatures.size());
    for (const signing::SignatureReport& signature : std::as_const(report->signatures)) {
        if (!signature.findings.isEmpty()) {
            result.firstFinding = signature.findings.first().message;
            break;
        }
    }
    return result;
}

void BatchVerifyDialog::startVerifying()
{
    if (isVerifying()) {
        return;
    }
    QStringList files;
    for (int row = 0; row < m_files->count(); ++row) {
        files << m_files->item(row)->text();
    }
    if (files.isEmpty()) {
        m_status->setText(tr("Add the PDF files to verify."));
        return;
    }
    m_paths = files;
    m_checked = 0;
    m_results->clear();
    for (const QString& file : files) {
        auto* item = new QTreeWidgetItem(m_results, {QFileInfo(file).fileName(), tr("Waiting")});
        item->setToolTip(FileColumn, QDir::toNativeSeparators(file));
    }
    m_progress->setRange(0, int(files.size()));
    m_progress->setValue(0);
    setBusy(true);
    m_status->setText(tr("Verifying…"));
    m_cancel = std::make_shared<std::atomic_bool>(false);

    // The dialog outlives the run (its destructor waits for it); queued calls die with it.
    signing::ValidationOptions options = m_options;
    options.cancel = m_cancel.get();
    m_watcher.setFuture(QtConcurrent::run([this, files, options, cancel = m_cancel] {
        for (int row = 0; row < files.size(); ++row) {
            if (*cancel) {
                break;
            }
            const FileResult result = verifyFile(files[row], options);
            if (!result.ok && result.error.code == ErrorCode::Cancelled) {
                break; // the file was not checked to the end: its row says so, as the rows after it
            }
            QMetaObject::invokeMethod(
                this, [this, row, result] { fileDone(row, result); }, Qt::QueuedConnection);
        }
    }));
}

void BatchVerifyDialog::fileDone(int row, const FileResult& result)
{
    QTreeWidgetItem* item = m_results->topLevelItem(row);
    if (item == nullptr) {
        return;
    }
    const signing::Severity severity = result.ok ? result.severity : signing::Severity::Red;
    if (result.ok) {
        item->setText(VerdictCol, signing::verdictTitle(result.verdict));
        item->setToolTip(VerdictCol, signing::verdictExplanation(result.verdict));
        item->setText(SignaturesColumn, QString::number(result.signatures));
        item->setText(FindingColumn, result.firstFinding);
        item->setToolTip(FindingColumn, result.firstFinding);
    } else {
        item->setText(VerdictCol, tr("Cannot be read"));
        item->setText(FindingColumn, result.error.message);
        item->setToolTip(FindingColumn, result.error.detail.isEmpty()
                                            ? result.error.message
                                            : result.error.message + QLatin1Char('\n') + result.error.detail);
    }
    item->setForeground(VerdictCol, severityTextColour(severity));
    item->setData(VerdictCol, Qt::UserRole, int(severity));
    ++m_checked;
    m_progress->setValue(m_checked);
    m_results->scrollToItem(item);
}

void BatchVerifyDialog::finished()
{
    setBusy(false);
    for (int row = 0; row < m_results->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_results->topLevelItem(row);
        if (item->data(VerdictCol, Qt::UserRole).isNull()) {
            item->setText(VerdictCol, tr("Not checked"));
        }
    }
    const bool stopped = m_cancel && *m_cancel;
    m_status->setText(stopped ? tr("Stopped: %1 of %2 files checked.").arg(m_checked).arg(m_paths.size())
                              : tr("Done: %1 files checked.").arg(m_checked));
    Q_EMIT batchFinished(m_checked);
}

void BatchVerifyDialog::cancel()
{
    if (isVerifying() && m_cancel) {
        *m_cancel = true;
        m_cancelButton->setEnabled(false);
        m_status->setText(tr("Stopping…"));
    }
}

void BatchVerifyDialog::reject()
{
    if (isVerifying()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void BatchVerifyDialog::closeEvent(QCloseEvent* event)
{
    if (isVerifying()) {
        cancel();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void BatchVerifyDialog::openRow(int row)
{
    if (row < 0 || row >= m_paths.size()) {
        return;
    }
    auto* viewer = new DocumentViewer;
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setValidationOptions(m_options);
    viewer->show();
    viewer->openFile(m_paths[row]);
}

} // namespace vanthu::gui
