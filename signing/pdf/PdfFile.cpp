// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pdf/PdfFile.h"

#include "signing/pdf/PdfFilters.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <set>

namespace vanthu::signing::pdf
{
namespace
{

struct PdfFileText
{
    Q_DECLARE_TR_FUNCTIONS(PdfFileText)
};

/** A field of up to 8 bytes; values beyond qint64 (no real file has them) become the largest qint64. */
qint64 readBigEndian(const QByteArray& data, qint64 position, int width)
{
    quint64 value = 0;
    for (int i = 0; i < width; ++i) {
        value = (value << 8) | static_cast<unsigned char>(data[position + i]);
    }
    return static_cast<qint64>(std::min<quint64>(value, std::numeric_limits<qint64>::max()));
}

} // namespace

Error PdfFile::damaged(const QString& detail)
{
    return Error{ErrorCode::InvalidInput,
                 PdfFileText::tr("The PDF file is damaged or is not a PDF. Open it in a PDF reader, save it again "
                                 "and retry."),
                 detail};
}

PdfFile::PdfFile(QByteArray bytes, PdfLimits limits) : m_bytes(std::move(bytes)), m_limits(limits)
{
}

Result<std::unique_ptr<PdfFile>> PdfFile::open(QByteArray bytes, const PdfLimits& limits)
{
    if (bytes.size() > limits.maxFileBytes) {
        return Error{ErrorCode::InvalidInput, PdfFileText::tr("The PDF file is too large."),
                     QStringLiteral("%1 bytes").arg(bytes.size())};
    }
    const qsizetype header = bytes.left(1024).indexOf("%PDF-");
    if (header < 0) {
        return damaged(QStringLiteral("no %PDF- header"));
    }
    std::unique_ptr<PdfFile> file(new PdfFile(std::move(bytes), limits));
    if (auto read = file->readSections(); !read) {
        return read.error();
    }
    return file;
}

Result<void> PdfFile::readSections()
{
    const qsizetype tailStart = std::max<qsizetype>(0, m_bytes.size() - 4096);
    const qsizetype keyword = m_bytes.lastIndexOf("startxref");
    if (keyword < 0 || keyword < tailStart) {
        return damaged(QStringLiteral("no startxref near the end"));
    }
    PdfParser parser(m_bytes, keyword + 9);
    const auto start = parser.readUnsigned();
    if (!start || *start >= m_bytes.size()) {
        return damaged(QStringLiteral("startxref offset missing or beyond the end"));
    }
    std::set<qint64> visited;
    qint64 offset = *start;
    qint64 entries = 0;
    while (offset >= 0) {
        if (offset >= m_bytes.size()) {
            return damaged(QStringLiteral("/Prev %1 beyond the end of the file").arg(offset));
        }
        // The section starts where its keyword or object number does: two /Prev values that differ only by the
        // whitespace or comments before it are the same section, so a chain cannot read one section 4096 times.
        PdfParser probe(m_bytes, offset);
        probe.skipSpace();
        if (!visited.insert(probe.position()).second) {
            return damaged(QStringLiteral("cross-reference chain loops at offset %1").arg(offset));
        }
        if (static_cast<int>(m_sections.size()) >= m_limits.maxXrefSections) {
            return damaged(QStringLiteral("more than %1 cross-reference sections").arg(m_limits.maxXrefSections));
        }
        auto section = readSectionAt(offset);
        if (!section) {
            return section.error();
        }
        entries += static_cast<qint64>(section->entries.size());
        if (entries > m_limits.maxObjects) {
            return damaged(QStringLiteral("more than %1 cross-reference entries").arg(m_limits.maxObjects));
        }
        offset = section->previous;
        m_sections.push_back(std::move(*section));
    }
    // Newest section wins; within a hybrid classic section the table wins over its /XRefStm (already merged).
    for (const XrefSection& section : m_sections) {
        for (const auto& [number, entry] : section.entries) {
            m_merged.try_emplace(number, entry);
        }
    }
    const PdfObject* size = trailer().find("Size");
    if (!size || !size->isInteger() || size->integerValue() < 1 || size->integerValue() > m_limits.maxObjects) {
        return damaged(QStringLiteral("trailer /Size missing or out of range"));
    }
    m_objectCount = static_cast<int>(size->integerValue());
    for (const auto& [number, entry] : m_merged) {
        if (number >= m_objectCount && entry.type != XrefEntry::Type::Free) {
            m_objectCount = number + 1; // a /Size too small must not make us reuse a live number
        }
    }
    if (!trailer().find("Root")) {
        return damaged(QStringLiteral("trailer without /Root"));
    }
    return {};
}

Result<XrefSection> PdfFile::readSectionAt(qint64 offset)
{
    PdfParser probe(m_bytes, offset);
    probe.skipSpace();
    if (probe.consumeKeyword("xref")) {
        auto section = readClassicSection(probe.position());
        if (section) {
            section->offset = offset;
        }
        return section;
    }
    return readStreamSection(offset);
}

Result<XrefSection> PdfFile::readClassicSection(qint64 afterKeyword)
{
    XrefSection section;
    PdfParser parser(m_bytes, afterKeyword);
    qint64 total = 0;
    while (true) {
        const qint64 before = parser.position();
        const auto first = parser.readUnsigned();
        if (!first) {
            parser.seek(before);
            break;
        }
        const auto count = parser.readUnsigned();
        if (!count || *first + *count > m_limits.maxObjects) {
            return damaged(QStringLiteral("bad xref subsection header at offset %1").arg(before));
        }
        total += *count;
        if (total > m_limits.maxObjects) {
            return damaged(QStringLiteral("xref section too large"));
        }
        for (qint64 i = 0; i < *count; ++i) {
            const auto location = parser.readUnsigned();
            const auto generation = location ? parser.readUnsigned() : std::nullopt;
            const QByteArrayView kind = generation ? parser.readToken() : QByteArrayView();
            if (!generation || (kind != "n" && kind != "f")) {
                return damaged(QStringLiteral("bad xref entry near offset %1").arg(parser.position()));
            }
            XrefEntry entry;
            entry.type = kind == "n" ? XrefEntry::Type::InFile : XrefEntry::Type::Free;
            entry.location = *location;
            entry.generationOrIndex = static_cast<int>(std::min<qint64>(*generation, 65535));
            if (entry.type == XrefEntry::Type::InFile && (*location <= 0 || *location >= m_bytes.size())) {
                if (*location == 0) {
                    entry.type = XrefEntry::Type::Free; // "0000000000 00000 n" is a known producer slip
                } else {
                    return damaged(QStringLiteral("xref entry points beyond the file"));
                }
            }
            section.entries.insert_or_assign(static_cast<int>(*first + i), entry);
        }
    }
    if (!parser.consumeKeyword("trailer")) {
        return damaged(QStringLiteral("no trailer after xref table at offset %1").arg(section.offset));
    }
    auto trailer = parser.readObject();
    if (!trailer || !trailer->isDictionary()) {
        return damaged(QStringLiteral("unreadable trailer: %1").arg(parser.error()));
    }
    section.trailer = std::move(*trailer);
    if (const PdfObject* previous = section.trailer.find("Prev"); previous && previous->isInteger()) {
        section.previous = previous->integerValue();
    }
    if (const PdfObject* hybrid = section.trailer.find("XRefStm"); hybrid && hybrid->isInteger()) {
        section.hybridStream = hybrid->integerValue();
        auto stream = readStreamSection(section.hybridStream);
        if (!stream) {
            return stream.error();
        }
        for (const auto& [number, entry] : stream->entries) {
            section.entries.try_emplace(number, entry);
        }
    }
    return section;
}

Result<XrefSection> PdfFile::readStreamSection(qint64 offset)
{
    if (offset < 0 || offset >= m_bytes.size()) {
        return damaged(QStringLiteral("xref stream offset %1 outside the file").arg(offset));
    }
    PdfParser parser(m_bytes, offset);
    auto object = parser.readIndirectObject([](PdfRef) { return std::optional<qint64>(); });
    if (!object || !object->stream || !object->value.find("Type") || !object->value.find("Type")->isName("XRef")) {
        return damaged(QStringLiteral("no xref table or xref stream at offset %1 %2").arg(offset).arg(parser.error()));
    }
    XrefSection section;
    section.offset = offset;
    section.isStream = true;
    section.trailer = object->value;
    QString error;
    const auto data = decode(*object, error);
    if (!data) {
        return damaged(QStringLiteral("xref stream at %1: %2").arg(offset).arg(error));
    }
    const PdfObject* widths = object->value.find("W");
    if (!widths || !widths->isArray() || widths->arrayItems().size() != 3) {
        return damaged(QStringLiteral("xref stream without /W"));
    }
    int w[3];
    for (int i = 0; i < 3; ++i) {
        const PdfObject& width = widths->arrayItems()[static_cast<size_t>(i)];
        if (!width.isInteger() || width.integerValue() < 0 || width.integerValue() > 8) {
            return damaged(QStringLiteral("bad /W in xref stream"));
        }
        w[i] = static_cast<int>(width.integerValue());
    }
    const int rowWidth = w[0] + w[1] + w[2];
    if (rowWidth == 0) {
        return damaged(QStringLiteral("bad /W in xref stream"));
    }
    std::vector<std::pair<qint64, qint64>> ranges;
    if (const PdfObject* index = object->value.find("Index"); index && index->isArray()) {
        const PdfArray& items = index->arrayItems();
        for (size_t i = 0; i + 1 < items.size(); i += 2) {
            ranges.emplace_back(items[i].integerValue(), items[i + 1].integerValue());
        }
    } else {
        const PdfObject* size = object->value.find("Size");
        ranges.emplace_back(0, size ? size->integerValue() : 0);
    }
    qint64 row = 0;
    for (const auto& [first, count] : ranges) {
        if (first < 0 || count < 0 || first + count > m_limits.maxObjects || row + count > m_limits.maxObjects) {
            return damaged(QStringLiteral("bad /Index in xref stream"));
        }
        for (qint64 i = 0; i < count; ++i, ++row) {
            const qint64 position = row * rowWidth;
            if (position + rowWidth > data->size()) {
                return damaged(QStringLiteral("xref stream shorter than its /Index"));
            }
            const qint64 type = w[0] == 0 ? 1 : readBigEndian(*data, position, w[0]);
            const qint64 field2 = readBigEndian(*data, position + w[0], w[1]);
            const qint64 field3 = readBigEndian(*data, position + w[0] + w[1], w[2]);
            XrefEntry entry;
            if (type == 0) {
                entry.type = XrefEntry::Type::Free;
            } else if (type == 1) {
                entry.type = XrefEntry::Type::InFile;
                if (field2 <= 0 || field2 >= m_bytes.size()) {
                    return damaged(QStringLiteral("xref stream entry points beyond the file"));
                }
            } else if (type == 2) {
                entry.type = XrefEntry::Type::InObjectStream;
            } else {
                continue; // unknown types are to be ignored (ISO 32000-1 §7.5.8.3)
            }
            entry.location = field2;
            entry.generationOrIndex = static_cast<int>(std::min<qint64>(field3, 0x7fffffff));
            section.entries.insert_or_assign(static_cast<int>(first + i), entry);
        }
    }
    if (const PdfObject* previous = object->value.find("Prev"); previous && previous->isInteger()) {
        section.previous = previous->integerValue();
    }
    return section;
}

const XrefEntry* PdfFile::entry(int number) const
{
    const auto found = m_merged.find(number);
    return found == m_merged.end() ? nullptr : &found->second;
}

Result<const PdfFile::ObjectStream*> PdfFile::objectStream(int number)
{
    if (const auto cached = m_objectStreams.find(number); cached != m_objectStreams.end()) {
        return cached->second.get();
    }
    const XrefEntry* streamEntry = entry(number);
    if (!streamEntry || streamEntry->type != XrefEntry::Type::InFile) {
        return damaged(QStringLiteral("object stream %1 is not a plain object").arg(number));
    }
    auto holder = indirect(number);
    if (!holder) {
        return holder.error();
    }
    const PdfIndirectObject* container = *holder;
    if (!container->stream || !container->value.find("Type") || !container->value.find("Type")->isName("ObjStm")) {
        return damaged(QStringLiteral("object %1 is not an object stream").arg(number));
    }
    auto data = streamData(number);
    if (!data) {
        return data.error();
    }
    const PdfObject* count = container->value.find("N");
    const PdfObject* first = container->value.find("First");
    if (!count || !first || !count->isInteger() || !first->isInteger() || first->integerValue() < 0
        || first->integerValue() > data->size() || count->integerValue() < 0
        || count->integerValue() > m_limits.maxObjects) {
        return damaged(QStringLiteral("object stream %1 without /N or /First").arg(number));
    }
    auto stream = std::make_unique<ObjectStream>();
    stream->data = std::move(*data);
    PdfParser parser(stream->data);
    for (qint64 i = 0; i < count->integerValue(); ++i) {
        const auto member = parser.readUnsigned();
        const auto offset = member ? parser.readUnsigned() : std::nullopt;
        if (!offset || first->integerValue() + *offset >= stream->data.size() || *member > 0x7fffffff) {
            return damaged(QStringLiteral("object stream %1 has a bad header").arg(number));
        }
        stream->members.emplace_back(static_cast<int>(*member), first->integerValue() + *offset);
    }
    const ObjectStream* result = stream.get();
    m_objectStreams.emplace(number, std::move(stream));
    return result;
}

Result<const PdfIndirectObject*> PdfFile::indirect(int number)
{
    if (const auto cached = m_objects.find(number); cached != m_objects.end()) {
        return cached->second.get();
    }
    const XrefEntry* found = entry(number);
    if (!found || found->type == XrefEntry::Type::Free) {
        return Error{ErrorCode::NotFound, PdfFileText::tr("A part of the PDF file is missing."),
                     QStringLiteral("object %1 is not in use").arg(number)};
    }
    auto object = std::make_unique<PdfIndirectObject>();
    if (found->type == XrefEntry::Type::InFile) {
        PdfParser parser(m_bytes, found->location);
        auto parsed = parser.readIndirectObject([this, number](PdfRef lengthRef) -> std::optional<qint64> {
            if (lengthRef.number == number) {
                return std::nullopt;
            }
            const XrefEntry* lengthEntry = entry(lengthRef.number);
            if (!lengthEntry || lengthEntry->type != XrefEntry::Type::InFile) {
                return std::nullopt; // a /Length inside an object stream: fall back to the endstream search
            }
            PdfParser lengthParser(m_bytes, lengthEntry->location);
            const auto length = lengthParser.readIndirectObject([](PdfRef) { return std::optional<qint64>(); });
            if (!length || !length->value.isInteger()) {
                return std::nullopt;
            }
            return length->value.integerValue();
        });
        if (!parsed) {
            return damaged(QStringLiteral("object %1: %2").arg(number).arg(parser.error()));
        }
        if (parsed->ref.number != number) {
            return damaged(QStringLiteral("xref says object %1 is at %2, found object %3")
                               .arg(number)
                               .arg(found->location)
                               .arg(parsed->ref.number));
        }
        *object = std::move(*parsed);
    } else {
        if (found->location == number || found->location > 0x7fffffff) {
            return damaged(QStringLiteral("object %1 claims to be inside itself").arg(number));
        }
        auto stream = objectStream(static_cast<int>(found->location));
        if (!stream) {
            return stream.error();
        }
        const auto& members = (*stream)->members;
        const auto index = static_cast<size_t>(found->generationOrIndex);
        qint64 offset = -1;
        if (index < members.size() && members[index].first == number) {
            offset = members[index].second;
        } else {
            const auto match = std::find_if(members.begin(), members.end(),
                                            [number](const auto& member) { return member.first == number; });
            if (match != members.end()) {
                offset = match->second;
            }
        }
        if (offset < 0) {
            return damaged(QStringLiteral("object %1 missing from its object stream").arg(number));
        }
        PdfParser parser((*stream)->data, offset);
        auto value = parser.readObject();
        if (!value) {
            return damaged(QStringLiteral("object %1 in object stream: %2").arg(number).arg(parser.error()));
        }
        object->ref = PdfRef{number, 0};
        object->value = std::move(*value);
        object->offset = -1;
    }
    const PdfIndirectObject* result = object.get();
    m_objects.emplace(number, std::move(object));
    return result;
}

Result<PdfObject> PdfFile::object(PdfRef ref)
{
    const XrefEntry* found = entry(ref.number);
    if (!found || found->type == XrefEntry::Type::Free) {
        return PdfObject();
    }
    auto holder = indirect(ref.number);
    if (!holder) {
        return holder.error();
    }
    return (*holder)->value;
}

Result<PdfObject> PdfFile::resolve(const PdfObject& value)
{
    PdfObject current = value;
    for (int hops = 0; current.isReference(); ++hops) {
        if (hops >= m_limits.maxReferenceChain) {
            return damaged(QStringLiteral("reference chain too long"));
        }
        auto next = object(current.referenceValue());
        if (!next) {
            return next.error();
        }
        current = std::move(*next);
    }
    return current;
}

Result<QByteArray> PdfFile::streamData(int number)
{
    auto holder = indirect(number);
    if (!holder) {
        return holder.error();
    }
    const PdfIndirectObject* object = *holder;
    if (!object->stream) {
        return damaged(QStringLiteral("object %1 is not a stream").arg(number));
    }
    QString error;
    auto data = decode(*object, error);
    if (!data) {
        return damaged(QStringLiteral("stream %1: %2").arg(number).arg(error));
    }
    return std::move(*data);
}

std::optional<QByteArray> PdfFile::decode(const PdfIndirectObject& object, QString& error)
{
    const qint64 left = m_limits.maxDecodedTotalBytes - m_decodedBytes;
    if (left <= 0) {
        error = QStringLiteral("the file's streams decode to more than %1 bytes").arg(m_limits.maxDecodedTotalBytes);
        return std::nullopt;
    }
    const QByteArrayView raw = QByteArrayView(m_bytes).sliced(object.stream->offset, object.stream->length);
    constexpr qint64 ratioFloor = 64 * 1024;
    const qint64 byRatio = std::max(ratioFloor, raw.size() * m_limits.maxDecodeRatio);
    const qint64 cap = std::min({m_limits.maxDecodedStreamBytes, left, byRatio});
    auto data = decodeStream(object.value, raw, cap, error);
    if (!data && cap == byRatio && cap < std::min(m_limits.maxDecodedStreamBytes, left)) {
        error += QStringLiteral(" (more than %1 times its encoded size)").arg(m_limits.maxDecodeRatio);
    }
    if (data) {
        m_decodedBytes += data->size();
    }
    return data;
}

Result<PdfRef> PdfFile::catalogRef() const
{
    const PdfObject* root = trailer().find("Root");
    if (!root || !root->isReference()) {
        return damaged(QStringLiteral("/Root is not a reference"));
    }
    return root->referenceValue();
}

Result<std::vector<PdfRef>> PdfFile::pages()
{
    auto catalogReference = catalogRef();
    if (!catalogReference) {
        return catalogReference.error();
    }
    auto catalog = object(*catalogReference);
    if (!catalog) {
        return catalog.error();
    }
    const PdfObject* root = catalog->find("Pages");
    if (!root || !root->isReference()) {
        return damaged(QStringLiteral("catalog without a /Pages reference"));
    }
    std::vector<PdfRef> pages;
    std::vector<int> visiting;
    int nodes = 0;
    if (auto collected = collectPages(*root, 0, pages, visiting, nodes); !collected) {
        return collected.error();
    }
    if (pages.empty()) {
        return damaged(QStringLiteral("the document has no pages"));
    }
    return pages;
}

Result<void> PdfFile::collectPages(const PdfObject& node, int depth, std::vector<PdfRef>& out,
                                   std::vector<int>& visiting, int& nodes)
{
    if (!node.isReference() || depth > 64) {
        return damaged(QStringLiteral("page tree node is not a reference or is nested too deeply"));
    }
    // A node may be listed many times in /Kids without a loop; counting every visit keeps such a tree linear.
    if (++nodes > 2 * m_limits.maxPages) {
        return damaged(QStringLiteral("page tree with more than %1 nodes").arg(2 * m_limits.maxPages));
    }
    const PdfRef ref = node.referenceValue();
    if (std::find(visiting.begin(), visiting.end(), ref.number) != visiting.end()) {
        return damaged(QStringLiteral("page tree loops at object %1").arg(ref.number));
    }
    auto value = object(ref);
    if (!value) {
        return value.error();
    }
    const PdfObject* type = value->find("Type");
    const PdfObject* kids = value->find("Kids");
    if ((type && type->isName("Pages")) || (!type && kids)) {
        auto kidArray = kids ? resolve(*kids) : Result<PdfObject>(PdfObject());
        if (!kidArray) {
            return kidArray.error();
        }
        if (!kidArray->isArray()) {
            return damaged(QStringLiteral("page tree node %1 without /Kids").arg(ref.number));
        }
        visiting.push_back(ref.number);
        for (const PdfObject& kid : kidArray->arrayItems()) {
            if (auto collected = collectPages(kid, depth + 1, out, visiting, nodes); !collected) {
                return collected;
            }
        }
        visiting.pop_back();
        return {};
    }
    if (static_cast<int>(out.size()) >= m_limits.maxPages) {
        return damaged(QStringLiteral("more than %1 pages").arg(m_limits.maxPages));
    }
    out.push_back(ref);
    return {};
}

} // namespace vanthu::signing::pdf
