// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a viewer shows, compared between a signed revision and the final file: the pixels that differ outside the
// area the change analysis explains. Renderers (poppler in a child process: `vanthu-cli verify --visual`, the test
// oracle, fuzz_verify_render) only deliver pages; the judgement is here, shared by all of them.

#include "common/Result.h"
#include "signing/verify/Validation.h"

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QRectF>

#include <functional>

namespace vanthu::signing
{

/** One page as a renderer drew it, with the geometry needed to place PDF user space on its pixels. */
struct RenderedPage
{
    QRectF cropBox;   ///< the drawn region in user space (x0 y0 x1 y1 as a normalised rect, y upwards)
    int rotation = 0; ///< the page's /Rotate as drawn: 0, 90, 180 or 270 degrees clockwise
    int width = 0;
    int height = 0;
    QByteArray rgb; ///< width × height × 3 bytes, top row first
};

struct RenderedDocument
{
    int dpi = 72;
    /** Pages the document has, as the renderer counted them (may exceed pages.size() when drawing was capped). */
    int pageCount = 0;
    QList<RenderedPage> pages;
};

/** Pixels of one page that differ outside the permitted area (or a page that exists in one revision only). */
struct PageDifference
{
    int page = 0; ///< 0-based
    qint64 pixels = 0;
    QRect box;              ///< bounding box of the differing pixels, in pixels of the final file's page
    bool wholePage = false; ///< the page is missing from one revision, or its size or rotation changed
};

/** The pixel rectangle of page @p page covering @p userRect, rounded outward and grown by @p margin pixels. */
[[nodiscard]] QRect pixelRectOf(const QRectF& userRect, const RenderedPage& page, int dpi, int margin);

/**
 * Compares every page of @p signedRevision with the same page of @p final, ignoring the pixels inside @p permitted
 * (grown by @p margin pixels to absorb anti-aliasing at the edges of a changed widget). A page count difference is a
 * difference of each page one side lacks; so is a page whose size or rotation changed.
 */
[[nodiscard]] QList<PageDifference> differencesOutside(const RenderedDocument& signedRevision,
                                                       const RenderedDocument& final,
                                                       const QList<ChangedArea>& permitted, int margin = 2);

/** Where @p signature's verdict lets the pages change: nothing for NONE and LTA_UPDATES, else its changed areas. */
[[nodiscard]] QList<ChangedArea> permittedAreas(const SignatureReport& signature);

/**
 * The signature's verdict says nothing visible changed beyond what it explains (NONE, LTA_UPDATES, FORM_FILLING,
 * ANNOTATIONS) and the signature is not TOTAL_FAILED: the claim a rendering can refute.
 */
[[nodiscard]] bool claimsNoHiddenChange(const SignatureReport& signature);

/** A binary PPM (P6, maxval 255) as a page; cropBox and rotation are left for the caller. Errors: InvalidInput. */
[[nodiscard]] Result<RenderedPage> readPpm(const QByteArray& ppm);
/** @p page as a binary PPM, what the child renderer writes. */
[[nodiscard]] QByteArray writePpm(const RenderedPage& page);

/** Draws every page of @p pdf (the bytes of one revision), or says why it could not: the renderer failed. */
using PageRenderer = std::function<Result<RenderedDocument>(const QByteArray& pdf)>;

/** What rendering showed for one signature of a report. */
struct SignatureVisualCheck
{
    int signature = 0;       ///< index in ValidationReport::signatures
    bool compared = false;   ///< both revisions were drawn and compared
    QString rendererFailure; ///< set when drawing failed (crash, time or memory limit): never a finding on the file
    QList<PageDifference> differences;
    int dpi = 72; ///< of the drawings the differences' boxes are measured in

    [[nodiscard]] bool differs() const
    {
        return !differences.isEmpty();
    }
};

/**
 * For each signature of @p report that claimsNoHiddenChange() (or every one, with @p everySignature), draws the
 * revision it signed (@p pdf cut at its signed end) and the final file with @p render, and compares them outside
 * permittedAreas(). A signature whose signed end is the end of the file is compared with nothing (nothing follows
 * it); the final file is drawn once.
 */
[[nodiscard]] QList<SignatureVisualCheck> compareSignedRevisions(const QByteArray& pdf, const ValidationReport& report,
                                                                 const PageRenderer& render,
                                                                 bool everySignature = false);

/**
 * Writes @p checks into @p report: a "visual-difference" finding (page and box in points of the page as shown) for
 * every difference, "visual-check-failed" when drawing failed. A signature that claimsNoHiddenChange() but differs
 * becomes INDETERMINATE / SIG_CONSTRAINTS_FAILURE (when it was TOTAL_PASSED) and the report's verdict at most
 * INDETERMINATE: the analysis found nothing it forbids, the viewer shows more than it explains, and one renderer's
 * pixels are evidence to look at, not proof of which object changed. A failed drawing changes no verdict.
 */
void applyVisualChecks(ValidationReport& report, const QList<SignatureVisualCheck>& checks);

} // namespace vanthu::signing
