// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/poppler/PopplerPlacement.h"

#include <QCoreApplication>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <cmath>
#include <memory>
#include <vector>

namespace vanthu::signing::poppler_backend
{
namespace
{

struct SignaturePlacementText
{
    Q_DECLARE_TR_FUNCTIONS(SignaturePlacementText)
};

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

namespace
{

struct Word
{
    QString text;
    QRectF box; ///< poppler's page space: origin top left
};

std::vector<Word> wordsOf(const poppler::page& page)
{
    std::vector<Word> words;
    for (const poppler::text_box& box : page.text_list()) {
        const poppler::byte_array utf8 = box.text().to_utf8();
        const poppler::rectf r = box.bbox();
        words.push_back({QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())),
                         QRectF(r.left(), r.top(), r.width(), r.height())});
    }
    return words;
}

bool sameLine(const Word& a, const Word& b)
{
    return std::abs(a.box.center().y() - b.box.center().y()) < std::max(a.box.height(), b.box.height()) / 2;
}

/** The first word after @p index on the same line, left to right. */
const Word* nextOnLine(const std::vector<Word>& words, size_t index)
{
    const Word* best = nullptr;
    for (size_t i = 0; i < words.size(); ++i) {
        if (i == index || !sameLine(words[i], words[index]) || words[i].box.left() < words[index].box.right() - 0.5) {
            continue;
        }
        if (!best || words[i].box.left() < best->box.left()) {
            best = &words[i];
        }
    }
    return best;
}

/** A blank between two words as a field rectangle (user space), or nullopt when the gap is too narrow to be one. */
std::optional<QRectF> blankBetween(const QRectF& before, double nextLeft, double pageHeight)
{
    constexpr double minimumBlank = 8.0;
    const double left = before.right() + 1.0;
    const double right = nextLeft - 1.0;
    if (right - left < minimumBlank) {
        return std::nullopt;
    }
    const double height = before.height() * 1.3;
    const double top = before.center().y() - height / 2;
    return QRectF(left, pageHeight - (top + height), right - left, height);
}

} // namespace

Result<IssuingBlanks> findIssuingBlanks(const QByteArray& pdf)
{
    auto document = load(pdf);
    if (!document || document->is_locked() || document->pages() < 1) {
        return unreadable();
    }
    std::unique_ptr<poppler::page> page(document->create_page(0));
    if (!page) {
        return unreadable();
    }
    const double pageHeight = page->page_rect(poppler::media_box).height();
    const std::vector<Word> words = wordsOf(*page);
    IssuingBlanks blanks;
    constexpr double typicalBlank = 60.0;
    for (size_t i = 0; i < words.size(); ++i) {
        const Word& word = words[i];
        // Only the heading area: ô 3 and ô 4 sit in the top third of the first page.
        if (word.box.top() > pageHeight / 3) {
            continue;
        }
        if (!blanks.number && (word.text == QStringLiteral("Số:") || word.text == QStringLiteral("Số"))) {
            const Word* next = nextOnLine(words, i);
            if (next && next->text.startsWith(QLatin1Char('/'))) {
                blanks.number = blankBetween(word.box, next->box.left(), pageHeight);
                blanks.symbol = next->text;
            } else if (!next || next->box.left() - word.box.right() > typicalBlank) {
                blanks.number = blankBetween(word.box, word.box.right() + 1 + typicalBlank * 1.5, pageHeight);
            }
        }
        if (word.text == QStringLiteral("ngày") && !blanks.day && !blanks.month) {
            const Word* afterDay = nextOnLine(words, i);
            if (!afterDay || afterDay->text != QStringLiteral("tháng")) {
                continue; // the day is already written, or this "ngày" is not the date line
            }
            blanks.day = blankBetween(word.box, afterDay->box.left(), pageHeight);
            const size_t monthIndex = static_cast<size_t>(afterDay - words.data());
            const Word* afterMonth = nextOnLine(words, monthIndex);
            if (afterMonth && afterMonth->text == QStringLiteral("năm")) {
                blanks.month = blankBetween(afterDay->box, afterMonth->box.left(), pageHeight);
                const Word* afterYear = nextOnLine(words, static_cast<size_t>(afterMonth - words.data()));
                const bool yearWritten = afterYear && afterYear->text.size() == 4 && afterYear->text.toInt() > 1900
                                         && afterYear->box.left() - afterMonth->box.right() < 8.0;
                if (!yearWritten) {
                    blanks.year = blankBetween(
                        afterMonth->box, afterYear ? afterYear->box.left() : afterMonth->box.right() + 40, pageHeight);
                }
            }
        }
    }
    return blanks;
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

} // namespace vanthu::signing::poppler_backend
