// SPDX-License-Identifier: GPL-3.0-or-later
// The entry point of vanthu-poppler.so: the only object the module exports.
#include "signing/poppler/PopplerBackend.h"
#include "signing/poppler/PopplerPlacement.h"
#include "signing/poppler/PopplerRenderer.h"
#include "signing/poppler/PopplerTextReader.h"

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

} // namespace
} // namespace vanthu::signing

extern "C" __attribute__((visibility("default"))) const vanthu::signing::PopplerBackend* vanthu_poppler_backend()
{
    static const vanthu::signing::PopplerModuleBackend backend;
    return &backend;
}
