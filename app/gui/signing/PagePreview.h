// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRectF>
#include <QWidget>

#include <memory>
#include <optional>

namespace vanthu::gui
{

class PdfDocument;

/**
 * One page of a PDF drawn by poppler-qt6 (with its annotations, so earlier signatures show), the signature box drawn
 * over it. A click reports the point in PDF user space (points, origin at the lower-left corner of the page), which
 * is where SignDialog centres the box. With the keyboard focus, the arrow keys move the box.
 */
class PagePreview final : public QWidget
{
    Q_OBJECT

public:
    explicit PagePreview(QWidget* parent = nullptr);
    ~PagePreview() override;

    /** Shows @p pdf (the bytes the signer will sign); false when it cannot be shown. */
    bool load(const QByteArray& pdf);
    [[nodiscard]] int pageCount() const;
    [[nodiscard]] int page() const
    {
        return m_page;
    }
    void showPage(int pageIndex);
    /** True when page @p pageIndex is shown turned (/Rotate 90, 180 or 270). */
    [[nodiscard]] bool isRotated(int pageIndex) const;
    /** The box in PDF user space on page @p pageIndex; nullopt hides it. */
    void setBox(std::optional<std::pair<int, QRectF>> box);

    /** Widget pixel to PDF point on the page shown, and back. */
    [[nodiscard]] QPointF toPdf(QPointF widgetPoint) const;
    [[nodiscard]] QPointF toWidget(QPointF pdfPoint) const;

    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    void clicked(int pageIndex, QPointF pdfPoint);
    /** Arrow keys: move the box by @p deltaPoints (5 points a press, 1 with Shift), PDF user space. */
    void nudged(QPointF deltaPoints);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    std::shared_ptr<PdfDocument> m_document;
    int m_page = 0;
    QSizeF m_pageSize;     ///< points
    double m_scale = 0.75; ///< pixels per point
    QImage m_image;
    std::optional<std::pair<int, QRectF>> m_box;
};

} // namespace vanthu::gui
