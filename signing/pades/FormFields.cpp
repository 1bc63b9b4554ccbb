// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pades/FormFields.h"

#include "signing/pdf/FieldTree.h"

#include <algorithm>

namespace vanthu::signing
{
using namespace pdf;

Result<QList<FormFieldInfo>> formFields(const QByteArray& pdf)
{
    auto opened = PdfFile::open(pdf);
    if (!opened) {
        return opened.error();
    }
    PdfFile& file = **opened;
    auto pages = file.pages();
    if (!pages) {
        return pages.error();
    }
    QList<FormFieldInfo> fields;
    walkFields(file, acroFormFields(file), [&](const FieldNode& node) {
        if (node.hasKids || !node.type.isName()) {
            return;
        }
        const PdfObject& field = node.dictionary;
        FormFieldInfo info;
        info.name = node.name;
        info.type = node.type.bytes();
        info.hasValue = field.find("V") && !field.find("V")->isNull();
        info.hasLock = field.find("Lock") != nullptr;
        info.objectNumber = node.reference.isReference() ? node.reference.referenceValue().number : 0;
        if (const PdfObject* rect = field.find("Rect"); rect && rect->isArray() && rect->arrayItems().size() == 4) {
            const PdfArray& r = rect->arrayItems();
            const double x1 = std::min(r[0].numberValue(), r[2].numberValue());
            const double x2 = std::max(r[0].numberValue(), r[2].numberValue());
            const double y1 = std::min(r[1].numberValue(), r[3].numberValue());
            const double y2 = std::max(r[1].numberValue(), r[3].numberValue());
            info.rect = QRectF(x1, y1, x2 - x1, y2 - y1);
        }
        if (const PdfObject* page = field.find("P"); page && page->isReference()) {
            const auto found = std::find(pages->begin(), pages->end(), page->referenceValue());
            if (found != pages->end()) {
                info.pageIndex = static_cast<int>(found - pages->begin());
            }
        }
        fields.append(info);
    });
    return fields;
}

} // namespace vanthu::signing
