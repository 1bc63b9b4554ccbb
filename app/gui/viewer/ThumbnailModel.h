// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/viewer/PageRenderer.h"
#include "app/gui/viewer/PdfDocument.h"

#include <QAbstractListModel>
#include <QCache>
#include <QImage>

#include <memory>

namespace vanthu::gui
{

/**
 * One row per page: its number and a small drawing. A thumbnail is drawn only when a view asks for it (the rows a
 * QListView paints), at low priority on the viewer's PageRenderer, and kept in a bounded cache; until then the row
 * shows a white page of the right shape.
 */
class ThumbnailModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    /** Width of a thumbnail in pixels. */
    static constexpr int ThumbnailWidth = 110;

    ThumbnailModel(PageRenderer* renderer, QObject* parent = nullptr);

    void setDocument(std::shared_ptr<const PdfDocument> document);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;

private:
    [[nodiscard]] double scaleFor(int page) const;
    void onPageRendered(int page, double pixelsPerPoint, PageRenderer::Priority priority, const QImage& image);

    PageRenderer* m_renderer;
    std::shared_ptr<const PdfDocument> m_document;
    mutable QCache<int, QImage> m_thumbnails;
};

} // namespace vanthu::gui
