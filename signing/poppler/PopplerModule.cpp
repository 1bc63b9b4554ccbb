// SPDX-License-Identifier: GPL-3.0-or-later
// The entry point of vanthu-poppler.so: the only object the module exports.
#include "signing/poppler/PopplerBackend.h"
#include "signing/poppler/PopplerPlacement.h"
#include "signing/poppler/PopplerRenderer.h"
#include "signing/poppler/PopplerTextReader.h"

#include <poppler-document.h>

namespace vanthu::signing
{
namespace
{

class PopplerModuleBackend final : public PopplerBackend
{
public:
    Result<PdfFacts> inspect(const QByteArray& pdf, const PdfInspectionLimits& limits) const override
    {
        return pdf::readWithPoppler(pdf, limits);
    }
    Result<PagePlacement> findAnchorText(const QByteArray& pdf, const QString& anchor) const override
    {
        return poppler_backend::findAnchorText(pdf, anchor);
    }
    Result<IssuingBlanks> findIssuingBlanks(const QByteArray& pdf) const override
    {
        return poppler_backend::findIssuingBlanks(pdf);
    }
    Result<QSizeF> pageSize(const QByteArray& pdf, int pageIndex) const override
    {
        return poppler_backend::pageSize(pdf, pageIndex);
    }
    Result<RenderedDocument> renderPages(const QByteArray& pdf, int dpi, int maxPages,
                                         qint64 maxPixelsPerPage) const override
    {
        return poppler_backend::renderPages(pdf, dpi, maxPages, maxPixelsPerPage);
    }
};

/**
 * poppler-cpp builds its GlobalParams (font tables, encodings, about half of reading a one-page PDF) when the first
 * document of the process opens and throws them away when the last one closes, so reading PDF after PDF rebuilt them
 * every time. One small document kept open for the life of the process keeps them. Never closed: it lives as long
 * as the module, which is never unloaded.
 */
void keepPopplerReady()
{
    static const char minimal[] = "%PDF-1.4\n"
                                  "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                                  "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                                  "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\n"
                                  "trailer<</Root 1 0 R/Size 4>>\n%%EOF\n";
    static const poppler::document* const keeper =
        poppler::document::load_from_raw_data(minimal, static_cast<int>(sizeof(minimal) - 1));
    static_cast<void>(keeper);
}

} // namespace
} // namespace vanthu::signing

extern "C" __attribute__((visibility("default"))) const vanthu::signing::PopplerBackend* vanthu_poppler_backend()
{
    vanthu::signing::keepPopplerReady();
    static const vanthu::signing::PopplerModuleBackend backend;
    return &backend;
}
