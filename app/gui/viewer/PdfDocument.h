// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

namespace Poppler
{
class Document;
}

namespace vanthu::gui
{

/** Where a signature field's widget sits: its page (0-based) and its box, normalised to the page (0..1, top left). */
struct SignatureWidgetPlace
{
    QString field; ///< fully qualified name, as the validator's SignatureReport::field
    int page = -1;
    QRectF rect;
};

/**
 * One PDF opened by poppler-qt6 for showing: the bytes it was read from (the same bytes the validator checks), the
 * page sizes, and thread-safe rendering and text search. Poppler is not made for concurrent use of one document, so
 * every call into it holds the document's mutex; callers on worker threads share the object through a shared_ptr, so
 * it outlives the view that asked. Every PDF is treated as hostile: a file poppler cannot read is an Error, never a
 * crash of ours.
 */
class PdfDocument final
{
    Q_DECLARE_TR_FUNCTIONS(vanthu::gui::PdfDocument)

public:
    /** A PDF larger than this is refused before anything is read (QByteArray's own limit is 2 GiB). */
    static constexpr qint64 MaxBytes = qint64(1) << 30;

    /**
     * The contents of @p path, read once so that the pages shown and the signatures checked are the same bytes.
     * Errors: NotFound, Io, InvalidInput (larger than MaxBytes). Runs on any thread.
     */
    [[nodiscard]] static Result<QByteArray> readFile(const QString& path);
    /**
     * Opens @p bytes (shared, not copied). Errors: InvalidInput (too large, not a PDF poppler can read, no pages),
     * Unsupported (encrypted with a password). Runs on any thread.
     */
    [[nodiscard]] static Result<std::shared_ptr<PdfDocument>> open(const QByteArray& bytes);

    ~PdfDocument();
    Q_DISABLE_COPY_MOVE(PdfDocument)

    [[nodiscard]] const QByteArray& bytes() const
    {
        return m_bytes;
    }
    [[nodiscard]] int pageCount() const
    {
        return static_cast<int>(m_pageSizes.size());
    }
    /** True when page @p page is shown turned (/Rotate 90, 180 or 270). */
    [[nodiscard]] bool isRotated(int page) const
    {
        return page >= 0 && page < m_pageTurned.size() && m_pageTurned.at(page);
    }
    /** Size of page @p page in points (rotation applied); an empty size for an index out of range. */
    [[nodiscard]] QSizeF pageSize(int page) const;

    /**
     * Page @p page at @p pixelsPerPoint with antialiasing, annotations and form widgets' appearances (signature
     * appearances included). A null image when poppler fails. Thread-safe.
     */
    [[nodiscard]] QImage render(int page, double pixelsPerPoint) const;

    /**
     * Where @p text occurs on page @p page, in points from the top left, one rectangle per occurrence; case and
     * diacritics ignored, "d" finds "đ" ("doc lap" finds "Độc lập"), runs of spaces count as one.
     */
    [[nodiscard]] QList<QRectF> search(int page, const QString& text) const;

    /** The signed signature fields' widgets of every page, in page order. Thread-safe; reads every page. */
    [[nodiscard]] QList<SignatureWidgetPlace> signatureWidgets() const;

private:
    PdfDocument(QByteArray bytes, std::unique_ptr<Poppler::Document> document);

    mutable QMutex m_mutex;
    QByteArray m_bytes;
    std::unique_ptr<Poppler::Document> m_document;
    QList<QSizeF> m_pageSizes;
    QList<bool> m_pageTurned;
};

} // namespace vanthu::gui
