// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pdf/FieldTree.h"

#include "signing/pades/PdfText.h"

#include <vector>

namespace vanthu::signing::pdf
{

void walkFields(PdfFile& file, const PdfObject& fields, const std::function<void(const FieldNode&)>& visit)
{
    if (!fields.isArray()) {
        return;
    }
    struct Pending
    {
        PdfObject reference;
        QString prefix;
        PdfObject type;
        int depth;
    };
    // The bound counts what is queued, not only what is visited: one node listing a million kids must not queue them.
    constexpr int maxNodes = 100000;
    int queued = 0;
    std::vector<Pending> stack;
    for (auto it = fields.arrayItems().rbegin(); it != fields.arrayItems().rend() && queued < maxNodes;
         ++it, ++queued) {
        stack.push_back({*it, QString(), PdfObject(), 0});
    }
    for (int visited = 0; !stack.empty() && visited < maxNodes; ++visited) {
        Pending pending = std::move(stack.back());
        stack.pop_back();
        if (pending.depth > 32) {
            continue;
        }
        auto dictionary = file.resolve(pending.reference);
        if (!dictionary || !dictionary->isDictionary()) {
            continue;
        }
        FieldNode node;
        node.reference = pending.reference;
        node.name = pending.prefix;
        if (const PdfObject* partial = dictionary->find("T"); partial && partial->isString()) {
            const QString part = fromTextString(partial->bytes());
            node.name = node.name.isEmpty() ? part : node.name + QLatin1Char('.') + part;
        }
        node.type = dictionary->find("FT") ? *dictionary->find("FT") : pending.type;
        if (const PdfObject* kids = dictionary->find("Kids")) {
            auto kidArray = file.resolve(*kids);
            if (kidArray && kidArray->isArray()) {
                node.hasKids = true;
                for (auto it = kidArray->arrayItems().rbegin();
                     it != kidArray->arrayItems().rend() && queued < maxNodes; ++it, ++queued) {
                    stack.push_back({*it, node.name, node.type, pending.depth + 1});
                }
            }
        }
        node.dictionary = std::move(*dictionary);
        visit(node);
    }
}

PdfObject acroFormFields(PdfFile& file)
{
    auto catalogRef = file.catalogRef();
    auto catalog = catalogRef ? file.object(*catalogRef) : Result<PdfObject>(PdfObject());
    if (!catalog) {
        return PdfObject::array();
    }
    const PdfObject* acroFormEntry = catalog->find("AcroForm");
    auto acroForm = acroFormEntry ? file.resolve(*acroFormEntry) : Result<PdfObject>(PdfObject());
    if (!acroForm || !acroForm->find("Fields")) {
        return PdfObject::array();
    }
    auto fields = file.resolve(*acroForm->find("Fields"));
    return fields && fields->isArray() ? *fields : PdfObject::array();
}

} // namespace vanthu::signing::pdf
