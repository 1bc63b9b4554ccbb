// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pades/WidgetAppearance.h"

#include "signing/pades/PadesSignerText.h"
#include "signing/pdf/PageImport.h"

#include <cmath>

namespace vanthu::signing::pades
{
using namespace pdf;

PdfObject pdfNumber(double value)
{
    return PdfObject::real(QByteArray::number(value, 'f', 2));
}

PdfObject pdfRectangle(const QRectF& area)
{
    return PdfObject::array({pdfNumber(area.left()), pdfNumber(area.top()), pdfNumber(area.left() + area.width()),
                             pdfNumber(area.top() + area.height())});
}

QRectF rectOf(const PdfObject& widget)
{
    const PdfObject* rect = widget.find("Rect");
    if (!rect || !rect->isArray() || rect->arrayItems().size() != 4) {
        return {};
    }
    const PdfArray& r = rect->arrayItems();
    const double x1 = std::min(r[0].numberValue(), r[2].numberValue());
    const double y1 = std::min(r[1].numberValue(), r[3].numberValue());
    return QRectF(x1, y1, std::abs(r[2].numberValue() - r[0].numberValue()),
                  std::abs(r[3].numberValue() - r[1].numberValue()));
}

Result<PdfRef> importAppearance(IncrementalUpdate& update, const QByteArray& appearancePdf, QSizeF size)
{
    auto source = PdfFile::open(appearancePdf);
    if (!source) {
        return source.error().withContext(PadesSignerText::tr("Signature appearance"));
    }
    auto form = importPageAsForm(update, **source, 0, size.width(), size.height());
    if (!form) {
        return form.error();
    }
    const PdfRef appearance = update.allocate();
    update.putStream(
        appearance,
        PdfObject::dictionary({
            {"Type", PdfObject::name("XObject")},
            {"Subtype", PdfObject::name("Form")},
            {"BBox", PdfObject::array({PdfObject::integer(0), PdfObject::integer(0), pdfNumber(size.width()),
                                       pdfNumber(size.height())})},
            {"Resources",
             PdfObject::dictionary({{"XObject", PdfObject::dictionary({{"Im0", PdfObject::reference(*form)}})}})},
        }),
        "/Im0 Do");
    return appearance;
}

PdfRef emptyAppearance(IncrementalUpdate& update)
{
    const PdfRef appearance = update.allocate();
    update.putStream(appearance,
                     PdfObject::dictionary({
                         {"Type", PdfObject::name("XObject")},
                         {"Subtype", PdfObject::name("Form")},
                         {"BBox", PdfObject::array({PdfObject::integer(0), PdfObject::integer(0), PdfObject::integer(0),
                                                    PdfObject::integer(0)})},
                     }),
                     QByteArray());
    return appearance;
}

} // namespace vanthu::signing::pades
