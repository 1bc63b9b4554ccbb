// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pades/FormFields.h"

#include "signing/pades/PdfText.h"
#include "signing/pdf/PdfFile.h"

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
    auto catalogRef = file.catalogRef();
    if (!catalogRef) {
        return catalogRef.error();
    }
    auto catalog = file.object(*catalogRef);
    auto pages = file.pages();
    if (!catalog) {
        return catalog.error();
    }
    if (!pages) {
        return pages.error();
    }
    QList<FormFieldInfo> fields;
    const PdfObject* acroFormEntry = catalog->find("AcroForm");
    auto acroForm = acroFormEntry ? file.resolve(*acroFormEntry) : Result<PdfObject>(PdfObject());
    if (!acroForm || !acroForm->find("Fields")) {
        return fields;
    }
    auto roots = file.resolve(*acroForm->find("Fields"));
    if (!roots || !roots->isArray()) {
        return fields;
    }
    struct Pending
    {
        PdfObject node;
        QString prefix;
        PdfObject inheritedType;
        int depth;
    };
    std::vector<Pending> stack;
    for (auto it = roots->arrayItems().rbegin(); it != roots->arrayItems().rend(); ++it) {
        stack.push_back({*it, QString(), PdfObject(), 0});
    }
    int visited = 0;
    while (!stack.empty() && ++visited < 100000) {
        Pending pending = std::move(stack.back());
        stack.pop_back();
        auto node = file.resolve(pending.node);
        if (!node || !node->isDictionary() || pending.depth > 32) {
            continue;
        }
        QString name = pending.prefix;
        if (const PdfObject* partial = node->find("T"); partial && partial->isString()) {
            const QString part = fromTextString(partial->bytes());
            name = name.isEmpty() ? part : name + QLatin1Char('.') + part;
        }
        const PdfObject type = node->find("FT") ? *node->find("FT") : pending.inheritedType;
        if (const PdfObject* kids = node->find("Kids")) {
            auto kidArray = file.resolve(*kids);
            if (kidArray && kidArray->isArray()) {
                for (auto it = kidArray->arrayItems().rbegin(); it != kidArray->arrayItems().rend(); ++it) {
                    stack.push_back({*it, name, type, pending.depth + 1});
                }
                continue;
            }
        }
        if (!type.isName()) {
            continue;
        }
        FormFieldInfo info;
        info.name = name;
        info.type = type.bytes();
        info.hasValue = node->find("V") && !node->find("V")->isNull();
        info.hasLock = node->find("Lock") != nullptr;
        info.objectNumber = pending.node.isReference() ? pending.node.referenceValue().number : 0;
        if (const PdfObject* rect = node->find("Rect"); rect && rect->isArray() && rect->arrayItems().size() == 4) {
            const PdfArray& r = rect->arrayItems();
            const double x1 = std::min(r[0].numberValue(), r[2].numberValue());
            const double x2 = std::max(r[0].numberValue(), r[2].numberValue());
            const double y1 = std::min(r[1].numberValue(), r[3].numberValue());
            const double y2 = std::max(r[1].numberValue(), r[3].numberValue());
            info.rect = QRectF(x1, y1, x2 - x1, y2 - y1);
        }
        if (const PdfObject* page = node->find("P"); page && page->isReference()) {
            const auto found = std::find(pages->begin(), pages->end(), page->referenceValue());
            if (found != pages->end()) {
                info.pageIndex = static_cast<int>(found - pages->begin());
            }
        }
        fields.append(info);
    }
    return fields;
}

Result<QList<FormFieldInfo>> signatureFields(const QByteArray& pdf)
{
    auto fields = formFields(pdf);
    if (!fields) {
        return fields.error();
    }
    QList<FormFieldInfo> signatures;
    for (const FormFieldInfo& field : *fields) {
        if (field.type == "Sig") {
            signatures.append(field);
        }
    }
    return signatures;
}

} // namespace vanthu::signing
