// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pdf/PdfParser.h"

#include <QHash>

#include <cstring>
#include <string_view>
#include <unordered_map>

namespace vanthu::signing::pdf
{

namespace
{

/** The character classes of ISO 32000-1 §7.2.2, looked up by byte (the parser asks for every byte it reads). */
struct CharacterClasses
{
    bool whitespace[256] = {};
    bool delimiter[256] = {};
    constexpr CharacterClasses()
    {
        for (const char c : {' ', '\n', '\r', '\t', '\f', '\0'}) {
            whitespace[static_cast<unsigned char>(c)] = true;
        }
        for (const char c : {'(', ')', '<', '>', '[', ']', '{', '}', '/', '%'}) {
            delimiter[static_cast<unsigned char>(c)] = true;
        }
    }
};
constexpr CharacterClasses characterClasses;

/**
 * The names that make up most of the keys and values of real files, kept once for the process: a parsed name found here
 * shares these bytes instead of allocating its own (a 2,000-page file has some 100,000 names).
 */
const QByteArray* commonName(QByteArrayView text)
{
    static const auto table = [] {
        static constexpr const char* names[] = {
            "Type",
            "Subtype",
            "Page",
            "Pages",
            "Parent",
            "Kids",
            "Count",
            "Resources",
            "MediaBox",
            "CropBox",
            "BleedBox",
            "TrimBox",
            "ArtBox",
            "Contents",
            "Font",
            "XObject",
            "ProcSet",
            "PDF",
            "Text",
            "ImageB",
            "ImageC",
            "ImageI",
            "Rotate",
            "Annots",
            "Annot",
            "Filter",
            "FlateDecode",
            "DCTDecode",
            "Length",
            "DecodeParms",
            "Predictor",
            "Columns",
            "Colors",
            "Image",
            "Form",
            "BBox",
            "Matrix",
            "Width",
            "Height",
            "BitsPerComponent",
            "ColorSpace",
            "DeviceRGB",
            "DeviceGray",
            "DeviceCMYK",
            "ICCBased",
            "ExtGState",
            "Pattern",
            "Shading",
            "Group",
            "Transparency",
            "CS",
            "S",
            "BaseFont",
            "Encoding",
            "FirstChar",
            "LastChar",
            "Widths",
            "FontDescriptor",
            "FontFile",
            "FontFile2",
            "FontFile3",
            "Type0",
            "Type1",
            "TrueType",
            "CIDFontType2",
            "DescendantFonts",
            "CIDSystemInfo",
            "WinAnsiEncoding",
            "Identity-H",
            "ToUnicode",
            "Flags",
            "FontBBox",
            "ItalicAngle",
            "Ascent",
            "Descent",
            "CapHeight",
            "StemV",
            "FontName",
            "N",
            "First",
            "ObjStm",
            "XRef",
            "W",
            "Index",
            "Size",
            "Root",
            "Info",
            "ID",
            "Prev",
            "Widget",
            "Link",
            "Rect",
            "F",
            "P",
            "FT",
            "Sig",
            "Tx",
            "Btn",
            "Ch",
            "T",
            "TU",
            "V",
            "AP",
            "AS",
            "MK",
            "DA",
            "DR",
            "Ff",
            "AcroForm",
            "Fields",
            "SigFlags",
            "NeedAppearances",
            "Catalog",
            "Metadata",
            "XML",
            "Outlines",
            "StructTreeRoot",
            "StructParents",
            "MarkInfo",
            "Marked",
            "Lang",
            "Names",
            "Dests",
            "Border",
            "Dest",
            "A",
            "URI",
            "GoTo",
            "Action",
            "SubFilter",
            "ByteRange",
            "Reference",
            "TransformMethod",
            "TransformParams",
            "DocMDP",
            "FieldMDP",
            "Lock",
            "Perms",
            "DSS",
            "VRI",
            "Certs",
            "OCSPs",
            "CRLs",
            "Tabs",
            "Producer",
            "Creator",
            "CreationDate",
            "ModDate",
            "Title",
            "Author",
            "GS0",
            "GS1",
            "F1",
            "F2",
            "F3",
            "Im0",
            "Im1",
            "Fm0",
            "Fm1",
            "Interpolate",
            "SMask",
            "None",
            "Alternate",
            "Decode",
            "Mask",
            "Normal",
            "Multiply",
            "CA",
            "ca",
            "LW",
            "LC",
            "LJ",
            "ML",
            "BM",
            "SA",
            "OP",
            "op",
            "OPM",
            "UserUnit",
            "PieceInfo",
            "LastModified",
            "OpenAction",
            "PageLayout",
            "PageMode",
            "Version",
            "Extensions",
            "ViewerPreferences",
            "Off",
            "Yes",
            "On",
            "D",
            "R",
            "H",
            "Q",
            "C",
            "K",
            "M",
            "Name",
        };
        std::unordered_map<std::string_view, QByteArray> byText;
        byText.reserve(std::size(names));
        for (const char* name : names) {
            const auto length = static_cast<qsizetype>(std::strlen(name));
            byText.emplace(std::string_view(name, static_cast<size_t>(length)), QByteArray::fromRawData(name, length));
        }
        return byText;
    }();
    const auto found = table.find(std::string_view(text.data(), static_cast<size_t>(text.size())));
    return found == table.end() ? nullptr : &found->second;
}

} // namespace

bool PdfParser::isWhitespace(char c)
{
    return characterClasses.whitespace[static_cast<unsigned char>(c)];
}

bool PdfParser::isDelimiter(char c)
{
    return characterClasses.delimiter[static_cast<unsigned char>(c)];
}

namespace
{

/**
 * Sets @p key in @p entries; a linear search for short dictionaries, @p index beyond. False when full. @p duplicate
 * becomes true when the key was there already.
 */
bool storeEntry(PdfDictionary& entries, QHash<QByteArray, size_t>& index, const QByteArray& key, PdfObject value,
                bool& duplicate)
{
    constexpr size_t linearSearchLimit = 16;
    if (entries.size() < linearSearchLimit) {
        for (auto& [name, existing] : entries) {
            if (name == key) {
                existing = std::move(value);
                duplicate = true;
                return true;
            }
        }
    } else {
        if (index.isEmpty()) {
            for (size_t i = 0; i < entries.size(); ++i) {
                index.insert(entries[i].first, i);
            }
        }
        if (const auto found = index.constFind(key); found != index.cend()) {
            entries[*found].second = std::move(value);
            duplicate = true;
            return true;
        }
        index.insert(key, entries.size());
    }
    if (static_cast<qsizetype>(entries.size()) >= PdfParser::maxContainerItems) {
        return false;
    }
    entries.emplace_back(key, std::move(value));
    return true;
}

} // namespace

bool PdfParser::fail(QString message)
{
    if (m_error.isEmpty()) {
        m_error = std::move(message);
    }
    return false;
}

void PdfParser::skipSpace()
{
    while (m_position < m_data.size()) {
        const char c = m_data[m_position];
        if (isWhitespace(c)) {
            ++m_position;
        } else if (c == '%') {
            while (m_position < m_data.size() && m_data[m_position] != '\n' && m_data[m_position] != '\r') {
                ++m_position;
            }
        } else {
            return;
        }
    }
}

QByteArrayView PdfParser::readToken()
{
    skipSpace();
    const qint64 start = m_position;
    while (m_position < m_data.size() && !isWhitespace(m_data[m_position]) && !isDelimiter(m_data[m_position])) {
        ++m_position;
    }
    return m_data.sliced(start, m_position - start);
}

std::optional<qint64> PdfParser::readUnsigned()
{
    const qint64 start = m_position;
    const QByteArrayView token = readToken();
    if (token.isEmpty() || token.size() > 18) {
        m_position = start;
        return std::nullopt;
    }
    qint64 value = 0;
    for (const char c : token) {
        if (c < '0' || c > '9') {
            m_position = start;
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

bool PdfParser::consumeKeyword(QByteArrayView keyword)
{
    const qint64 start = m_position;
    if (readToken() == keyword) {
        return true;
    }
    m_position = start;
    return false;
}

std::optional<PdfObject> PdfParser::readObject()
{
    return readValue(0);
}

std::optional<PdfObject> PdfParser::readValue(int depth)
{
    if (depth > maxNesting) {
        fail(QStringLiteral("objects nested deeper than %1 at offset %2").arg(maxNesting).arg(m_position));
        return std::nullopt;
    }
    skipSpace();
    if (m_position >= m_data.size()) {
        fail(QStringLiteral("unexpected end of data"));
        return std::nullopt;
    }
    const char c = m_data[m_position];
    if (c == '/') {
        return readName();
    }
    if (c == '(') {
        return readLiteralString();
    }
    if (c == '<' && m_position + 1 < m_data.size() && m_data[m_position + 1] == '<') {
        m_position += 2;
        PdfDictionary entries;
        QHash<QByteArray, size_t> index; // key -> entry, once the dictionary is too long for a linear search
        while (true) {
            skipSpace();
            if (m_position + 1 < m_data.size() && m_data[m_position] == '>' && m_data[m_position + 1] == '>') {
                m_position += 2;
                return PdfObject::dictionary(std::move(entries));
            }
            if (m_position >= m_data.size() || m_data[m_position] != '/') {
                fail(QStringLiteral("dictionary key expected at offset %1").arg(m_position));
                return std::nullopt;
            }
            auto key = readName();
            if (!key) {
                return std::nullopt;
            }
            auto value = readValue(depth + 1);
            if (!value) {
                return std::nullopt;
            }
            // A later duplicate key wins, as in most readers; keep one entry so a writer never emits both. Readers
            // disagree on which one wins, so the validator asks whether there was one (duplicateKeys()).
            if (!storeEntry(entries, index, key->bytes(), std::move(*value), m_duplicateKeys)) {
                fail(QStringLiteral("dictionary with more than %1 entries at offset %2")
                         .arg(maxContainerItems)
                         .arg(m_position));
                return std::nullopt;
            }
        }
    }
    if (c == '<') {
        return readHexString();
    }
    if (c == '[') {
        ++m_position;
        PdfArray items;
        while (true) {
            skipSpace();
            if (m_position < m_data.size() && m_data[m_position] == ']') {
                ++m_position;
                return PdfObject::array(std::move(items));
            }
            if (static_cast<qsizetype>(items.size()) >= maxContainerItems) {
                fail(QStringLiteral("array with more than %1 items at offset %2")
                         .arg(maxContainerItems)
                         .arg(m_position));
                return std::nullopt;
            }
            auto item = readValue(depth + 1);
            if (!item) {
                return std::nullopt;
            }
            items.push_back(std::move(*item));
        }
    }
    if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
        return readNumberOrReference();
    }
    const qint64 start = m_position;
    const QByteArrayView token = readToken();
    if (token == "true" || token == "false") {
        return PdfObject::boolean(token == "true");
    }
    if (token == "null") {
        return PdfObject();
    }
    fail(QStringLiteral("unexpected token at offset %1").arg(start));
    return std::nullopt;
}

std::optional<PdfObject> PdfParser::readNumberOrReference()
{
    const qint64 start = m_position;
    const QByteArrayView token = readToken();
    bool isReal = false;
    int digits = 0;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const char c = token[i];
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c == '.' && !isReal) {
            isReal = true;
        } else if (!((c == '+' || c == '-') && i == 0)) {
            fail(QStringLiteral("malformed number at offset %1").arg(start));
            return std::nullopt;
        }
    }
    if (digits == 0 || digits > 18) {
        fail(QStringLiteral("malformed number at offset %1").arg(start));
        return std::nullopt;
    }
    if (isReal) {
        return PdfObject::real(token.toByteArray());
    }
    const qint64 value = token.toByteArray().toLongLong();
    // "N G R": look ahead for a generation and the R keyword; otherwise it was a plain integer.
    if (token[0] != '+' && token[0] != '-' && value <= 0x7fffffff) {
        const qint64 afterNumber = m_position;
        if (const auto generation = readUnsigned(); generation && *generation <= 65535) {
            if (consumeKeyword("R")) {
                return PdfObject::reference(PdfRef{static_cast<int>(value), static_cast<int>(*generation)});
            }
        }
        m_position = afterNumber;
    }
    return PdfObject::integer(value);
}

std::optional<PdfObject> PdfParser::readName()
{
    ++m_position; // '/'
    // Most names have no #xx escape: take them in one piece (the parser reads tens of thousands per document).
    qint64 end = m_position;
    while (end < m_data.size() && !isWhitespace(m_data[end]) && !isDelimiter(m_data[end]) && m_data[end] != '#') {
        ++end;
    }
    if (end >= m_data.size() || m_data[end] != '#') {
        const QByteArrayView text = m_data.sliced(m_position, end - m_position);
        m_position = end;
        if (const QByteArray* shared = commonName(text)) {
            return PdfObject::name(*shared);
        }
        return PdfObject::name(text.toByteArray());
    }
    QByteArray name;
    while (m_position < m_data.size()) {
        const char c = m_data[m_position];
        if (isWhitespace(c) || isDelimiter(c)) {
            break;
        }
        if (c == '#' && m_position + 2 < m_data.size()) {
            bool ok = false;
            const int value = QByteArray(m_data.data() + m_position + 1, 2).toInt(&ok, 16);
            if (ok) {
                name.append(static_cast<char>(value));
                m_position += 3;
                continue;
            }
        }
        name.append(c);
        ++m_position;
    }
    return PdfObject::name(std::move(name));
}

std::optional<PdfObject> PdfParser::readLiteralString()
{
    ++m_position; // '('
    QByteArray bytes;
    int depth = 1;
    while (m_position < m_data.size()) {
        char c = m_data[m_position++];
        if (c == '\\') {
            if (m_position >= m_data.size()) {
                break;
            }
            c = m_data[m_position++];
            switch (c) {
            case 'n':
                bytes.append('\n');
                break;
            case 'r':
                bytes.append('\r');
                break;
            case 't':
                bytes.append('\t');
                break;
            case 'b':
                bytes.append('\b');
                break;
            case 'f':
                bytes.append('\f');
                break;
            case '\r':
                if (m_position < m_data.size() && m_data[m_position] == '\n') {
                    ++m_position;
                }
                break;
            case '\n':
                break;
            default:
                if (c >= '0' && c <= '7') {
                    int value = c - '0';
                    for (int i = 0;
                         i < 2 && m_position < m_data.size() && m_data[m_position] >= '0' && m_data[m_position] <= '7';
                         ++i) {
                        value = value * 8 + (m_data[m_position++] - '0');
                    }
                    bytes.append(static_cast<char>(value & 0xff));
                } else {
                    bytes.append(c);
                }
            }
            continue;
        }
        if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return PdfObject::string(std::move(bytes));
        }
        bytes.append(c);
    }
    fail(QStringLiteral("unterminated string"));
    return std::nullopt;
}

std::optional<PdfObject> PdfParser::readHexString()
{
    ++m_position; // '<'
    QByteArray digits;
    while (m_position < m_data.size()) {
        const char c = m_data[m_position++];
        if (c == '>') {
            if (digits.size() % 2 != 0) {
                digits.append('0');
            }
            return PdfObject::string(QByteArray::fromHex(digits), true);
        }
        if (isWhitespace(c)) {
            continue;
        }
        if (!std::isxdigit(static_cast<unsigned char>(c))) {
            fail(QStringLiteral("bad hex string at offset %1").arg(m_position - 1));
            return std::nullopt;
        }
        digits.append(c);
    }
    fail(QStringLiteral("unterminated hex string"));
    return std::nullopt;
}

std::optional<PdfIndirectObject> PdfParser::finishIndirect(PdfIndirectObject object,
                                                           std::optional<qint64> declaredLength)
{
    const qint64 afterValue = m_position;
    if (consumeKeyword("stream")) {
        // The keyword is followed by CRLF or LF (ISO 32000-1 §7.3.8.1); a lone CR is tolerated.
        if (m_position < m_data.size() && m_data[m_position] == '\r') {
            ++m_position;
        }
        if (m_position < m_data.size() && m_data[m_position] == '\n') {
            ++m_position;
        }
        const qint64 dataStart = m_position;
        auto endsAt = [this](qint64 end) {
            PdfParser probe(m_data, end);
            return probe.consumeKeyword("endstream");
        };
        qint64 length = -1;
        if (declaredLength && *declaredLength >= 0 && *declaredLength <= m_data.size() - dataStart
            && endsAt(dataStart + *declaredLength)) {
            length = *declaredLength;
        } else {
            const qsizetype found = m_data.sliced(dataStart).indexOf(QByteArrayView("endstream"));
            if (found < 0) {
                fail(QStringLiteral("stream without endstream at offset %1").arg(object.offset));
                return std::nullopt;
            }
            length = found;
            // Trailing EOL before endstream belongs to the syntax, not the data.
            if (length > 0 && m_data[dataStart + length - 1] == '\n') {
                --length;
            }
            if (length > 0 && m_data[dataStart + length - 1] == '\r') {
                --length;
            }
        }
        object.stream = PdfStreamSpan{dataStart, length};
        m_position = dataStart + length;
        if (!consumeKeyword("endstream")) {
            fail(QStringLiteral("stream without endstream at offset %1").arg(object.offset));
            return std::nullopt;
        }
    } else {
        m_position = afterValue;
    }
    const qint64 beforeEnd = m_position;
    if (!consumeKeyword("endobj")) {
        m_position = beforeEnd;
    }
    object.end = m_position;
    return object;
}

} // namespace vanthu::signing::pdf
