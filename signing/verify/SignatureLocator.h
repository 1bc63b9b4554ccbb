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
};

/** The signature fields with a value (/V) of the document's newest revision, in /Fields order. */
[[nodiscard]] Result<std::vector<LocatedSignature>> locateSignatures(pdf::PdfFile& file);

/**
 * signing.md §4 rules 1-4: four non-negative integers starting at 0, the gap is exactly the raw /Contents hex string,
 * the dictionary lies in the signed bytes, the ranges stay inside the file, and the gap holds nothing but hex digits
 * between its brackets (signing.md §4: the raw value is never decoded leniently). Adds findings; true when all hold.
 */
bool checkByteRange(const LocatedSignature& signature, const QByteArray& file, qint64 dictionaryOffset,
                    QList<Finding>& findings);

} // namespace vanthu::signing::verify
