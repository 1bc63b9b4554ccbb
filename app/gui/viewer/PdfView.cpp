// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/viewer/PdfView.h"

#include <QFuture>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <cmath>

namespace vanthu::gui
{

namespace
{

constexpr int Margin = 10;
constexpr int Spacing = 10;
/** Drawings kept, in KiB: about twenty A4 pages at 200 % on a 2x screen, or the few in view at any zoom. */
constexpr int CacheKibibytes = 320 * 1024;
constexpr std::array<double, 17> ZoomSteps{0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25,
                                           1.5,  1.75, 2.0, 2.5,  3.0,  4.0, 6.0, 8.0};
constexpr int OutlineMilliseconds = 2500;

int imageKibibytes(const QImage& image)
{
    return std::max(1, static_cast<int>(image.sizeInBytes() / 1024));
}

} // namespace

PdfView::PdfView(QWidget* parent)
    : QAbstractScrollArea(parent), m_renderer(new PageRenderer(this)), m_drawings(CacheKibibytes)
{
    setObjectName(QStringLiteral("pdfView"));
    setAccessibleName(tr("Document pages"));
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setSingleStep(24);
    horizontalScrollBar()->setSingleStep(24);
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &PdfView::requestPages);
    m_outlineTimer.setSingleShot(true);
    m_outlineTimer.setInterval(OutlineMilliseconds);
    connect(&m_outlineTimer, &QTimer::timeout, this, [this] {
        m_outlinedPage = -1;
        viewport()->update();
    });
    connect(m_renderer, &PageRenderer::pageRendered, this, &PdfView::onPageRendered);
}

PdfView::~PdfView()
{
    if (m_searchCancelled) {
        *m_searchCancelled = true;
    }
}

void PdfView::setDocument(std::shared_ptr<const PdfDocument> document)
{
    if (m_searchCancelled) {
        *m_searchCancelled = true;
    }
    ++m_searchGeneration;
    m_hits.clear();
    m_currentHit = -1;
    m_outlinedPage = -1;
    m_drawings.clear();
    m_document = std::move(document);
    m_renderer->setDocument(m_document);
    m_currentPage = 0;
    relayout();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(horizontalScrollBar()->maximum() / 2);
    viewport()->update();
    scheduleRequests();
    Q_EMIT currentPageChanged(0);
    announceZoom();
}

void PdfView::announceZoom()
{
    const double now = zoom();
    if (now != m_announcedZoom) {
        m_announcedZoom = now;
        Q_EMIT zoomChanged(now);
    }
}

double PdfView::zoom() const
{
    return m_fitWidth ? fitWidthZoom() : m_zoom;
}

double PdfView::fitWidthZoom() const
{
    double widest = 0;
    if (m_document) {
        for (int page = 0; page < m_document->pageCount(); ++page) {
            widest = std::max(widest, m_document->pageSize(page).width());
        }
    }
    if (widest <= 0) {
        return 1.0;
    }
    const double available = std::max(50, viewport()->width() - 2 * Margin);
    return std::clamp(available / (widest * logicalDpiX() / 72.0), MinZoom, MaxZoom);
}

double PdfView::pixelsPerPoint() const
{
    return zoom() * logicalDpiX() / 72.0;
}

void PdfView::setZoom(double zoom)
{
    applyZoom(std::clamp(zoom, MinZoom, MaxZoom), false);
}

void PdfView::zoomIn()
{
    const double current = zoom();
    const auto step =
        std::find_if(ZoomSteps.begin(), ZoomSteps.end(), [current](double s) { return s > current * 1.01; });
    setZoom(step == ZoomSteps.end() ? MaxZoom : *step);
}

void PdfView::zoomOut()
{
    const double current = zoom();
    const auto step =
        std::find_if(ZoomSteps.rbegin(), ZoomSteps.rend(), [current](double s) { return s < current / 1.01; });
    setZoom(step == ZoomSteps.rend() ? MinZoom : *step);
}

void PdfView::fitWidth()
{
    applyZoom(m_zoom, true);
}

void PdfView::applyZoom(double zoom, bool fitWidth)
{
    // Keep the point at the top of the view where it is: the same page, the same share of its height.
    const int page = m_currentPage;
    double share = 0;
    if (page < m_pages.size() && m_pages.at(page).height() > 0) {
        share = double(verticalScrollBar()->value() - m_pages.at(page).top()) / m_pages.at(page).height();
    }
    m_zoom = zoom;
    m_fitWidth = fitWidth;
    relayout();
    if (page < m_pages.size()) {
        verticalScrollBar()->setValue(m_pages.at(page).top() + qRound(share * m_pages.at(page).height()));
    }
    viewport()->update();
    scheduleRequests();
    announceZoom();
}

void PdfView::relayout()
{
    m_pages.clear();
    m_contentSize = QSize();
    if (!m_document) {
        verticalScrollBar()->setRange(0, 0);
        horizontalScrollBar()->setRange(0, 0);
        return;
    }
    const double scale = pixelsPerPoint();
    int widest = 0;
    for (int page = 0; page < m_document->pageCount(); ++page) {
        widest = std::max(widest, qRound(m_document->pageSize(page).width() * scale));
    }
    const int contentWidth = std::max(widest + 2 * Margin, viewport()->width());
    int y = Margin;
    m_pages.reserve(m_document->pageCount());
    for (int page = 0; page < m_document->pageCount(); ++page) {
        const QSizeF points = m_document->pageSize(page);
        const QSize pixels(std::max(1, qRound(points.width() * scale)), std::max(1, qRound(points.height() * scale)));
        m_pages.append(QRect(QPoint((contentWidth - pixels.width()) / 2, y), pixels));
        y += pixels.height() + Spacing;
    }
    m_contentSize = QSize(contentWidth, y - Spacing + Margin);
    verticalScrollBar()->setRange(0, std::max(0, m_contentSize.height() - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setRange(0, std::max(0, m_contentSize.width() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

QPoint PdfView::scrollOffset() const
{
    return QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

void PdfView::updateCurrentPage()
{
    const int probe = verticalScrollBar()->value() + viewport()->height() / 3;
    const auto found = std::lower_bound(m_pages.begin(), m_pages.end(), probe,
                                        [](const QRect& page, int y) { return page.bottom() + Spacing < y; });
    const int page = found == m_pages.end() ? std::max(0, static_cast<int>(m_pages.size()) - 1)
                                            : static_cast<int>(found - m_pages.begin());
    if (page != m_currentPage) {
        m_currentPage = page;
        Q_EMIT currentPageChanged(page);
    }
}

void PdfView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitWidth) {
        applyZoom(m_zoom, true);
    } else {
        relayout();
        scheduleRequests();
    }
}

void PdfView::scrollContentsBy(int, int)
{
    updateCurrentPage();
    viewport()->update();
    scheduleRequests();
}

void PdfView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0) {
            zoomIn();
        } else if (event->angleDelta().y() < 0) {
            zoomOut();
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfView::scheduleRequests()
{
    m_requestTimer.start();
}

void PdfView::requestPages()
{
    m_renderer->dropRequests(PageRenderer::Priority::Visible);
    m_renderer->dropRequests(PageRenderer::Priority::Nearby);
    if (!m_document || m_pages.isEmpty()) {
        return;
    }
    const double scale = pixelsPerPoint() * devicePixelRatioF();
    const QRect visible(scrollOffset(), viewport()->size());
    int first = -1;
    int last = -1;
    for (int page = 0; page < m_pages.size(); ++page) {
        if (m_pages.at(page).intersects(visible)) {
            first = first < 0 ? page : first;
            last = page;
        } else if (first >= 0) {
            break;
        }
    }
    if (first < 0) {
        return;
    }
    const auto wants = [&](int page) {
        const Drawing* drawing = m_drawings.object(page);
        return drawing == nullptr || drawing->pixelsPerPoint != scale;
    };
    for (int page = first; page <= last; ++page) {
        if (wants(page)) {
            m_renderer->request(page, scale, PageRenderer::Priority::Visible);
        }
    }
    for (const int page : {last + 1, first - 1}) {
        if (page >= 0 && page < m_pages.size() && wants(page)) {
            m_renderer->request(page, scale, PageRenderer::Priority::Nearby);
        }
    }
}

void PdfView::onPageRendered(int page, double scale, PageRenderer::Priority priority, const QImage& image)
{
    if (priority == PageRenderer::Priority::Thumbnail) {
        return;
    }
    auto* drawing = new Drawing{image, scale};
    drawing->image.setDevicePixelRatio(devicePixelRatioF());
    m_drawings.insert(page, drawing, imageKibibytes(image));
    if (page < m_pages.size()) {
        viewport()->update(m_pages.at(page).translated(-scrollOffset()));
    }
    if (scale == pixelsPerPoint() * devicePixelRatioF()) {
        Q_EMIT pageDrawn(page);
    }
}

void PdfView::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Dark));
    if (!m_document) {
        return;
    }
    const QPoint offset = scrollOffset();
    const QRect visible = event->rect().translated(offset);
    painter.translate(-offset);
    for (int page = 0; page < m_pages.size(); ++page) {
        const QRect area = m_pages.at(page);
        if (!area.intersects(visible)) {
            if (area.top() > visible.bottom()) {
                break;
            }
            continue;
        }
        painter.fillRect(area.translated(2, 2), QColor(0, 0, 0, 60));
        painter.fillRect(area, Qt::white);
        if (const Drawing* drawing = m_drawings.object(page)) {
            if (drawing->image.isNull()) {
                painter.setPen(Qt::darkRed);
                painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("This page cannot be shown."));
            } else {
                painter.setRenderHint(QPainter::SmoothPixmapTransform,
                                      drawing->pixelsPerPoint != pixelsPerPoint() * devicePixelRatioF());
                painter.drawImage(QRectF(area), drawing->image);
            }
        }
        painter.setPen(Qt::NoPen);
        for (int index = 0; index < m_hits.size(); ++index) {
            const Hit& hit = m_hits.at(index);
            if (hit.page == page) {
                painter.fillRect(contentRect(page, hit.rect).adjusted(-1, -1, 1, 1),
                                 index == m_currentHit ? QColor(255, 120, 0, 110) : QColor(255, 230, 0, 90));
            }
        }
        if (page == m_outlinedPage) {
            const QSizeF points = m_document->pageSize(page);
            const QRectF normal = m_outlinedArea;
            const QRectF box(normal.x() * points.width(), normal.y() * points.height(), normal.width() * points.width(),
                             normal.height() * points.height());
            painter.setPen(QPen(QColor(25, 118, 210), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(contentRect(page, box).adjusted(-3, -3, 3, 3));
        }
    }
}

QRectF PdfView::contentRect(int page, const QRectF& rect) const
{
    if (page < 0 || page >= m_pages.size()) {
        return {};
    }
    const double scale = pixelsPerPoint();
    return QRectF(m_pages.at(page).topLeft() + rect.topLeft() * scale, rect.size() * scale);
}

void PdfView::ensureVisible(const QRectF& area)
{
    const QRect view(scrollOffset(), viewport()->size());
    if (!view.contains(area.toAlignedRect())) {
        verticalScrollBar()->setValue(qRound(area.center().y() - viewport()->height() / 2.0));
        if (area.left() < view.left() || area.right() > view.right()) {
            horizontalScrollBar()->setValue(qRound(area.center().x() - viewport()->width() / 2.0));
        }
    }
}

void PdfView::goToPage(int page)
{
    if (page >= 0 && page < m_pages.size()) {
        verticalScrollBar()->setValue(m_pages.at(page).top() - Margin);
    }
}

void PdfView::showArea(int page, const QRectF& normalisedRect)
{
    if (!m_document || page < 0 || page >= m_pages.size()) {
        return;
    }
    const QSizeF points = m_document->pageSize(page);
    const QRectF box(normalisedRect.x() * points.width(), normalisedRect.y() * points.height(),
                     normalisedRect.width() * points.width(), normalisedRect.height() * points.height());
    ensureVisible(contentRect(page, box));
    m_outlinedPage = page;
    m_outlinedArea = normalisedRect;
    m_outlineTimer.start();
    viewport()->update();
}

void PdfView::find(const QString& text)
{
    if (m_searchCancelled) {
        *m_searchCancelled = true;
    }
    const quint64 generation = ++m_searchGeneration;
    m_hits.clear();
    m_currentHit = -1;
    viewport()->update();
    if (text.trimmed().isEmpty() || !m_document) {
        Q_EMIT searchFinished(0);
        Q_EMIT currentHitChanged(-1);
        return;
    }
    m_searchCancelled = std::make_shared<std::atomic_bool>(false);
    QtConcurrent::run([document = m_document, text, cancelled = m_searchCancelled] {
        QList<Hit> hits;
        for (int page = 0; page < document->pageCount() && !*cancelled; ++page) {
            for (const QRectF& rect : document->search(page, text)) {
                hits.append(Hit{page, rect});
            }
        }
        return hits;
    }).then(this, [this, generation](const QList<Hit>& hits) {
        if (generation != m_searchGeneration) {
            return;
        }
        m_hits = hits;
        const auto first =
            std::find_if(m_hits.begin(), m_hits.end(), [this](const Hit& hit) { return hit.page >= m_currentPage; });
        Q_EMIT searchFinished(hitCount());
        showHit(m_hits.isEmpty() ? -1 : first == m_hits.end() ? 0 : static_cast<int>(first - m_hits.begin()));
    });
}

void PdfView::findNext()
{
    if (!m_hits.isEmpty()) {
        showHit((m_currentHit + 1) % hitCount());
    }
}

void PdfView::findPrevious()
{
    if (!m_hits.isEmpty()) {
        showHit((m_currentHit - 1 + hitCount()) % hitCount());
    }
}

void PdfView::showHit(int index)
{
    m_currentHit = index;
    if (index >= 0 && index < m_hits.size()) {
        ensureVisible(contentRect(m_hits.at(index).page, m_hits.at(index).rect));
    }
    viewport()->update();
    Q_EMIT currentHitChanged(index);
}

QImage PdfView::pageImage(int page) const
{
    const Drawing* drawing = m_drawings.object(page);
    return drawing ? drawing->image : QImage();
}

bool PdfView::isDrawn(int page) const
{
    const Drawing* drawing = m_drawings.object(page);
    return drawing != nullptr && drawing->pixelsPerPoint == pixelsPerPoint() * devicePixelRatioF();
}

QRect PdfView::pageGeometry(int page) const
{
    return page >= 0 && page < m_pages.size() ? m_pages.at(page).translated(-scrollOffset()) : QRect();
}

} // namespace vanthu::gui
