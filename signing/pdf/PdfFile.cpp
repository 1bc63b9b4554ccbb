// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pdf/PdfFile.h"

#include "signing/pdf/ObjectScan.h"
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

PdfFile::PdfFile(QByteArray bytes, std::shared_ptr<PdfParseCache> cache)
    : m_bytes(std::move(bytes)), m_cache(std::move(cache)), m_limits(m_cache->limits())
{
}

Result<std::unique_ptr<PdfFile>> PdfFile::open(QByteArray bytes, const PdfLimits& limits)
{
    return open(std::move(bytes), std::make_shared<PdfParseCache>(limits));
}

namespace
{

Result<void> checkHeader(const QByteArray& bytes, const PdfLimits& limits)
{
    if (bytes.size() > limits.maxFileBytes) {
        return Error{ErrorCode::InvalidInput, PdfFileText::tr("The PDF file is too large."),
                     QStringLiteral("%1 bytes").arg(bytes.size())};
    }
    if (bytes.left(1024).indexOf("%PDF-") < 0) {
        return PdfFile::damaged(QStringLiteral("no %PDF- header"));
    }
    return {};
}

} // namespace

Result<std::unique_ptr<PdfFile>> PdfFile::open(QByteArray bytes, std::shared_ptr<PdfParseCache> cache)
{
    if (auto header = checkHeader(bytes, cache->limits()); !header) {
        return header.error();
    }
    std::unique_ptr<PdfFile> file(new PdfFile(std::move(bytes), std::move(cache)));
    if (auto read = file->readSections(); !read) {
        return read.error();
    }
    return file;
}

Result<std::unique_ptr<PdfFile>> PdfFile::openRebuilt(QByteArray bytes, std::shared_ptr<PdfParseCache> cache)
{
    if (auto header = checkHeader(bytes, cache->limits()); !header) {
        return header.error();
    }
    std::unique_ptr<PdfFile> file(new PdfFile(std::move(bytes), std::move(cache)));
    file->m_rebuilt = true;
    if (auto read = file->rebuildByScanning(); !read) {
        return read.error();
    }
    return file;
}

Result<std::shared_ptr<const XrefSection>> PdfFile::sectionAt(qint64 offset)
{
    if (const auto cached = m_cache->m_sections.find(offset); cached != m_cache->m_sections.end()) {
        return cached->second;
    }
    auto section = readSectionAt(offset);
    if (!section) {
        return section.error();
    }
    auto shared = std::make_shared<const XrefSection>(std::move(*section));
    m_cache->m_sections.emplace(offset, shared);
    return shared;
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
        auto section = sectionAt(offset);
        if (!section) {
            return section.error();
        }
        entries += static_cast<qint64>((*section)->entries.size());
        if (entries > m_limits.maxObjects) {
            return damaged(QStringLiteral("more than %1 cross-reference entries").arg(m_limits.maxObjects));
        }
        offset = (*section)->previous;
        m_sections.push_back(std::move(*section));
    }
    return finishEntries();
}

Result<void> PdfFile::finishEntries()
{
    // Newest section wins; within a hybrid classic section the table wins over its /XRefStm (already merged).
    m_merged.reserve(m_sections.empty() ? 0 : m_sections.back().entries.size());
    for (const XrefSection& section : m_sections) {
        for (const auto& [number, entry] : section.entries) {
            // A section read for a longer view of the same file may point past the end of this one.
            if (entry.type == XrefEntry::Type::InFile && entry.location >= m_bytes.size()) {
                return damaged(QStringLiteral("xref entry points beyond the file"));
            }
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

Result<void> PdfFile::rebuildByScanning()
{
    XrefSection section;
    section.offset = -1;
    std::map<int, int> generations;
    std::vector<qint64> objectStreams;
    std::optional<std::pair<qint64, PdfObject>> trailer; // the last one naming /Root, by offset
    qint64 catalogOffset = -1;
    PdfRef catalog;
    auto peek = [this](qint64 offset, const char* word) {
        return QByteArrayView(m_bytes).sliced(offset, std::min<qint64>(512, m_bytes.size() - offset)).indexOf(word)
               >= 0;
    };
    auto parse = [this](qint64 offset) {
        PdfParser parser(m_bytes, offset);
        return parser.readIndirectObject([](PdfRef) { return std::optional<qint64>(); });
    };
    for (const ScannedHeader& header : scanObjectHeaders(m_bytes, 0, m_bytes.size())) {
        if (!m_cache->spend(1)) {
            return damaged(QStringLiteral("rebuilding: work budget spent"));
        }
        const auto known = generations.find(header.number);
        if (known != generations.end() && header.generation < known->second) {
            continue;
        }
        generations[header.number] = header.generation;
        section.entries.insert_or_assign(header.number,
                                         XrefEntry{XrefEntry::Type::InFile, header.offset, header.generation});
        const bool objectStream = peek(header.offset, "/ObjStm");
        const bool xrefStream = peek(header.offset, "/XRef");
        const bool catalogCandidate = peek(header.offset, "/Catalog");
        if (!objectStream && !xrefStream && !catalogCandidate) {
            continue;
        }
        const auto object = parse(header.offset);
        if (!object) {
            continue;
        }
        const PdfObject* type = object->value.find("Type");
        if (type && type->isName("ObjStm") && object->stream) {
            objectStreams.push_back(header.offset);
        } else if (type && type->isName("XRef") && object->value.find("Root")) {
            trailer = std::make_pair(header.offset, object->value);
        } else if (type && type->isName("Catalog")) {
            catalogOffset = header.offset;
            catalog = object->ref;
        }
    }
    for (const qint64 at : scanTrailerKeywords(m_bytes)) {
        PdfParser parser(m_bytes, at + 7);
        auto dictionary = parser.readObject();
        if (dictionary && dictionary->isDictionary() && dictionary->find("Root") && (!trailer || trailer->first < at)) {
            trailer = std::make_pair(at, std::move(*dictionary));
        }
    }
    if (!trailer && catalogOffset < 0) {
        return damaged(QStringLiteral("rebuilding: no trailer and no catalog"));
    }
    section.trailer = trailer ? trailer->second : PdfObject::dictionary();
    if (!trailer) {
        section.trailer.set("Root", PdfObject::reference(catalog));
    }
    for (const char* key : {"Prev", "XRefStm", "Index", "W", "Filter", "DecodeParms", "Length", "Type"}) {
        section.trailer.remove(key); // the rebuilt table is the only one
    }
    // Members of object streams count where no plain object carries their number (as poppler rebuilds them); the
    // plain objects are in force meanwhile so that the streams can be read.
    m_sections.push_back(std::make_shared<const XrefSection>(section));
    for (const auto& [number, entry] : section.entries) {
        m_merged.emplace(number, entry);
    }
    for (const qint64 offset : objectStreams) {
        const auto container = parse(offset);
        if (!container) {
            continue;
        }
        const int containerNumber = container->ref.number;
        auto stream = objectStream(containerNumber);
        if (!stream) {
            continue;
        }
        for (size_t index = 0; index < (*stream)->members.size(); ++index) {
            const int member = (*stream)->members[index].first;
            if (!section.entries.contains(member)) {
                section.entries.emplace(
                    member, XrefEntry{XrefEntry::Type::InObjectStream, containerNumber, static_cast<int>(index)});
            }
        }
    }
    int highest = section.entries.empty() ? 0 : section.entries.rbegin()->first;
    section.trailer.set("Size", PdfObject::integer(highest + 1));
    m_sections = XrefSections();
    m_sections.push_back(std::make_shared<const XrefSection>(std::move(section)));
    m_merged.clear();
    m_objects.clear();
    return finishEntries();
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
    const XrefEntry* streamEntry = entry(number);
    if (!streamEntry || streamEntry->type != XrefEntry::Type::InFile) {
        return damaged(QStringLiteral("object stream %1 is not a plain object").arg(number));
    }
    if (const auto cached = m_cache->m_objectStreams.find(streamEntry->location);
        cached != m_cache->m_objectStreams.end()) {
        return cached->second.get();
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
    auto stream = std::make_shared<ObjectStream>();
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
    if (!m_cache->spend(static_cast<qint64>(stream->members.size()))) {
        return tooComplex();
    }
    const ObjectStream* result = stream.get();
    m_cache->m_objectStreams.emplace(streamEntry->location, std::move(stream));
    return result;
}

Error PdfFile::tooComplex()
{
    return Error{ErrorCode::Unsupported,
                 PdfFileText::tr("The PDF file is too complex to check (it holds too many objects or revisions)."),
                 QStringLiteral("work budget spent")};
}

Result<std::shared_ptr<PdfIndirectObject>> PdfFile::parseAt(int number, qint64 offset)
{
    if (const auto cached = m_cache->m_objects.find(offset); cached != m_cache->m_objects.end()) {
        // Read for a longer view of the same bytes: the same object unless it runs past this view's end.
        if (cached->second->end <= m_bytes.size()) {
            return cached->second;
        }
    }
    if (!m_cache->spend(1)) {
        return tooComplex();
    }
    PdfParser parser(m_bytes, offset);
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
        m_misplaced = true; // nothing readable where the entry points: a reader rebuilds the file
        return damaged(QStringLiteral("object %1: %2").arg(number).arg(parser.error()));
    }
    auto shared = std::make_shared<PdfIndirectObject>(std::move(*parsed));
    m_cache->m_objects.insert_or_assign(offset, shared);
    return shared;
}

Result<const PdfIndirectObject*> PdfFile::indirect(int number)
{
    if (const auto cached = m_objects.find(number); cached != m_objects.end()) {
        return cached->second.get();
    }
    if (m_cache->cancelled()) {
        return Error{ErrorCode::Cancelled, PdfFileText::tr("The check was cancelled."), QStringLiteral("cancelled")};
    }
    const XrefEntry* found = entry(number);
    if (!found || found->type == XrefEntry::Type::Free) {
        return Error{ErrorCode::NotFound, PdfFileText::tr("A part of the PDF file is missing."),
                     QStringLiteral("object %1 is not in use").arg(number)};
    }
    std::shared_ptr<PdfIndirectObject> object;
    if (found->type == XrefEntry::Type::InFile) {
        auto parsed = parseAt(number, found->location);
        if (!parsed) {
            return parsed.error();
        }
        // Readers check the header against the entry and rebuild the table when they differ (poppler does).
        if ((*parsed)->ref.number != number || (*parsed)->ref.generation != found->generationOrIndex) {
            m_misplaced = true;
            return damaged(QStringLiteral("xref says object %1 %2 is at %3, found object %4 %5")
                               .arg(number)
                               .arg(found->generationOrIndex)
                               .arg(found->location)
                               .arg((*parsed)->ref.number)
                               .arg((*parsed)->ref.generation));
        }
        object = std::move(*parsed);
    } else {
        if (found->location == number || found->location > 0x7fffffff) {
            return damaged(QStringLiteral("object %1 claims to be inside itself").arg(number));
        }
        const int containerNumber = static_cast<int>(found->location);
        auto stream = objectStream(containerNumber);
        if (!stream) {
            return stream.error();
        }
        const qint64 containerOffset = entry(containerNumber)->location;
        const auto key = std::make_pair(containerOffset, number);
        if (const auto cached = m_cache->m_members.find(key); cached != m_cache->m_members.end()) {
            object = cached->second;
        } else {
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
                m_misplaced = true;
                return damaged(QStringLiteral("object %1 missing from its object stream").arg(number));
            }
            PdfParser parser((*stream)->data, offset);
            auto value = parser.readObject();
            if (!value) {
                return damaged(QStringLiteral("object %1 in object stream: %2").arg(number).arg(parser.error()));
            }
            object = std::make_shared<PdfIndirectObject>();
            object->ref = PdfRef{number, 0};
            object->value = std::move(*value);
            object->offset = -1;
            object->duplicateKeys = parser.duplicateKeys();
            m_cache->m_members.emplace(key, object);
        }
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
    const qint64 left = m_limits.maxDecodedTotalBytes - m_cache->m_decodedBytes;
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
        m_cache->m_decodedBytes += data->size();
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
    const XrefEntry* found = entry(ref.number);
    if (!found || found->type == XrefEntry::Type::Free) {
        // A missing object is null (ISO 32000-1 §7.3.10): a leaf without content, as before.
        if (static_cast<int>(out.size()) >= m_limits.maxPages) {
            return damaged(QStringLiteral("more than %1 pages").arg(m_limits.maxPages));
        }
        out.push_back(ref);
        return {};
    }
    // Read in place: a document of thousands of pages must not copy every page dictionary.
    auto holder = indirect(ref.number);
    if (!holder) {
        return holder.error();
    }
    const PdfObject& value = (*holder)->value;
    const PdfObject* type = value.find("Type");
    const PdfObject* kids = value.find("Kids");
    if ((type && type->isName("Pages")) || (!type && kids)) {
        PdfObject indirectKids;
        const PdfObject* kidArray = kids;
        if (kids && kids->isReference()) {
            auto resolvedKids = resolve(*kids);
            if (!resolvedKids) {
                return resolvedKids.error();
            }
            indirectKids = std::move(*resolvedKids);
            kidArray = &indirectKids;
        }
        if (!kidArray || !kidArray->isArray()) {
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
