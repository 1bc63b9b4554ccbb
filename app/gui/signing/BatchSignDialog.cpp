// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/signing/BatchSignDialog.h"

#include "app/gui/DroppedFiles.h"
#include "app/gui/signing/PinDialog.h"
#include "app/gui/signing/SigningSettings.h"
#include "app/gui/signing/SigningWidgets.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vanthu::gui
{
BatchSignDialog::BatchSignDialog(const QStringList& files, QWidget* parent)
    : QDialog(parent), m_prompt(std::make_unique<DialogSecretPrompt>(this))
{
    setObjectName(QStringLiteral("batchSignDialog"));
    setWindowTitle(tr("Sign several documents"));
    setAcceptDrops(true);
    resize(760, 560);
    auto* layout = new QVBoxLayout(this);

    auto* filesRow = new QHBoxLayout;
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("fileList"));
    m_files->setAccessibleName(tr("Documents to sign"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* fileButtons = new QVBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addFilesButton"));
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeFilesButton"));
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    fileButtons->addStretch();
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(fileButtons);
    layout->addWidget(new QLabel(tr("Documents (add them or drop PDF files here):"), this));
    layout->addLayout(filesRow, 1);

    auto* form = new QFormLayout;
    auto* folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("outputFolderEdit"));
    m_folder->setAccessibleName(tr("Folder for the signed files"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* folderLabel = new QLabel(tr("Save &into:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_certificate = new CertificateField(this);
    form->addRow(tr("Certificate:"), m_certificate);
    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    fillAppearanceCombo(m_appearance, SigningSettings::load().appearance);
    form->addRow(tr("A&ppearance:"), m_appearance);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("resultList"));
    m_results->setAccessibleName(tr("Result per document"));
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({tr("Document"), tr("Result")});
    m_results->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_results, 1);
    const SigningFooter footer = addSigningFooter(this, layout, tr("&Sign all"), tr("Close"));
    m_status = footer.status;
    m_error = footer.error;
    m_sign = footer.sign;
    m_close = footer.close;

    m_inputs = {m_files, add, remove, m_folder, browse, m_certificate, m_appearance};
    setTabOrder(m_files, add);
    setTabOrder(add, remove);
    setTabOrder(remove, m_folder);
    setTabOrder(m_folder, browse);
    setTabOrder(browse, m_certificate->button());
    setTabOrder(m_certificate->button(), m_appearance);
    setTabOrder(m_appearance, m_results);
    setTabOrder(m_results, m_sign);
    setTabOrder(m_sign, m_close);

    connect(add, &QPushButton::clicked, this, [this] {
        addFiles(QFileDialog::getOpenFileNames(this, tr("Documents to sign"), QString(), tr("PDF (*.pdf)")));
    });
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_files->selectedItems()); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Folder for the signed files"), m_folder->text());
        if (!folder.isEmpty()) {
            m_folder->setText(folder);
        }
    });
    connect(m_sign, &QPushButton::clicked, this, &BatchSignDialog::startSigning);
    connect(m_close, &QPushButton::clicked, this, &BatchSignDialog::reject);
    connect(&m_watcher, &QFutureWatcher<std::optional<Error>>::finished, this, &BatchSignDialog::finished);
    addFiles(files);
}

BatchSignDialog::~BatchSignDialog()
{
    if (m_cancel) {
        *m_cancel = true;
    }
    m_watcher.waitForFinished();
}

QStringList BatchSignDialog::run(QWidget* parent, const QStringList& files)
{
    BatchSignDialog dialog(files, parent);
    dialog.exec();
    return dialog.signedFiles();
}

void BatchSignDialog::addFiles(const QStringList& files)
{
    for (const QString& file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (m_files->findItems(path, Qt::MatchExactly).isEmpty()) {
            m_files->addItem(path);
        }
    }
    if (m_folder->text().isEmpty() && m_files->count() > 0) {
        m_folder->setText(QFileInfo(m_files->item(0)->text()).absolutePath());
    }
}

void BatchSignDialog::setOutputFolder(const QString& folder)
{
    m_folder->setText(folder);
}

bool BatchSignDialog::isSigning() const
{
    return m_watcher.isRunning();
}

void BatchSignDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (!isSigning() && !droppedPdfFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void BatchSignDialog::dropEvent(QDropEvent* event)
{
    addFiles(droppedPdfFiles(event->mimeData()));
    event->acceptProposedAction();
}

void BatchSignDialog::setBusy(bool busy)
{
    for (QWidget* input : std::as_const(m_inputs)) {
        input->setEnabled(!busy);
    }
    m_sign->setEnabled(!busy);
    m_close->setText(busy ? tr("Cancel") : tr("Close"));
    m_close->setEnabled(true);
}

void BatchSignDialog::startSigning()
{
    if (isSigning()) {
        return;
    }
    m_error->clear();
    m_status->clear();
    QStringList files;
    for (int row = 0; row < m_files->count(); ++row) {
        files << m_files->item(row)->text();
    }
    const QString folder = m_folder->text().trimmed();
    if (files.isEmpty()) {
        m_error->showError(Error{ErrorCode::InvalidInput, tr("Add the documents to sign."), QString()});
        return;
    }
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        m_error->showError(
            Error{ErrorCode::InvalidInput, tr("Choose an existing folder for the signed files."), QString()});
        return;
    }
    if (!m_certificate->choice().isSet() && !m_certificate->choose()) {
        return;
    }
    signing::FileSignJob job;
    if (auto prepared = SigningSettings::load().prepare(job, selectedAppearance(m_appearance)); !prepared) {
        m_error->showError(prepared.error());
        return;
    }

    m_signed.clear();
    m_failed = 0;
    m_results->clear();
    for (const QString& file : files) {
        new QTreeWidgetItem(m_results, {QFileInfo(file).fileName(), tr("Waiting")});
    }
    m_progress->setRange(0, int(files.size()));
    m_progress->setValue(0);
    setBusy(true);
    m_status->setText(tr("Opening the key…"));
    m_cancel = std::make_shared<std::atomic_bool>(false);

    const CertificateChoice choice = m_certificate->choice();
    DialogSecretPrompt* prompt = m_prompt.get();
    // The dialog outlives the run (its destructor waits for it); queued calls die with it.
    m_watcher.setFuture(QtConcurrent::run([this, choice, job, prompt, files, folder, cancel = m_cancel]() mutable {
        auto key = openSigningKey(choice, *prompt); // one PIN for the whole batch
        if (!key) {
            return std::optional<Error>(key.error());
        }
        for (int row = 0; row < files.size(); ++row) {
            if (*cancel) {
                break;
            }
            QMetaObject::invokeMethod(
                this, [this, row] { fileStarted(row); }, Qt::QueuedConnection);
            job.inputPath = files[row];
            job.outputPath = signedFileName(files[row], folder);
            job.request.signingTime = QDateTime();
            auto signedFile = signing::signFile(job, **key);
            const QString output = signedFile ? signedFile->outputPath : QString();
            const Error error = signedFile ? Error{} : signedFile.error();
            QMetaObject::invokeMethod(
                this, [this, row, output, error] { fileDone(row, output, error); }, Qt::QueuedConnection);
        }
        return std::optional<Error>();
    }));
}

void BatchSignDialog::fileStarted(int row)
{
    if (QTreeWidgetItem* item = m_results->topLevelItem(row)) {
        item->setText(1, tr("Signing…"));
        m_results->scrollToItem(item);
    }
    m_status->setText(tr("Signing %1 of %2…").arg(row + 1).arg(m_results->topLevelItemCount()));
}

void BatchSignDialog::fileDone(int row, const QString& output, const Error& error)
{
    QTreeWidgetItem* item = m_results->topLevelItem(row);
    if (item == nullptr) {
        return;
    }
    if (output.isEmpty()) {
        ++m_failed;
        item->setText(1, tr("Error: %1").arg(error.message));
        item->setToolTip(1, error.detail.isEmpty() ? error.message : error.message + QLatin1Char('\n') + error.detail);
        item->setForeground(1, QColor(0xb0, 0, 0x20));
        item->setData(1, Qt::UserRole, QStringLiteral("error"));
    } else {
        m_signed << output;
        item->setText(1, tr("Signed: %1").arg(QDir::toNativeSeparators(output)));
        item->setData(1, Qt::UserRole, QStringLiteral("signed"));
    }
    m_progress->setValue(m_progress->value() + 1);
}

void BatchSignDialog::finished()
{
    const std::optional<Error> keyError = m_watcher.result();
    setBusy(false);
    for (int row = 0; row < m_results->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_results->topLevelItem(row);
        if (item->data(1, Qt::UserRole).isNull()) {
            item->setText(1, tr("Not signed"));
        }
    }
    if (keyError) {
        m_status->setText(tr("Nothing was signed."));
        if (keyError->code != ErrorCode::Cancelled) {
            m_error->showError(*keyError);
        }
    } else {
        m_status->setText(*m_cancel ? tr("Stopped: %1 signed, %2 failed.").arg(m_signed.size()).arg(m_failed)
                                    : tr("Done: %1 signed, %2 failed.").arg(m_signed.size()).arg(m_failed));
    }
    Q_EMIT batchFinished(int(m_signed.size()), m_failed);
}

void BatchSignDialog::reject()
{
    if (isSigning()) {
        *m_cancel = true;
        m_close->setEnabled(false);
        m_status->setText(tr("Stopping after the current document…"));
        return;
    }
    QDialog::reject();
}

void BatchSignDialog::closeEvent(QCloseEvent* event)
{
    if (isSigning()) {
        reject();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace vanthu::gui
