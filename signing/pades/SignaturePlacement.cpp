// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pades/SignaturePlacement.h"

#include <QCoreApplication>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>

namespace vanthu::signing
{
namespace
{

struct SignaturePlacementText
{
    Q_DECLARE_TR_FUNCTIONS(SignaturePlacementText)
};

constexpr double pointsPerMillimetre = 72.0 / 25.4;

std::unique_ptr<poppler::document> load(const QByteArray& pdf)
{
    return std::unique_ptr<poppler::document>(
        poppler::document::load_from_raw_data(pdf.constData(), static_cast<int>(pdf.size())));
}

Error unreadable()
{
    return Error{ErrorCode::InvalidInput, SignaturePlacementText::tr("The PDF's pages cannot be read."),
                 QStringLiteral("poppler could not load the document")};
}

} // namespace

Result<PagePlacement> findAnchorText(const QByteArray& pdf, const QString& anchor)
{
    auto document = load(pdf);
    if (!document || document->is_locked()) {
        return unreadable();
    }
    const QByteArray utf8 = anchor.toUtf8();
    const poppler::ustring needle = poppler::ustring::from_utf8(utf8.constData(), static_cast<int>(utf8.size()));
    for (int index = document->pages() - 1; index >= 0; --index) {
        std::unique_ptr<poppler::page> page(document->create_page(index));
        if (!page) {
            continue;
        }
        // The signer's block ends the document: take the last match on the page, not the first (the title of the
        // document often repeats the signer's title, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN").
        poppler::rectf found;
        bool matched = page->search(needle, found, poppler::page::search_from_top, poppler::case_sensitive);
        for (int more = 0; matched && more < 1000; ++more) {
            poppler::rectf next = found;
            if (!page->search(needle, next, poppler::page::search_next_result, poppler::case_sensitive)
                || (next.top() == found.top() && next.left() == found.left())) {
                break;
            }
            found = next;
        }
        if (matched) {
            // poppler reports boxes from the top-left corner of the media box; PDF user space starts bottom-left.
            const poppler::rectf media = page->page_rect(poppler::media_box);
            PagePlacement placement;
            placement.pageIndex = index;
            placement.rect = QRectF(found.left(), media.height() - found.bottom(), found.width(), found.height());
            return placement;
        }
    }
    return Error{ErrorCode::NotFound,
                 SignaturePlacementText::tr("The text \"%1\" was not found in the document.").arg(anchor), QString()};
}

Result<QSizeF> pageSize(const QByteArray& pdf, int pageIndex)
{
    auto document = load(pdf);
    if (!document || document->is_locked()) {
        return unreadable();
    }
    if (pageIndex < 0 || pageIndex >= document->pages()) {
        return Error{ErrorCode::InvalidInput,
                     SignaturePlacementText::tr("The document has %n page(s); page %1 does not exist.", nullptr,
                                                document->pages())
                         .arg(pageIndex + 1),
                     QString()};
    }
    std::unique_ptr<poppler::page> page(document->create_page(pageIndex));
    if (!page) {
        return unreadable();
    }
    const poppler::rectf media = page->page_rect(poppler::media_box);
    return QSizeF(media.width(), media.height());
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
