// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/viewer/PageRenderer.h"
#include "app/gui/viewer/PdfDocument.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QImage>
#include <QList>
#include <QRect>
#include <QTimer>

#include <atomic>
#include <memory>

namespace vanthu::gui
{

/**
 * The pages of a PdfDocument one below the other, drawn by poppler with their annotations and signature appearances.
 * Only the pages in view (and one on either side) are drawn, off the GUI thread by a PageRenderer, and kept in a
 * cache bounded in bytes; a page not drawn yet at the current zoom shows its older drawing scaled, or white. Zoom is
 * relative to the screen's resolution (1.0 = 100 %); the view starts fitting the widest page to its width. Text search
 * runs off the GUI thread too and highlights every hit, the current one stronger.
 */
class PdfView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr double MinZoom = 0.1;
    static constexpr double MaxZoom = 8.0;

    explicit PdfView(QWidget* parent = nullptr);
    ~PdfView() override;
    Q_DISABLE_COPY_MOVE(PdfView)

    /** Shows @p document from its first page (null: nothing). Drops the search, the drawings and pending work. */
    void setDocument(std::shared_ptr<const PdfDocument> document);
    [[nodiscard]] const std::shared_ptr<const PdfDocument>& document() const
    {
        return m_document;
    }
    /** The view's renderer, which the thumbnails share (one worker for the document). */
    [[nodiscard]] PageRenderer* renderer() const
    {
        return m_renderer;
    }

    /** The zoom in effect (also while fitting the width). */
    [[nodiscard]] double zoom() const;
    [[nodiscard]] bool fitsWidth() const
    {
        return m_fitWidth;
    }
    /** Sets the zoom (clamped to MinZoom..MaxZoom) and stops fitting the width; the page at the top stays there. */
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    /** Fits the widest page to the view's width, now and when the view is resized. */
    void fitWidth();

    /** The page that fills the upper part of the view (0-based; 0 without a document). */
    [[nodiscard]] int currentPage() const
    {
        return m_currentPage;
    }
    void goToPage(int page);
    /** Scrolls @p normalisedRect (0..1 of page @p page, top left origin) into view and outlines it for a moment. */
    void showArea(int page, const QRectF& normalisedRect);

    /** Searches every page for @p text off the GUI thread, then searchFinished(); an empty text clears the hits. */
    void find(const QString& text);
    void findNext();
    void findPrevious();
    [[nodiscard]] int hitCount() const
    {
        return static_cast<int>(m_hits.size());
    }
    /** The current hit (0-based), -1 when there is none. */
    [[nodiscard]] int currentHit() const
    {
        return m_currentHit;
    }

    /** The newest drawing of @p page (any zoom), null when there is none yet. */
    [[nodiscard]] QImage pageImage(int page) const;
    /** True when @p page has been drawn at the current zoom. */
    [[nodiscard]] bool isDrawn(int page) const;
    /** Where @p page is, in viewport coordinates. */
    [[nodiscard]] QRect pageGeometry(int page) const;

Q_SIGNALS:
    void zoomChanged(double zoom);
    void currentPageChanged(int page);
    /** @p page was drawn at the current zoom and is on screen. */
    void pageDrawn(int page);
    void searchFinished(int hits);
    void currentHitChanged(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    struct Drawing
    {
        QImage image; ///< null when poppler could not draw the page
        double pixelsPerPoint = 0;
    };
    struct Hit
    {
        int page = 0;
        QRectF rect; ///< points from the page's top left
    };

    [[nodiscard]] double pixelsPerPoint() const;
    [[nodiscard]] double fitWidthZoom() const;
    void applyZoom(double zoom, bool fitWidth);
    /** zoomChanged() when the zoom in effect differs from the one last announced (fitting follows the width). */
    void announceZoom();
    void relayout();
    void updateCurrentPage();
    void scheduleRequests();
    void requestPages();
    void onPageRendered(int page, double pixelsPerPoint, PageRenderer::Priority priority, const QImage& image);
    void showHit(int index);
    /** @p rect in points on @p page, in content coordinates at the current zoom. */
    [[nodiscard]] QRectF contentRect(int page, const QRectF& rect) const;
    void ensureVisible(const QRectF& contentArea);
    [[nodiscard]] QPoint scrollOffset() const;

    std::shared_ptr<const PdfDocument> m_document;
    PageRenderer* m_renderer;
    QCache<int, Drawing> m_drawings;
    QList<QRect> m_pages; ///< content coordinates
    QSize m_contentSize;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    double m_announcedZoom = 0;
    int m_currentPage = 0;
    QTimer m_requestTimer;

    QList<Hit> m_hits;
    int m_currentHit = -1;
    quint64 m_searchGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_searchCancelled;

    int m_outlinedPage = -1;
    QRectF m_outlinedArea; ///< normalised
    QTimer m_outlineTimer;
};

} // namespace vanthu::gui
