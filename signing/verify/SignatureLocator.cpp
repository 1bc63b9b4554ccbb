// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/SignatureLocator.h"

#include "signing/pdf/FieldTree.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>

namespace vanthu::signing::verify
{
using namespace pdf;

namespace
{

struct SignatureLocatorText
{
    Q_DECLARE_TR_FUNCTIONS(SignatureLocatorText)
};

/** Where the value of @p key of the dictionary starting at @p position ("<<") lies in @p bytes. */
std::optional<std::pair<qint64, qint64>> rawValueSpanAt(const QByteArray& bytes, qint64 position, const char* key)
{
    if (position + 1 >= bytes.size() || bytes[position] != '<' || bytes[position + 1] != '<') {
        return std::nullopt;
    }
    PdfParser parser(bytes, position + 2);
    for (int entries = 0; entries < 10000; ++entries) {
        parser.skipSpace();
        position = parser.position();
        if (position + 1 < bytes.size() && bytes[position] == '>' && bytes[position + 1] == '>') {
            return std::nullopt;
        }
        auto name = parser.readObject();
        if (!name || !name->isName()) {
            return std::nullopt;
        }
        parser.skipSpace();
        const qint64 start = parser.position();
        if (!parser.readObject()) {
            return std::nullopt;
        }
        if (name->bytes() == key) {
            return std::make_pair(start, parser.position());
        }
    }
    return std::nullopt;
}

/** Where the value of the object at @p offset ("N G obj <value>") starts. */
std::optional<qint64> objectValueStart(const QByteArray& bytes, qint64 offset)
{
    PdfParser parser(bytes, offset);
    if (!parser.readUnsigned() || !parser.readUnsigned() || !parser.consumeKeyword("obj")) {
        return std::nullopt;
    }
    parser.skipSpace();
    return parser.position();
}

std::optional<qint64> offsetOf(PdfFile& file, int number)
{
    const XrefEntry* entry = file.entry(number);
    return entry && entry->type == XrefEntry::Type::InFile ? std::optional<qint64>(entry->location) : std::nullopt;
}

/** Locates the raw /Contents of a signature dictionary starting at @p dictionaryStart, following a reference. */
void locateContents(PdfFile& file, qint64 dictionaryStart, LocatedSignature& signature)
{
    const PdfObject* contents = signature.dictionary.find("Contents");
    if (contents && contents->isReference()) {
        const auto holder = offsetOf(file, contents->referenceValue().number);
        if (!holder) {
            return;
        }
        const auto value = objectValueStart(file.bytes(), *holder);
        auto resolved = file.object(contents->referenceValue());
        if (!value || !resolved || !resolved->isString()) {
            return;
        }
        PdfParser parser(file.bytes(), *value);
        if (parser.readObject()) {
            signature.contents = std::make_pair(*value, parser.position());
        }
        signature.contentsBytes = resolved->bytes();
        signature.holders.push_back(*holder);
        return;
    }
    if (contents && contents->isString()) {
        signature.contentsBytes = contents->bytes();
    }
    signature.contents = rawValueSpanAt(file.bytes(), dictionaryStart, "Contents");
}

Finding finding(const char* code, const QString& message)
{
    return Finding{QString::fromLatin1(code), message};
}

} // namespace

Result<std::vector<LocatedSignature>> locateSignatures(PdfFile& file)
{
    std::vector<LocatedSignature> signatures;
    std::vector<int> seen;
    walkFields(file, acroFormFields(file), [&](const FieldNode& node) {
        const PdfObject* value = node.dictionary.find("V");
        if (!node.type.isName("Sig") || !value || (!value->isReference() && !value->isDictionary())) {
            return;
        }
        // A dictionary written directly in /V has no number of its own: the field's (negated) identifies it.
        const int number = value->isReference()           ? value->referenceValue().number
                           : node.reference.isReference() ? -node.reference.referenceValue().number
                                                          : 0;
        if (number != 0 && std::find(seen.begin(), seen.end(), number) != seen.end()) {
            return;
        }
        seen.push_back(number);
        LocatedSignature signature;
        signature.field = node.name;
        signature.dictionaryNumber = number;
        if (auto dictionary = value->isReference() ? file.object(value->referenceValue()) : Result<PdfObject>(*value)) {
            signature.dictionary = *dictionary;
        }
        if (const PdfObject* subFilter = signature.dictionary.find("SubFilter"); subFilter && subFilter->isName()) {
            signature.subFilter = subFilter->bytes();
        }
        const PdfObject* dictionaryType = signature.dictionary.find("Type");
        signature.isDocumentTimestamp =
            (dictionaryType && dictionaryType->isName("DocTimeStamp")) || signature.subFilter == "ETSI.RFC3161";
        if (const PdfObject* rangeEntry = signature.dictionary.find("ByteRange")) {
            auto range = file.resolve(*rangeEntry);
            for (const PdfObject& item : range && range->isArray() ? range->arrayItems() : PdfArray()) {
                signature.byteRange.push_back(item.isInteger() ? item.integerValue() : -1);
            }
            if (rangeEntry->isReference()) {
                if (const auto holder = offsetOf(file, rangeEntry->referenceValue().number)) {
                    signature.holders.push_back(*holder);
                } else {
                    signature.holders.push_back(-1);
                }
            }
        }
        // The dictionary is its own object, or written directly in the field's /V (then inside the field's object).
        std::optional<qint64> dictionaryStart;
        if (value->isReference()) {
            if (const auto holder = offsetOf(file, number)) {
                signature.holders.push_back(*holder);
                dictionaryStart = objectValueStart(file.bytes(), *holder);
            } else {
                signature.holders.push_back(-1);
            }
        } else if (node.reference.isReference()) {
            if (const auto holder = offsetOf(file, node.reference.referenceValue().number)) {
                signature.holders.push_back(*holder);
                if (const auto fieldStart = objectValueStart(file.bytes(), *holder)) {
                    if (const auto span = rawValueSpanAt(file.bytes(), *fieldStart, "V")) {
                        dictionaryStart = span->first;
                    }
                }
            } else {
                signature.holders.push_back(-1);
            }
        } else {
            signature.holders.push_back(-1);
        }
        if (dictionaryStart) {
            locateContents(file, *dictionaryStart, signature);
        }
        signatures.push_back(std::move(signature));
    });
    return signatures;
}

bool checkByteRange(const LocatedSignature& signature, const QByteArray& file, QList<Finding>& findings)
{
    const qint64 fileSize = file.size();
    const std::vector<qint64>& range = signature.byteRange;
    if (range.size() != 4 || range[0] != 0 || range[1] < 0 || range[2] < 0 || range[3] < 0) {
        findings.append(finding("byte-range-malformed",
                                SignatureLocatorText::tr("The signed byte range is not four numbers starting at 0; "
                                                         "the signature cannot be checked.")));
        return false;
    }
    if (range[1] > range[2] || range[2] + range[3] > fileSize) {
        findings.append(
            finding("byte-range-outside", SignatureLocatorText::tr("The signed byte range reaches beyond the file.")));
        return false;
    }
    if (!signature.contents) {
        findings.append(finding("contents-missing",
                                SignatureLocatorText::tr("The signature value is missing or is not stored where the "
                                                         "byte range can exclude it.")));
        return false;
    }
    // The gap must be exactly the /Contents hex string (signing.md §4 rule 2): nothing else may hide in it.
    if (signature.contents->first != range[1] || signature.contents->second != range[2]) {
        findings.append(finding("byte-range-gap",
                                SignatureLocatorText::tr("The unsigned gap of the byte range is not exactly the "
                                                         "signature value; the signed parts may have been moved.")));
        return false;
    }
    for (qint64 at = range[1] + 1; at < range[2] - 1; ++at) {
        if (!std::isxdigit(static_cast<unsigned char>(file[at]))) {
            findings.append(finding("contents-not-hex",
                                    SignatureLocatorText::tr("The signature value holds characters other than hex "
                                                             "digits.")));
            return false;
        }
    }
    const bool holdersSigned =
        !signature.holders.empty()
        && std::all_of(signature.holders.begin(), signature.holders.end(), [&range](qint64 holder) {
               return (holder >= 0 && holder < range[1]) || (holder >= range[2] && holder < range[2] + range[3]);
           });
    if (!holdersSigned) {
        findings.append(finding("dictionary-unsigned",
                                SignatureLocatorText::tr("The signature dictionary is not covered by the signature.")));
        return false;
    }
    if (signature.contentsBytes.isEmpty()) {
        findings.append(finding("contents-empty", SignatureLocatorText::tr("The signature value is empty.")));
        return false;
    }
    return true;
}

} // namespace vanthu::signing::verify
