// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/registration/PdfFirstPage.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace vanthu::gui
{
namespace
{

struct PdfFirstPageText
{
    Q_DECLARE_TR_FUNCTIONS(PdfFirstPageText)
};

} // namespace

PdfFirstPage readPdfFirstPage(const QString& path, int previewWidth)
{
    PdfFirstPage result;
    result.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = PdfFirstPageText::tr("Could not read the file: %1").arg(file.errorString());
        return result;
    }
    result.bytes = file.readAll();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(result.bytes);
    if (!document || document->isLocked() || document->numPages() < 1) {
        result.error = PdfFirstPageText::tr("This file is not a readable PDF.");
        return result;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const std::unique_ptr<Poppler::Page> page = document->page(0);
    if (!page) {
        result.error = PdfFirstPageText::tr("This file is not a readable PDF.");
        return result;
    }
    const double widthPoints = page->pageSizeF().width();
    const double dpi = widthPoints > 0 ? 72.0 * previewWidth / widthPoints : 36.0;
    result.preview = page->renderToImage(dpi, dpi);
    result.recognised = core::recogniseDocumentText(page->text(QRectF()));
    return result;
}

} // namespace vanthu::gui
