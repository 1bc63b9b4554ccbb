// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/DemoStamps.h"

#include "render/SerifFont.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace vanthu::render
{
namespace
{

const QColor signatureBlue(0x10, 0x30, 0xc0);
const QColor sealRed(0xd0, 0x18, 0x18);

QString familyOrDefault()
{
    auto family = serifFamily();
    return family ? *family : QStringLiteral("serif");
}

} // namespace

QImage demoSignatureImage()
{
    QImage image(600, 240, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(signatureBlue, 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    QPainterPath stroke(QPointF(40, 170));
    stroke.cubicTo(QPointF(120, 20), QPointF(180, 230), QPointF(260, 90));
    stroke.cubicTo(QPointF(310, 10), QPointF(340, 200), QPointF(420, 120));
    stroke.cubicTo(QPointF(470, 70), QPointF(520, 160), QPointF(570, 60));
    painter.drawPath(stroke);
    painter.drawLine(QPointF(80, 205), QPointF(520, 185));
    painter.setFont(serifFont(familyOrDefault(), 22, true));
    painter.drawText(QRectF(0, 200, 600, 40), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("DEMO"));
    return image;
}

QImage demoSealImage(const QString& agencyName, int pixels)
{
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double size = pixels;
    const QPointF centre(size / 2, size / 2);
    painter.setPen(QPen(sealRed, size * 0.02));
    painter.drawEllipse(centre, size * 0.47, size * 0.47);
    painter.drawEllipse(centre, size * 0.30, size * 0.30);
    // The agency's name around the rim, one letter at a time.
    QFont font = serifFont(familyOrDefault(), 1, true);
    font.setPixelSize(static_cast<int>(size * 0.075));
    painter.setFont(font);
    painter.setPen(sealRed);
    const QString text = agencyName.toUpper();
    const double radius = size * 0.38;
    const double sweep = 300.0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const double angle = -sweep / 2 + sweep * (static_cast<double>(i) + 0.5) / static_cast<double>(text.size());
        painter.save();
        painter.translate(centre);
        painter.rotate(angle);
        painter.translate(0, -radius);
        painter.drawText(QRectF(-size * 0.05, -size * 0.05, size * 0.1, size * 0.1), Qt::AlignCenter, QString(text[i]));
        painter.restore();
    }
    font.setPixelSize(static_cast<int>(size * 0.1));
    painter.setFont(font);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QStringLiteral("DEMO"));
    painter.drawText(QRectF(0, size * 0.6, size, size * 0.15), Qt::AlignCenter, QStringLiteral("★"));
    return image;
}

} // namespace vanthu::render
