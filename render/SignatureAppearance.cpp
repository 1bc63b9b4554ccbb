// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SignatureAppearance.h"

#include "render/SerifFont.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

namespace vanthu::render
{
namespace
{

struct SignatureAppearanceText
{
    Q_DECLARE_TR_FUNCTIONS(SignatureAppearanceText)
};

constexpr qreal attachmentPointSize = 10.0;
constexpr qreal attachmentMargin = 2.0;

/** A one-page PDF of exactly @p sizePoints, painted in point units by @p paint. */
QByteArray paintPdf(QSizeF sizePoints, const std::function<void(QPainter&)>& paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("VanThu"));
        writer.setResolution(72);
        writer.setPageLayout(QPageLayout(QPageSize(sizePoints, QPageSize::Point), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        QPainter painter(&writer);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        paint(painter);
    }
    return buffer.data();
}

} // namespace

Result<QByteArray> imageAppearance(const QImage& image, QSizeF sizePoints)
{
    if (image.isNull() || sizePoints.isEmpty()) {
        return Error{ErrorCode::InvalidInput, SignatureAppearanceText::tr("The signature image cannot be read."),
                     QStringLiteral("null image or empty size")};
    }
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    return paintPdf(sizePoints, [&](QPainter& painter) {
        const QSizeF fitted = QSizeF(argb.size()).scaled(sizePoints, Qt::KeepAspectRatio);
        const QRectF target((sizePoints.width() - fitted.width()) / 2, (sizePoints.height() - fitted.height()) / 2,
                            fitted.width(), fitted.height());
        painter.drawImage(target, argb);
    });
}

Result<QSizeF> attachmentTextSize(const QString& text)
{
    auto family = serifFamily();
    if (!family) {
        return family.error();
    }
    const QFontMetricsF metrics(serifFont(*family, attachmentPointSize));
    return QSizeF(metrics.horizontalAdvance(text) + 2 * attachmentMargin, metrics.height() + 2 * attachmentMargin);
}

Result<QByteArray> attachmentTextAppearance(const QString& text, QSizeF sizePoints)
{
    auto family = serifFamily();
    if (!family) {
        return family.error();
    }
    const QFont font = serifFont(*family, attachmentPointSize);
    return paintPdf(sizePoints, [&](QPainter& painter) {
        painter.setFont(font);
        painter.setPen(Qt::black);
        const QFontMetricsF metrics(font);
        painter.drawText(QPointF(attachmentMargin, attachmentMargin + metrics.ascent()), text);
    });
}

Result<QByteArray> fieldTextAppearance(const QString& text, QSizeF sizePoints, bool italic)
{
    auto family = serifFamily();
    if (!family) {
        return family.error();
    }
    qreal points = 13.0;
    QFont font = serifFont(*family, points, false, italic);
    while (points > 6.0 && QFontMetricsF(font).horizontalAdvance(text) > sizePoints.width()) {
        points -= 0.5;
        font = serifFont(*family, points, false, italic);
    }
    return paintPdf(sizePoints, [&](QPainter& painter) {
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(QPointF(0, 0), sizePoints), Qt::AlignCenter, text);
    });
}

} // namespace vanthu::render
