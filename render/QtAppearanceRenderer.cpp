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

constexpr qsizetype KeptAppearances = 16;

} // namespace

const QtAppearanceRenderer::Drawn* QtAppearanceRenderer::find(const QString& kind, const QByteArray& source,
                                                              QSizeF size) const
{
    for (const Drawn& drawn : std::as_const(m_drawn)) {
        if (drawn.kind == kind && drawn.size == size && drawn.source == source) {
            return &drawn;
        }
    }
    return nullptr;
}

void QtAppearanceRenderer::keep(Drawn drawn) const
{
    if (m_drawn.size() >= KeptAppearances) {
        m_drawn.removeFirst();
    }
    m_drawn.append(std::move(drawn));
}

Result<QSizeF> QtAppearanceRenderer::imageSize(const QByteArray& imageFile) const
{
    const QString kind = QStringLiteral("image size");
    {
        const std::lock_guard lock(m_mutex);
        if (const Drawn* drawn = find(kind, imageFile, QSizeF())) {
            return drawn->measured;
        }
    }
    auto image = decode(imageFile);
    if (!image) {
        return image.error();
    }
    const QSizeF measured(image->size());
    const std::lock_guard lock(m_mutex);
    keep(Drawn{imageFile, kind, QSizeF(), QByteArray(), measured});
    return measured;
}

Result<QByteArray> QtAppearanceRenderer::imageAppearance(const QByteArray& imageFile, QSizeF size) const
{
    const QString kind = QStringLiteral("image");
    {
        const std::lock_guard lock(m_mutex);
        if (const Drawn* drawn = find(kind, imageFile, size)) {
            return drawn->appearance;
        }
    }
    auto image = decode(imageFile);
    if (!image) {
        return image.error();
    }
    auto appearance = render::imageAppearance(*image, size);
    if (!appearance) {
        return appearance;
    }
    const std::lock_guard lock(m_mutex);
    keep(Drawn{imageFile, kind, size, *appearance, QSizeF()});
    return appearance;
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
    const QString kind = italic ? QStringLiteral("italic field") : QStringLiteral("field");
    const QByteArray source = text.toUtf8();
    {
        const std::lock_guard lock(m_mutex);
        if (const Drawn* drawn = find(kind, source, size)) {
            return drawn->appearance;
        }
    }
    auto appearance = render::fieldTextAppearance(text, size, italic);
    if (!appearance) {
        return appearance;
    }
    const std::lock_guard lock(m_mutex);
    keep(Drawn{source, kind, size, *appearance, QSizeF()});
    return appearance;
}

} // namespace vanthu::render
