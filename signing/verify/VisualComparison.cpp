// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/VisualComparison.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <vector>

namespace vanthu::signing
{
namespace
{

struct VisualComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(VisualComparisonText)
};

/** @p x, @p y of user space in pixels of the page as drawn (rotation applied), before rounding. */
QPointF toPixels(double x, double y, const RenderedPage& page, double scale)
{
    const QRectF crop = page.cropBox.normalized();
    // Unrotated device space: x from the crop box's left edge, y downwards from its top edge.
    const double dx = (x - crop.left()) * scale;
    const double dy = (crop.bottom() - y) * scale;
    const double unrotatedWidth = crop.width() * scale;
    const double unrotatedHeight = crop.height() * scale;
    switch (page.rotation) {
    case 90:
        return {unrotatedHeight - dy, dx};
    case 180:
        return {unrotatedWidth - dx, unrotatedHeight - dy};
    case 270:
        return {dy, unrotatedWidth - dx};
    default:
        return {dx, dy};
    }
}

/** One bit per pixel of @p page: inside a permitted rectangle. */
std::vector<bool> permittedMask(const RenderedPage& page, int pageIndex, const QList<ChangedArea>& permitted, int dpi,
                                int margin)
{
    std::vector<bool> mask(static_cast<size_t>(page.width) * static_cast<size_t>(page.height), false);
    for (const ChangedArea& area : permitted) {
        if (area.page != pageIndex) {
            continue;
        }
        const QRect box = pixelRectOf(area.rect, page, dpi, margin);
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x) {
                mask[static_cast<size_t>(y) * static_cast<size_t>(page.width) + static_cast<size_t>(x)] = true;
            }
        }
    }
    return mask;
}

PageDifference wholePage(int index, const RenderedPage& page)
{
    return PageDifference{index, static_cast<qint64>(page.width) * page.height, QRect(0, 0, page.width, page.height),
                          true};
}

bool sameShape(const RenderedPage& a, const RenderedPage& b)
{
    const qsizetype bytes = static_cast<qsizetype>(a.width) * a.height * 3;
    return a.width == b.width && a.height == b.height && a.rotation == b.rotation && a.rgb.size() >= bytes
           && b.rgb.size() >= bytes;
}

/** Reads one whitespace-delimited header number of a PPM at @p position, skipping comments. */
std::optional<qint64> headerNumber(const QByteArray& ppm, qsizetype& position)
{
    while (position < ppm.size()) {
        const char c = ppm.at(position);
        if (c == '#') {
            while (position < ppm.size() && ppm.at(position) != '\n') {
                ++position;
            }
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++position;
        } else {
            break;
        }
    }
    qint64 value = 0;
    const qsizetype start = position;
    while (position < ppm.size() && ppm.at(position) >= '0' && ppm.at(position) <= '9' && position - start < 9) {
        value = value * 10 + (ppm.at(position) - '0');
        ++position;
    }
    if (position == start) {
        return std::nullopt;
    }
    return value;
}

} // namespace

QRect pixelRectOf(const QRectF& userRect, const RenderedPage& page, int dpi, int margin)
{
    const double scale = dpi / 72.0;
    const QRectF rect = userRect.normalized();
    const QPointF a = toPixels(rect.left(), rect.top(), page, scale);
    const QPointF b = toPixels(rect.right(), rect.bottom(), page, scale);
    // A /Rect of a hostile file may hold any real: one that is not finite permits nothing, the others are clamped far
    // outside any page before they become integers (the intersection below cuts them to the page).
    for (const double coordinate : {a.x(), a.y(), b.x(), b.y()}) {
        if (!std::isfinite(coordinate)) {
            return {};
        }
    }
    const auto bounded = [](double value) {
        return std::clamp(value, -1e7, 1e7);
    };
    const int left = static_cast<int>(std::floor(bounded(std::min(a.x(), b.x())))) - margin;
    const int top = static_cast<int>(std::floor(bounded(std::min(a.y(), b.y())))) - margin;
    const int right = static_cast<int>(std::ceil(bounded(std::max(a.x(), b.x())))) + margin;
    const int bottom = static_cast<int>(std::ceil(bounded(std::max(a.y(), b.y())))) + margin;
    // QRect's right() and bottom() are inclusive; a pixel whose left edge is at `right` is outside the area.
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1)).intersected(QRect(0, 0, page.width, page.height));
}

QList<PageDifference> differencesOutside(const RenderedDocument& signedRevision, const RenderedDocument& final,
                                         const QList<ChangedArea>& permitted, int margin)
{
    QList<PageDifference> differences;
    const qsizetype common = std::min(signedRevision.pages.size(), final.pages.size());
    for (qsizetype index = 0; index < common; ++index) {
        const RenderedPage& before = signedRevision.pages[index];
        const RenderedPage& after = final.pages[index];
        const int page = static_cast<int>(index);
        if (!sameShape(before, after)) {
            differences.append(wholePage(page, after));
            continue;
        }
        const std::vector<bool> mask = permittedMask(after, page, permitted, final.dpi, margin);
        PageDifference found{page, 0, QRect(), false};
        int minX = after.width, minY = after.height, maxX = -1, maxY = -1;
        const auto* left = reinterpret_cast<const unsigned char*>(before.rgb.constData());
        const auto* right = reinterpret_cast<const unsigned char*>(after.rgb.constData());
        for (int y = 0; y < after.height; ++y) {
            for (int x = 0; x < after.width; ++x) {
                const size_t pixel = static_cast<size_t>(y) * static_cast<size_t>(after.width) + static_cast<size_t>(x);
                if (mask[pixel]
                    || (left[pixel * 3] == right[pixel * 3] && left[pixel * 3 + 1] == right[pixel * 3 + 1]
                        && left[pixel * 3 + 2] == right[pixel * 3 + 2])) {
                    continue;
                }
                ++found.pixels;
                minX = std::min(minX, x);
                minY = std::min(minY, y);
                maxX = std::max(maxX, x);
                maxY = std::max(maxY, y);
            }
        }
        if (found.pixels > 0) {
            found.box = QRect(QPoint(minX, minY), QPoint(maxX, maxY));
            differences.append(found);
        }
    }
    for (qsizetype index = common; index < final.pages.size(); ++index) {
        differences.append(wholePage(static_cast<int>(index), final.pages[index]));
    }
    for (qsizetype index = common; index < signedRevision.pages.size(); ++index) {
        differences.append(wholePage(static_cast<int>(index), signedRevision.pages[index]));
    }
    // Pages beyond the renderer's cap were not drawn; a count that differs there still shows.
    if (differences.isEmpty() && signedRevision.pageCount != final.pageCount) {
        const int page = std::min(signedRevision.pageCount, final.pageCount);
        differences.append(PageDifference{page, 0, QRect(), true});
    }
    return differences;
}

QList<ChangedArea> permittedAreas(const SignatureReport& signature)
{
    if (signature.modificationLevel <= ModificationLevel::LtaUpdates) {
        return {};
    }
    return signature.changedAreas;
}

bool claimsNoHiddenChange(const SignatureReport& signature)
{
    return signature.indication != Indication::TotalFailed
           && signature.modificationLevel <= ModificationLevel::Annotations;
}

Result<RenderedPage> readPpm(const QByteArray& ppm)
{
    const Error bad{ErrorCode::InvalidInput, VisualComparisonText::tr("The drawn page cannot be read."),
                    QStringLiteral("not a binary PPM with maxval 255")};
    if (!ppm.startsWith("P6")) {
        return bad;
    }
    qsizetype position = 2;
    const auto width = headerNumber(ppm, position);
    const auto height = headerNumber(ppm, position);
    const auto maximum = headerNumber(ppm, position);
    if (!width || !height || !maximum || *maximum != 255 || *width <= 0 || *height <= 0 || position >= ppm.size()) {
        return bad;
    }
    ++position; // the single whitespace byte before the pixels
    const qint64 bytes = *width * *height * 3;
    if (ppm.size() - position < bytes) {
        return bad;
    }
    RenderedPage page;
    page.width = static_cast<int>(*width);
    page.height = static_cast<int>(*height);
    page.rgb = ppm.mid(position, bytes);
    return page;
}

QByteArray writePpm(const RenderedPage& page)
{
    return "P6\n" + QByteArray::number(page.width) + ' ' + QByteArray::number(page.height) + "\n255\n" + page.rgb;
}

QList<SignatureVisualCheck> compareSignedRevisions(const QByteArray& pdf, const ValidationReport& report,
                                                   const PageRenderer& render, bool everySignature)
{
    QList<SignatureVisualCheck> checks;
    std::optional<Result<RenderedDocument>> finalPages;
    std::map<qint64, Result<RenderedDocument>> revisions; // by signed end: signatures of one revision share it
    for (qsizetype index = 0; index < report.signatures.size(); ++index) {
        const SignatureReport& signature = report.signatures[index];
        if (!everySignature && !claimsNoHiddenChange(signature)) {
            continue;
        }
        SignatureVisualCheck check;
        check.signature = static_cast<int>(index);
        if (signature.signedEnd <= 0 || signature.signedEnd > pdf.size()) {
            check.rendererFailure = QStringLiteral("no signed revision to draw (byte range)");
            checks.append(check);
            continue;
        }
        if (signature.signedEnd == pdf.size()) {
            check.compared = true; // the signed revision is the final file
            checks.append(check);
            continue;
        }
        if (!finalPages) {
            finalPages = render(pdf);
        }
        auto revision = revisions.find(signature.signedEnd);
        if (revision == revisions.end()) {
            revision = revisions.emplace(signature.signedEnd, render(pdf.left(signature.signedEnd))).first;
        }
        if (!*finalPages) {
            check.rendererFailure = QStringLiteral("final file: ") + (*finalPages).error().detail;
        } else if (!revision->second) {
            check.rendererFailure = QStringLiteral("signed revision: ") + revision->second.error().detail;
        } else {
            check.compared = true;
            check.dpi = (*finalPages)->dpi;
            check.differences = differencesOutside(*revision->second, **finalPages, permittedAreas(signature));
        }
        checks.append(check);
    }
    return checks;
}

void applyVisualChecks(ValidationReport& report, const QList<SignatureVisualCheck>& checks)
{
    bool lowered = false;
    for (const SignatureVisualCheck& check : checks) {
        if (check.signature < 0 || check.signature >= report.signatures.size()) {
            continue;
        }
        SignatureReport& signature = report.signatures[check.signature];
        if (!check.rendererFailure.isEmpty()) {
            signature.findings.append(Finding{QStringLiteral("visual-check-failed"),
                                              VisualComparisonText::tr("The pages could not be drawn to compare them "
                                                                       "with the signed revision; the verdict rests on "
                                                                       "the analysis of the file alone.")});
            continue;
        }
        const double toPoints = 72.0 / std::max(1, check.dpi);
        for (const PageDifference& difference : check.differences) {
            QString message;
            if (difference.wholePage) {
                message = VisualComparisonText::tr("Page %1 does not look as it did when signed: it is missing from "
                                                   "one of the two versions, or its size or orientation changed.")
                              .arg(difference.page + 1);
            } else {
                message = VisualComparisonText::tr("Page %1 looks different from the signed version outside the "
                                                   "changes the analysis explains: %2 pixels in the box from "
                                                   "(%3, %4) to (%5, %6), in points from the top left corner of the "
                                                   "page as shown.")
                              .arg(difference.page + 1)
                              .arg(difference.pixels)
                              .arg(std::floor(difference.box.left() * toPoints))
                              .arg(std::floor(difference.box.top() * toPoints))
                              .arg(std::ceil((difference.box.right() + 1) * toPoints))
                              .arg(std::ceil((difference.box.bottom() + 1) * toPoints));
            }
            signature.findings.append(Finding{QStringLiteral("visual-difference"), message});
        }
        if (check.differs() && claimsNoHiddenChange(signature)) {
            if (signature.indication == Indication::TotalPassed) {
                signature.indication = Indication::Indeterminate;
                signature.subIndication = SubIndication::SigConstraintsFailure;
            }
            lowered = true;
        }
    }
    if (lowered
        && (report.verdict == Verdict::Valid || report.verdict == Verdict::ValidWithAllowedChanges
            || report.verdict == Verdict::RevocationNotChecked)) {
        report.verdict = Verdict::Indeterminate;
    }
}

} // namespace vanthu::signing
