// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pades/SignaturePlacement.h"

#include "signing/poppler/PopplerBackend.h"

namespace vanthu::signing
{
namespace
{

constexpr double pointsPerMillimetre = 72.0 / 25.4;

} // namespace

Result<PagePlacement> findAnchorText(const QByteArray& pdf, const QString& anchor)
{
    auto backend = popplerBackend();
    if (!backend) {
        return backend.error();
    }
    return (*backend)->findAnchorText(pdf, anchor);
}

Result<IssuingBlanks> findIssuingBlanks(const QByteArray& pdf)
{
    auto backend = popplerBackend();
    if (!backend) {
        return backend.error();
    }
    return (*backend)->findIssuingBlanks(pdf);
}

Result<QSizeF> pageSize(const QByteArray& pdf, int pageIndex)
{
    auto backend = popplerBackend();
    if (!backend) {
        return backend.error();
    }
    return (*backend)->pageSize(pdf, pageIndex);
}

QRectF leaderSignatureBelow(const QRectF& anchor, QSizeF imageSize)
{
    const double gap = 2 * pointsPerMillimetre;
    const double centre = anchor.center().x();
    return QRectF(centre - imageSize.width() / 2, anchor.top() - gap - imageSize.height(), imageSize.width(),
                  imageSize.height());
}

QRectF sealOverLeaderSignature(const QRectF& leaderSignature, double diameterPoints)
{
    const double right = leaderSignature.left() + leaderSignature.width() / 3;
    const double centreY = leaderSignature.center().y();
    return QRectF(right - diameterPoints, centreY - diameterPoints / 2, diameterPoints, diameterPoints);
}

QRectF attachmentTopRight(QSizeF page, QSizeF textBox)
{
    // Right margin 15-20 mm, top margin 20-25 mm (Phụ lục I); the stamp sits inside the top margin's band.
    const double right = 20 * pointsPerMillimetre;
    const double top = 10 * pointsPerMillimetre;
    return QRectF(page.width() - right - textBox.width(), page.height() - top - textBox.height(), textBox.width(),
                  textBox.height());
}

} // namespace vanthu::signing
