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

/** Where the value of @p key of the top-level dictionary of the object at @p offset lies in @p bytes. */
std::optional<std::pair<qint64, qint64>> rawValueSpan(const QByteArray& bytes, qint64 offset, const char* key)
{
    PdfParser parser(bytes, offset);
    if (!parser.readUnsigned() || !parser.readUnsigned() || !parser.consumeKeyword("obj")) {
        return std::nullopt;
    }
    parser.skipSpace();
    qint64 position = parser.position();
    if (position + 1 >= bytes.size() || bytes[position] != '<' || bytes[position + 1] != '<') {
        return std::nullopt;
    }
    parser.seek(position + 2);
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
        if (!node.type.isName("Sig") || !value || !value->isReference()) {
            return;
        }
        const int number = value->referenceValue().number;
        if (std::find(seen.begin(), seen.end(), number) != seen.end()) {
            return;
        }
        seen.push_back(number);
        LocatedSignature signature;
        signature.field = node.name;
        signature.dictionaryNumber = number;
        auto dictionary = file.object(value->referenceValue());
        if (dictionary) {
            signature.dictionary = *dictionary;
        }
        if (const PdfObject* subFilter = signature.dictionary.find("SubFilter"); subFilter && subFilter->isName()) {
            signature.subFilter = subFilter->bytes();
        }
        const PdfObject* dictionaryType = signature.dictionary.find("Type");
        signature.isDocumentTimestamp =
            (dictionaryType && dictionaryType->isName("DocTimeStamp")) || signature.subFilter == "ETSI.RFC3161";
        if (const PdfObject* range = signature.dictionary.find("ByteRange"); range && range->isArray()) {
            for (const PdfObject& item : range->arrayItems()) {
                signature.byteRange.push_back(item.isInteger() ? item.integerValue() : -1);
            }
        }
        if (const PdfObject* contents = signature.dictionary.find("Contents"); contents && contents->isString()) {
            signature.contentsBytes = contents->bytes();
        }
        const XrefEntry* entry = file.entry(number);
        if (entry && entry->type == XrefEntry::Type::InFile) {
            signature.contents = rawValueSpan(file.bytes(), entry->location, "Contents");
        }
        signatures.push_back(std::move(signature));
    });
    return signatures;
}

bool checkByteRange(const LocatedSignature& signature, const QByteArray& file, qint64 dictionaryOffset,
                    QList<Finding>& findings)
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
    if (dictionaryOffset < 0 || dictionaryOffset >= range[1]) {
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
