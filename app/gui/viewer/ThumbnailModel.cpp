// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/viewer/ThumbnailModel.h"

#include <QColor>
#include <QPainter>

namespace vanthu::gui
{

namespace
{

/** Thumbnails kept, in KiB: some 500 A4 pages. */
constexpr int CacheKibibytes = 32 * 1024;

} // namespace

ThumbnailModel::ThumbnailModel(PageRenderer* renderer, QObject* parent)
    : QAbstractListModel(parent), m_renderer(renderer), m_thumbnails(CacheKibibytes)
{
    connect(m_renderer, &PageRenderer::pageRendered, this, &ThumbnailModel::onPageRendered);
}

void ThumbnailModel::setDocument(std::shared_ptr<const PdfDocument> document)
{
    beginResetModel();
    m_document = std::move(document);
    m_thumbnails.clear();
    endResetModel();
}

int ThumbnailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_document ? 0 : m_document->pageCount();
}

double ThumbnailModel::scaleFor(int page) const
{
    const QSizeF size = m_document->pageSize(page);
    return size.width() > 0 ? ThumbnailWidth / size.width() : 1.0;
}

QVariant ThumbnailModel::data(const QModelIndex& index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const int page = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(page + 1);
    case Qt::AccessibleTextRole:
        return tr("Page %1").arg(page + 1);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignHCenter | Qt::AlignBottom);
    case Qt::DecorationRole: {
        if (const QImage* thumbnail = m_thumbnails.object(page)) {
            return *thumbnail;
        }
        m_renderer->request(page, scaleFor(page), PageRenderer::Priority::Thumbnail);
        const QSizeF size = m_document->pageSize(page) * scaleFor(page);
        QImage blank(std::max(1, qRound(size.width())),
                     std::max(1, std::min(4 * ThumbnailWidth, qRound(size.height()))), QImage::Format_RGB32);
        blank.fill(Qt::white);
        return blank;
    }
    default:
        return {};
    }
}

void ThumbnailModel::onPageRendered(int page, double pixelsPerPoint, PageRenderer::Priority priority,
                                    const QImage& image)
{
    if (priority != PageRenderer::Priority::Thumbnail || !m_document || page >= rowCount()
        || pixelsPerPoint != scaleFor(page)) {
        return;
    }
    // A hostile page shape (a few points wide, metres tall) must not make a thumbnail of megabytes.
    QImage thumbnail = image.height() > 4 * ThumbnailWidth
                           ? image.scaled(ThumbnailWidth, 4 * ThumbnailWidth, Qt::KeepAspectRatio)
                           : image;
    if (thumbnail.isNull()) {
        thumbnail = QImage(ThumbnailWidth, ThumbnailWidth, QImage::Format_RGB32);
        thumbnail.fill(QColor(230, 230, 230));
    }
    m_thumbnails.insert(page, new QImage(thumbnail), std::max(1, static_cast<int>(thumbnail.sizeInBytes() / 1024)));
    const QModelIndex changed = index(page);
    Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
}

} // namespace vanthu::gui
