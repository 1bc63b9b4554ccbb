// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/RegisterOutput.h"

#include "app/gui/viewer/PdfDocument.h"
#include "app/gui/viewer/PdfPrinting.h"
#include "common/AtomicFile.h"
#include "core/Workspace.h"
#include "core/export/RegisterExport.h"
#include "render/RegisterFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPrinter>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace vanthu::gui
{
namespace
{

struct RegisterOutputText
{
    Q_DECLARE_TR_FUNCTIONS(vanthu::gui::RegisterOutput)
};

/**
 * Encodes the register of @p selection in @p format off the GUI thread behind a progress dialog; @p done gets the
 * bytes unless the person cancelled. Errors are shown under @p title.
 */
void encodeOffThread(QWidget* parent, core::Workspace& workspace, const core::RegisterSelection& selection,
                     const QString& format, const QString& title, const QString& busyText,
                     const std::function<void(const QByteArray&)>& done)
{
    core::RegisterExportRequest request;
    request.selection = selection;
    auto table = core::RegisterExport(workspace).table(request);
    if (!table) {
        QMessageBox::warning(parent, title, table.error().message);
        return;
    }
    auto* progress = new QProgressDialog(busyText, RegisterOutputText::tr("Cancel"), 0, 0, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto* watcher = new QFutureWatcher<Result<QByteArray>>(parent);
    QObject::connect(watcher, &QFutureWatcher<Result<QByteArray>>::finished, parent,
                     [parent, watcher, progress, title, done] {
                         const bool cancelled = progress->wasCanceled();
                         progress->deleteLater();
                         watcher->deleteLater();
                         const Result<QByteArray> bytes = watcher->result();
                         if (cancelled) {
                             return;
                         }
                         if (!bytes) {
                             QMessageBox::warning(parent, title, bytes.error().message);
                             return;
                         }
                         done(*bytes);
                     });
    watcher->setFuture(
        QtConcurrent::run([table = std::move(*table), format] { return render::encodeRegister(table, format); }));
}

} // namespace

void RegisterOutput::exportToFile(QWidget* parent, core::Workspace& workspace, const core::RegisterSelection& selection,
                                  const std::function<void(const QString& path)>& written)
{
    const QString title = RegisterOutputText::tr("Export the register");
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QString(), RegisterOutputText::tr("Printed register (*.pdf);;CSV (*.csv);;Excel (*.xlsx)"));
    if (path.isEmpty()) {
        return;
    }
    const QString format = QFileInfo(path).suffix().toLower();
    if (!render::isRegisterFileFormat(format)) {
        QMessageBox::warning(parent, title, RegisterOutputText::tr("Name the file .pdf, .csv or .xlsx."));
        return;
    }
    encodeOffThread(parent, workspace, selection, format, title,
                    RegisterOutputText::tr("Writing %1…").arg(QFileInfo(path).fileName()),
                    [parent, title, path, written](const QByteArray& bytes) {
                        if (auto saved = writeFileAtomically(path, bytes); !saved) {
                            QMessageBox::warning(parent, title, saved.error().message);
                            return;
                        }
                        written(path);
                    });
}

void RegisterOutput::print(QWidget* parent, core::Workspace& workspace, const core::RegisterSelection& selection,
                           QPrinter& printer)
{
    const QString title = RegisterOutputText::tr("Print the register");
    encodeOffThread(parent, workspace, selection, QStringLiteral("pdf"), title,
                    RegisterOutputText::tr("Preparing the pages…"), [parent, title, &printer](const QByteArray& bytes) {
                        auto document = PdfDocument::open(bytes);
                        if (!document) {
                            QMessageBox::warning(parent, title, document.error().message);
                            return;
                        }
                        askAndPrint(parent, **document, printer, title);
                    });
}

} // namespace vanthu::gui
