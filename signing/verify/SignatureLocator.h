// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/pdf/PdfFile.h"
#include "signing/verify/Validation.h"

#include <optional>

namespace vanthu::signing::verify
{

/** A signature as the file stores it, before anything is believed. */
struct LocatedSignature
{
    QString field;
    int dictionaryNumber = 0;
    pdf::PdfObject dictionary;
    QByteArray subFilter;
    bool isDocumentTimestamp = false;
    std::vector<qint64> byteRange;                     ///< as written; checked by checkByteRange()
    std::optional<std::pair<qint64, qint64>> contents; ///< [start, end) of the raw /Contents value ("<...>")
    QByteArray contentsBytes;                          ///< decoded /Contents
    /**
     * Offsets of the objects that hold the dictionary and its /Contents and /ByteRange values (the dictionary's own
     * object, or the field's when the dictionary is written directly in /V): all must lie in the signed bytes.
     */
    std::vector<qint64> holders;
};

/** The signature fields with a value (/V) of the document's newest revision, in /Fields order. */
[[nodiscard]] Result<std::vector<LocatedSignature>> locateSignatures(pdf::PdfFile& file);

/**
 * signing.md §4 rules 1-4 and 7: four non-negative integers starting at 0 (an indirect /ByteRange or /Contents is
 * resolved first), the gap is exactly the raw /Contents hex string, the objects holding them lie in the signed bytes,
 * the ranges stay inside the file, and the gap holds nothing but hex digits between its brackets (signing.md §4: the
 * raw value is never decoded leniently). Adds findings; true when all hold.
 */
bool checkByteRange(const LocatedSignature& signature, const QByteArray& file, QList<Finding>& findings);

} // namespace vanthu::signing::verify
