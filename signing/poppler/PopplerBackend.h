// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/PdfInspector.h"
#include "signing/pades/SignaturePlacement.h"
#include "signing/verify/VisualComparison.h"

namespace vanthu::signing
{

/**
 * What VanThu asks of poppler: the text layer, page geometry and page drawings. poppler (with NSS, OpenJPEG, LCMS,
 * TIFF...) lives in the module vanthu-poppler.so, loaded the first time it is needed, so that a process that never
 * reads a text layer (signing a file, listing a register) does not pay for loading and relocating two dozen libraries
 * at start-up.
 */
class PopplerBackend
{
public:
    virtual ~PopplerBackend() = default;
    [[nodiscard]] virtual Result<PdfFacts> inspect(const QByteArray& pdf, const PdfInspectionLimits& limits) const = 0;
    [[nodiscard]] virtual Result<PagePlacement> findAnchorText(const QByteArray& pdf, const QString& anchor) const = 0;
    [[nodiscard]] virtual Result<IssuingBlanks> findIssuingBlanks(const QByteArray& pdf) const = 0;
    [[nodiscard]] virtual Result<QSizeF> pageSize(const QByteArray& pdf, int pageIndex) const = 0;
    /** Pages drawn as a viewer draws them; only ever called in a child process under limits (render-pages). */
    [[nodiscard]] virtual Result<RenderedDocument> renderPages(const QByteArray& pdf, int dpi, int maxPages,
                                                               qint64 maxPixelsPerPage) const = 0;
};

/** The backend, loading the module on first use. Errors: Unsupported when the module cannot be loaded. */
[[nodiscard]] Result<const PopplerBackend*> popplerBackend();

} // namespace vanthu::signing
