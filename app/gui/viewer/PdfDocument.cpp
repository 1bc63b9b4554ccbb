// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/viewer/PdfDocument.h"

#include "common/TextFold.h"

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>

#include <cmath>
#include <mutex>

namespace vanthu::gui
{

namespace
{

Q_LOGGING_CATEGORY(lcViewer, "vanthu.gui.viewer", QtWarningMsg)

/** A page is never drawn larger than this many pixels (a hostile /MediaBox must not allocate gigabytes). */
constexpr double MaxPixels = 64.0 * 1024 * 1024;

/** Poppler prints every syntax error of a damaged file to stderr; they belong in our log, at debug level. */
void popplerMessage(const QString& message, const QVariant&)
{
    qCDebug(lcViewer) << "poppler:" << message;
}

void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(popplerMessage, QVariant()); });
}

} // namespace

PdfDocument::PdfDocument(QByteArray bytes, std::unique_ptr<Poppler::Document> document)
    : m_bytes(std::move(bytes)), m_document(std::move(document))
{
    const int pages = m_document->numPages();
    m_pageSizes.reserve(pages);
    m_pageTurned.reserve(pages);
    for (int index = 0; index < pages; ++index) {
        const std::unique_ptr<Poppler::Page> page = m_document->page(index);
        m_pageSizes.append(page ? page->pageSizeF() : QSizeF());
        m_pageTurned.append(page && page->orientation() != Poppler::Page::Portrait);
    }
}

PdfDocument::~PdfDocument() = default;

Result<QByteArray> PdfDocument::readFile(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return Error{ErrorCode::NotFound, tr("The file %1 does not exist.").arg(QFileInfo(path).fileName()), path};
    }
    if (file.size() > MaxBytes) {
        return Error{ErrorCode::InvalidInput, tr("The file %1 is too large to show.").arg(QFileInfo(path).fileName()),
                     QString::number(file.size())};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, tr("The file %1 cannot be read.").arg(QFileInfo(path).fileName()),
                     file.errorString()};
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error{ErrorCode::Io, tr("The file %1 cannot be read.").arg(QFileInfo(path).fileName()),
                     file.errorString()};
    }
    return bytes;
}

Result<std::shared_ptr<PdfDocument>> PdfDocument::open(const QByteArray& bytes)
{
    routePopplerMessages();
    if (bytes.size() > MaxBytes) {
        return Error{ErrorCode::InvalidInput, tr("The document is too large to show."), QString::number(bytes.size())};
    }
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        return Error{ErrorCode::InvalidInput, tr("This file is not a PDF that can be shown, or it is damaged."),
                     QStringLiteral("poppler could not load the document")};
    }
    if (document->isLocked()) {
        return Error{ErrorCode::Unsupported, tr("This PDF is protected by a password and cannot be shown."),
                     QStringLiteral("locked")};
    }
    if (document->numPages() <= 0) {
        return Error{ErrorCode::InvalidInput, tr("This PDF has no pages."), QStringLiteral("no pages")};
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    // Signature appearances and annotations are the point of this viewer: never hidden (HideAnnotations off).
    document->setRenderHint(Poppler::Document::HideAnnotations, false);
    return std::shared_ptr<PdfDocument>(new PdfDocument(bytes, std::move(document)));
}

QSizeF PdfDocument::pageSize(int page) const
{
    return page >= 0 && page < m_pageSizes.size() ? m_pageSizes.at(page) : QSizeF();
}

QImage PdfDocument::render(int page, double pixelsPerPoint) const
{
    const QSizeF size = pageSize(page);
    if (size.isEmpty() || !(pixelsPerPoint > 0)) {
        return {};
    }
    const double pixels = size.width() * size.height() * pixelsPerPoint * pixelsPerPoint;
    if (pixels > MaxPixels) {
        pixelsPerPoint *= std::sqrt(MaxPixels / pixels);
    }
    const double dpi = 72.0 * pixelsPerPoint;
    QMutexLocker lock(&m_mutex);
    const std::unique_ptr<Poppler::Page> popplerPage = m_document->page(page);
    if (!popplerPage) {
        return {};
    }
    return popplerPage->renderToImage(dpi, dpi);
}

QList<QRectF> PdfDocument::search(int page, const QString& text) const
{
    // Folded like the registers' search (case, diacritics and đ ignored): poppler's own IgnoreDiacritics keeps "đ"
    // apart from "d", so "doc lap" would not find "Độc lập". Words are joined by one space, as they are read.
    const QString query = foldForSearch(text.simplified());
    if (query.isEmpty() || page < 0 || page >= pageCount()) {
        return {};
    }
    QString folded;
    QList<QRectF> boxes; // the box of each character of folded
    {
        QMutexLocker lock(&m_mutex);
        const std::unique_ptr<Poppler::Page> popplerPage = m_document->page(page);
        if (!popplerPage) {
            return {};
        }
        for (const std::unique_ptr<Poppler::TextBox>& word : popplerPage->textList()) {
            const QString wordText = word->text();
            for (int index = 0; index < wordText.size(); ++index) {
                const QString character = foldForSearch(wordText.mid(index, 1));
                folded += character;
                for (qsizetype count = 0; count < character.size(); ++count) {
                    boxes.append(word->charBoundingBox(index));
                }
            }
            if (word->hasSpaceAfter() || word->nextWord() == nullptr) {
                folded += QLatin1Char(' ');
                boxes.append(word->boundingBox());
            }
        }
    }
    QList<QRectF> hits;
    for (qsizetype at = folded.indexOf(query); at >= 0; at = folded.indexOf(query, at + query.size())) {
        // One rectangle per hit: the characters on the hit's first line (a hit across lines marks where it starts).
        QRectF hit = boxes.at(at);
        for (qsizetype index = at + 1; index < at + query.size(); ++index) {
            const QRectF& box = boxes.at(index);
            if (box.top() >= hit.bottom() || box.bottom() <= hit.top()) {
                break;
            }
            hit = hit.united(box);
        }
        hits.append(hit);
    }
    return hits;
}

QList<SignatureWidgetPlace> PdfDocument::signatureWidgets() const
{
    QList<SignatureWidgetPlace> places;
    for (int index = 0; index < pageCount(); ++index) {
        // One page at a time, so that drawing the pages in view waits for one page of this, not for all of it.
        QMutexLocker lock(&m_mutex);
        const std::unique_ptr<Poppler::Page> page = m_document->page(index);
        if (!page) {
            continue;
        }
        for (const std::unique_ptr<Poppler::FormField>& field : page->formFields()) {
            if (field && field->type() == Poppler::FormField::FormSignature) {
                places.append(SignatureWidgetPlace{field->fullyQualifiedName(), index, field->rect()});
            }
        }
    }
    return places;
}

} // namespace vanthu::gui
