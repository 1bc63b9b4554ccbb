// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

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

/**
 * The blanks of an unnumbered, undated document (ô 3 and ô 4 of Phụ lục I) that the records office fills when it
 * issues it: "Số:      /QĐ-UBND" and "Hà Nội, ngày     tháng     năm 2026". Rectangles in PDF user space of the
 * first page; a part that is already filled (or absent) has no rectangle.
 */
struct IssuingBlanks
{
    int pageIndex = 0;
    std::optional<QRectF> number;
    QString symbol; ///< the text after the number blank ("/QĐ-UBND"), empty when the blank ends the line
    std::optional<QRectF> day;
    std::optional<QRectF> month;
    std::optional<QRectF> year;

    [[nodiscard]] bool any() const
    {
        return number || day || month || year;
    }
};

/** Finds the number and date blanks on the first page. Errors: the PDF cannot be read. */
[[nodiscard]] Result<IssuingBlanks> findIssuingBlanks(const QByteArray& pdf);

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
