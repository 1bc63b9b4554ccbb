// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/QtAppearanceRenderer.h"

#include "render/SignatureAppearance.h"

#include <QCoreApplication>
#include <QImage>

namespace vanthu::render
{
namespace
{

struct QtAppearanceRendererText
{
    Q_DECLARE_TR_FUNCTIONS(QtAppearanceRendererText)
};

Result<QImage> decode(const QByteArray& imageFile)
{
    QImage image = QImage::fromData(imageFile);
    if (image.isNull()) {
        return Error{ErrorCode::InvalidInput, QtAppearanceRendererText::tr("The image cannot be read; use a PNG file."),
                     QString()};
    }
    return image;
}

} // namespace

Result<QSizeF> QtAppearanceRenderer::imageSize(const QByteArray& imageFile) const
{
    auto image = decode(imageFile);
    if (!image) {
        return image.error();
    }
    return QSizeF(image->size());
}

Result<QByteArray> QtAppearanceRenderer::imageAppearance(const QByteArray& imageFile, QSizeF size) const
{
    auto image = decode(imageFile);
    if (!image) {
        return image.error();
    }
    return render::imageAppearance(*image, size);
}

Result<QSizeF> QtAppearanceRenderer::attachmentTextSize(const QString& text) const
{
    return render::attachmentTextSize(text);
}

Result<QByteArray> QtAppearanceRenderer::attachmentTextAppearance(const QString& text, QSizeF size) const
{
    return render::attachmentTextAppearance(text, size);
}

Result<QByteArray> QtAppearanceRenderer::fieldTextAppearance(const QString& text, QSizeF size, bool italic) const
{
    return render::fieldTextAppearance(text, size, italic);
}

} // namespace vanthu::render
