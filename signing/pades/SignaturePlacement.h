// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace vanthu::signing
{

/** A place on a page, in PDF user space (points, origin at the lower-left corner of the media box). */
struct PagePlacement
{
    int pageIndex = 0;
    QRectF rect;
};

/**
 * Finds @p anchor (e.g. the signer's title "CHỦ TỊCH" or name) in the text layer: the last match of the last page that
 * has one (the signer's block ends a document), and returns its box. Matching is case-sensitive: the title in the
 * signer's block is in capitals, while the same words in lower case often appear in the "Nơi nhận" list.
 * Errors: NotFound naming the text.
 */
[[nodiscard]] Result<PagePlacement> findAnchorText(const QByteArray& pdf, const QString& anchor);

/** The size of page @p pageIndex's media box in points. */
[[nodiscard]] Result<QSizeF> pageSize(const QByteArray& pdf, int pageIndex);

/**
 * Where the leader's signature image goes, given the anchor found: in the ND 30 signer block the image sits between
 * the title (the anchor) and the name printed below it, centred on the title.
 */
[[nodiscard]] QRectF leaderSignatureBelow(const QRectF& anchor, QSizeF imageSize);

/** The agency seal at its real size (@p diameterPoints), covering about the left third of @p leaderSignature. */
[[nodiscard]] QRectF sealOverLeaderSignature(const QRectF& leaderSignature, double diameterPoints);

/** The attachment signature text box at the top right of a page of @p page size (margins per Phụ lục I). */
[[nodiscard]] QRectF attachmentTopRight(QSizeF page, QSizeF textBox);

} // namespace vanthu::signing
