// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pdf/PageImport.h"

#include "signing/pdf/PdfFilters.h"

#include <unordered_map>

namespace vanthu::signing::pdf
{
namespace
{

class ObjectCopier
{
public:
    ObjectCopier(IncrementalUpdate& update, PdfFile& source) : m_update(update), m_source(source)
    {
    }

    /** Copies @p value, replacing each reference by one to a copy of its target in the update. */
    Result<PdfObject> copy(const PdfObject& value, int depth)
    {
        if (depth > 64) {
            return PdfFile::damaged(QStringLiteral("appearance objects nested too deeply"));
        }
        switch (value.kind()) {
        case PdfObject::Kind::Reference:
            return copyReference(value.referenceValue(), depth);
        case PdfObject::Kind::Array: {
            PdfArray items;
            for (const PdfObject& item : value.arrayItems()) {
                auto copied = copy(item, depth + 1);
                if (!copied) {
                    return copied.error();
                }
                items.push_back(std::move(*copied));
            }
            return PdfObject::array(std::move(items));
        }
        case PdfObject::Kind::Dictionary: {
            PdfDictionary entries;
            for (const auto& [key, item] : value.entries()) {
                if (key == "Parent" || key == "P") {
                    continue; // back-links into the source's page tree must not drag it along
                }
                auto copied = copy(item, depth + 1);
                if (!copied) {
                    return copied.error();
                }
                entries.emplace_back(key, std::move(*copied));
            }
            return PdfObject::dictionary(std::move(entries));
        }
        default:
            return value;
        }
    }

private:
    Result<PdfObject> copyReference(PdfRef ref, int depth)
    {
        if (const auto done = m_copies.find(ref.number); done != m_copies.end()) {
            return PdfObject::reference(done->second);
        }
        if (m_copies.size() > 10000) {
            return PdfFile::damaged(QStringLiteral("appearance has too many objects"));
        }
        const XrefEntry* entry = m_source.entry(ref.number);
        if (!entry || entry->type == XrefEntry::Type::Free) {
            return PdfObject();
        }
        auto source = m_source.indirect(ref.number);
        if (!source) {
            return source.error();
        }
        const PdfRef target = m_update.allocate();
        m_copies.emplace(ref.number, target);
        const PdfIndirectObject original = **source; // copy: the cache may grow while we recurse
        auto value = copy(original.value, depth + 1);
        if (!value) {
            return value.error();
        }
        if (original.stream) {
            const QByteArray raw = m_source.bytes().mid(original.stream->offset, original.stream->length);
            m_update.putStream(target, std::move(*value), raw);
        } else {
            m_update.put(target, std::move(*value));
        }
        return PdfObject::reference(target);
    }

    IncrementalUpdate& m_update;
    PdfFile& m_source;
    std::unordered_map<int, PdfRef> m_copies;
};

PdfObject realNumber(double value)
{
    return PdfObject::real(QByteArray::number(value, 'f', 4));
}

} // namespace

Result<PdfRef> importPageAsForm(IncrementalUpdate& update, PdfFile& source, int pageIndex, double width, double height)
{
    auto pages = source.pages();
    if (!pages) {
        return pages.error();
    }
    if (pageIndex < 0 || pageIndex >= static_cast<int>(pages->size())) {
        return PdfFile::damaged(QStringLiteral("appearance page %1 does not exist").arg(pageIndex));
    }
    auto page = source.object((*pages)[static_cast<size_t>(pageIndex)]);
    if (!page) {
        return page.error();
    }
    auto mediaBox = source.resolve(page->find("MediaBox") ? *page->find("MediaBox") : PdfObject());
    if (!mediaBox) {
        return mediaBox.error();
    }
    if (!mediaBox->isArray() || mediaBox->arrayItems().size() != 4) {
        return PdfFile::damaged(QStringLiteral("appearance page without a MediaBox"));
    }
    const double left = mediaBox->arrayItems()[0].numberValue();
    const double bottom = mediaBox->arrayItems()[1].numberValue();
    const double pageWidth = mediaBox->arrayItems()[2].numberValue() - left;
    const double pageHeight = mediaBox->arrayItems()[3].numberValue() - bottom;
    if (pageWidth <= 0 || pageHeight <= 0 || width <= 0 || height <= 0) {
        return PdfFile::damaged(QStringLiteral("empty appearance page or target"));
    }

    QByteArray content;
    auto contents = source.resolve(page->find("Contents") ? *page->find("Contents") : PdfObject());
    if (!contents) {
        return contents.error();
    }
    PdfArray streams;
    if (page->find("Contents") && page->find("Contents")->isReference()) {
        const PdfObject& direct = *page->find("Contents");
        if (contents->isArray()) {
            streams = contents->arrayItems();
        } else {
            streams.push_back(direct);
        }
    } else if (contents->isArray()) {
        streams = contents->arrayItems();
    }
    for (const PdfObject& stream : streams) {
        if (!stream.isReference()) {
            continue;
        }
        auto data = source.streamData(stream.referenceValue().number);
        if (!data) {
            return data.error();
        }
        content.append(*data).append('\n');
    }

    ObjectCopier copier(update, source);
    PdfObject resources = PdfObject::dictionary();
    if (const PdfObject* pageResources = page->find("Resources")) {
        auto copied = copier.copy(*pageResources, 0);
        if (!copied) {
            return copied.error();
        }
        resources = std::move(*copied);
    }
    const PdfRef form = update.allocate();
    PdfObject dictionary = PdfObject::dictionary({
        {"Type", PdfObject::name("XObject")},
        {"Subtype", PdfObject::name("Form")},
        {"BBox", PdfObject::array({realNumber(left), realNumber(bottom), realNumber(left + pageWidth),
                                   realNumber(bottom + pageHeight)})},
        {"Matrix", PdfObject::array({realNumber(width / pageWidth), PdfObject::integer(0), PdfObject::integer(0),
                                     realNumber(height / pageHeight), realNumber(-left * width / pageWidth),
                                     realNumber(-bottom * height / pageHeight)})},
        {"Resources", std::move(resources)},
        {"Filter", PdfObject::name("FlateDecode")},
    });
    update.putStream(form, std::move(dictionary), deflate(content));
    return form;
}

} // namespace vanthu::signing::pdf
