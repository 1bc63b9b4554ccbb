// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/viewer/PdfPrinting.h"

#include "app/gui/viewer/PdfDocument.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>

#include <algorithm>

namespace vanthu::gui
{
namespace
{

struct PdfPrintingText
{
    Q_DECLARE_TR_FUNCTIONS(PdfPrintingText)
};

// Sharper than any office printer's text needs, and a landscape A4 page stays under 40 MB of pixels.
constexpr double MaxDotsPerInch = 300.0;

} // namespace

void matchPageOrientation(const PdfDocument& document, QPrinter& printer)
{
    const QSizeF first = document.pageSize(0);
    printer.setPageOrientation(first.width() > first.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
}

Result<void> printPdf(const PdfDocument& document, QPrinter& printer,
                      const std::function<bool(int done, int total)>& progress)
{
    int first = 1;
    int last = document.pageCount();
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = std::max(1, printer.fromPage());
        last = std::min(last, printer.toPage() > 0 ? printer.toPage() : last);
    }
    if (first > last) {
        return Error{ErrorCode::InvalidInput, PdfPrintingText::tr("The pages asked for are not in the document."),
                     QStringLiteral("range %1-%2 of %3").arg(first).arg(last).arg(document.pageCount())};
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        return Error{ErrorCode::Io, PdfPrintingText::tr("The printer cannot be used. Check that it is connected."),
                     QStringLiteral("QPainter::begin on the printer failed")};
    }
    const double dotsPerInch = std::min<double>(printer.resolution(), MaxDotsPerInch);
    const int total = last - first + 1;
    for (int page = first; page <= last; ++page) {
        if (progress && !progress(page - first, total)) {
            printer.abort();
            return Error{ErrorCode::Cancelled, PdfPrintingText::tr("Printing was cancelled."),
                         QStringLiteral("cancelled")};
        }
        if (page > first && !printer.newPage()) {
            return Error{ErrorCode::Io, PdfPrintingText::tr("The printer stopped taking pages."),
                         QStringLiteral("QPrinter::newPage failed at page %1").arg(page)};
        }
        const QImage image = document.render(page - 1, dotsPerInch / 72.0);
        if (image.isNull()) {
            return Error{ErrorCode::Io, PdfPrintingText::tr("Page %1 cannot be drawn for printing.").arg(page),
                         QStringLiteral("render failed")};
        }
        // Scaled to the printable area, centred, proportions kept.
        const QRectF area = printer.pageLayout().paintRectPixels(printer.resolution());
        const QSizeF size = QSizeF(image.size()).scaled(area.size(), Qt::KeepAspectRatio);
        const QRectF target(QPointF((area.width() - size.width()) / 2, (area.height() - size.height()) / 2), size);
        painter.drawImage(target, image);
    }
    if (progress) {
        progress(total, total);
    }
    painter.end();
    return {};
}

Result<void> printWithProgress(QWidget* parent, const PdfDocument& document, QPrinter& printer)
{
    QProgressDialog progress(PdfPrintingText::tr("Printing…"), PdfPrintingText::tr("Cancel"), 0, document.pageCount(),
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    return printPdf(document, printer, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents(); // Cancel is read between pages
        return !progress.wasCanceled();
    });
}

void askAndPrint(QWidget* parent, const PdfDocument& document, QPrinter& printer, const QString& title)
{
    matchPageOrientation(document, printer);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setMinMax(1, document.pageCount());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (auto printed = printWithProgress(parent, document, printer);
        !printed && printed.error().code != ErrorCode::Cancelled) {
        QMessageBox::warning(parent, title, printed.error().message);
    }
}

} // namespace vanthu::gui
