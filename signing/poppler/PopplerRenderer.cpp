// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/poppler/PopplerRenderer.h"

#include <QCoreApplication>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <cmath>
#include <memory>

namespace vanthu::signing::poppler_backend
{
namespace
{

struct PopplerRendererText
{
    Q_DECLARE_TR_FUNCTIONS(PopplerRendererText)
};

int rotationOf(poppler::page::orientation_enum orientation)
{
    switch (orientation) {
    case poppler::page::landscape:
        return 90;
    case poppler::page::upside_down:
        return 180;
    case poppler::page::seascape:
        return 270;
    case poppler::page::portrait:
        break;
    }
    return 0;
}

Error cannotDraw(const QString& detail)
{
    return Error{ErrorCode::InvalidInput, PopplerRendererText::tr("The PDF's pages cannot be drawn."), detail};
}

} // namespace

Result<RenderedDocument> renderPages(const QByteArray& pdf, int dpi, int maxPages, qint64 maxPixelsPerPage)
{
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(pdf.constData(), static_cast<int>(pdf.size())));
    if (!document || document->is_locked()) {
        return cannotDraw(QStringLiteral("poppler could not load the document"));
    }
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_argb32);
    RenderedDocument rendered;
    rendered.dpi = dpi;
    rendered.pageCount = document->pages();
    const double scale = dpi / 72.0;
    for (int index = 0; index < std::min(rendered.pageCount, maxPages); ++index) {
        std::unique_ptr<poppler::page> page(document->create_page(index));
        if (!page) {
            return cannotDraw(QStringLiteral("page %1 cannot be read").arg(index + 1));
        }
        const poppler::rectf crop = page->page_rect(poppler::crop_box);
        if (std::abs(crop.width() * scale) * std::abs(crop.height() * scale) > static_cast<double>(maxPixelsPerPage)) {
            return cannotDraw(QStringLiteral("page %1 is too large to draw").arg(index + 1));
        }
        const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
        if (!image.is_valid() || image.format() != poppler::image::format_argb32) {
            return cannotDraw(QStringLiteral("page %1 was not drawn").arg(index + 1));
        }
        RenderedPage out;
        out.cropBox = QRectF(QPointF(crop.left(), crop.top()), QPointF(crop.right(), crop.bottom())).normalized();
        out.rotation = rotationOf(page->orientation());
        out.width = image.width();
        out.height = image.height();
        out.rgb.resize(static_cast<qsizetype>(out.width) * out.height * 3);
        char* target = out.rgb.data();
        // argb32 holds each pixel as a native 32-bit 0xAARRGGBB: blue first in memory on the little-endian machines
        // Debian builds VanThu for.
        for (int y = 0; y < out.height; ++y) {
            const char* row = image.const_data() + static_cast<qsizetype>(y) * image.bytes_per_row();
            for (int x = 0; x < out.width; ++x) {
                *target++ = row[x * 4 + 2];
                *target++ = row[x * 4 + 1];
                *target++ = row[x * 4];
            }
        }
        rendered.pages.append(std::move(out));
    }
    return rendered;
}

} // namespace vanthu::signing::poppler_backend
