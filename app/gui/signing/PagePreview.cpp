// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/signing/PagePreview.h"

#include "app/gui/viewer/PdfDocument.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace vanthu::gui
{

PagePreview::PagePreview(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pagePreview"));
    setAccessibleName(tr("Page preview: click where the signature goes, or move it with the arrow keys"));
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

PagePreview::~PagePreview() = default;

bool PagePreview::load(const QByteArray& pdf)
{
    // The viewer's reader: its limits on size and pixels hold here too.
    auto opened = PdfDocument::open(pdf);
    if (!opened) {
        m_document.reset();
        m_image = QImage();
        update();
        return false;
    }
    m_document = std::move(*opened);
    showPage(0);
    return true;
}

int PagePreview::pageCount() const
{
    return m_document ? m_document->pageCount() : 0;
}

void PagePreview::showPage(int pageIndex)
{
    if (!m_document || pageIndex < 0 || pageIndex >= m_document->pageCount()) {
        return;
    }
    m_page = pageIndex;
    m_pageSize = m_document->pageSize(pageIndex);
    // The whole page beside the form: about 630 pixels high for A4, never wider than 900 (a hostile page size
    // cannot ask for a huge picture).
    m_scale = m_pageSize.isEmpty() ? 0.75 : std::min(630.0 / m_pageSize.height(), 900.0 / m_pageSize.width());
    m_image = m_document->render(pageIndex, m_scale);
    if (!m_image.isNull() && m_pageSize.height() > 0) {
        m_scale = m_image.height() / m_pageSize.height(); // what was drawn, should the renderer have capped it
    }
    setFixedSize(m_image.isNull() ? QSize(446, 630) : m_image.size());
    update();
}

bool PagePreview::isRotated(int pageIndex) const
{
    return m_document && m_document->isRotated(pageIndex);
}

void PagePreview::setBox(std::optional<std::pair<int, QRectF>> box)
{
    m_box = std::move(box);
    update();
}

QPointF PagePreview::toPdf(QPointF widgetPoint) const
{
    return {widgetPoint.x() / m_scale, m_pageSize.height() - widgetPoint.y() / m_scale};
}

QPointF PagePreview::toWidget(QPointF pdfPoint) const
{
    return {pdfPoint.x() * m_scale, (m_pageSize.height() - pdfPoint.y()) * m_scale};
}

QSize PagePreview::sizeHint() const
{
    return m_image.isNull() ? QSize(446, 630) : m_image.size();
}

void PagePreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (!m_image.isNull()) {
        painter.drawImage(0, 0, m_image);
    }
    if (m_box && m_box->first == m_page) {
        const QRectF& box = m_box->second;
        const QRectF shown(toWidget(box.topLeft() + QPointF(0, box.height())),
                           QSizeF(box.width() * m_scale, box.height() * m_scale));
        painter.setPen(QPen(QColor(0xc0, 0, 0x20), 2, Qt::DashLine));
        painter.fillRect(shown, QColor(0xc0, 0, 0x20, 40));
        painter.drawRect(shown);
    }
}

void PagePreview::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_document) {
        Q_EMIT clicked(m_page, toPdf(event->position()));
    }
}

void PagePreview::keyPressEvent(QKeyEvent* event)
{
    const double step = event->modifiers().testFlag(Qt::ShiftModifier) ? 1.0 : 5.0;
    switch (event->key()) {
    case Qt::Key_Left:
        Q_EMIT nudged(QPointF(-step, 0));
        return;
    case Qt::Key_Right:
        Q_EMIT nudged(QPointF(step, 0));
        return;
    case Qt::Key_Up:
        Q_EMIT nudged(QPointF(0, step)); // PDF y grows upwards
        return;
    case Qt::Key_Down:
        Q_EMIT nudged(QPointF(0, -step));
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace vanthu::gui
