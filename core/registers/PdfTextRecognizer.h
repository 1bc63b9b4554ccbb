// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DocumentCode.h"

#include <QDate>
#include <QString>

namespace vanthu::core
{

/** How sure the recogniser is of a value: not found, found by a weaker rule, or found where NĐ30 puts it. */
enum class RecognitionConfidence
{
    None,
    Likely,
    Certain,
};

/** One recognised value; a value not found stays default-constructed with confidence None. */
template <typename T>
struct Recognised
{
    T value{};
    RecognitionConfidence confidence = RecognitionConfidence::None;

    [[nodiscard]] bool found() const
    {
        return confidence != RecognitionConfidence::None;
    }
};

/** What the first page of a received document says about itself, as far as it can be read. */
struct RecognisedDocument
{
    Recognised<DocumentCode> code;       ///< ô 3 "Số: 12/2026/QĐ-UBND", as printed (spaces removed)
    Recognised<QDate> issuedDate;        ///< ô 4 "…, ngày 05 tháng 3 năm 2026"
    Recognised<QString> organName;       ///< ô 2, the issuing agency, as printed (capitals kept)
    Recognised<QString> parentOrganName; ///< ô 2, the governing agency above it, when printed
    Recognised<QString> typeKey;         ///< DocumentTypes key, from the title (ô 5a), the symbol or "V/v"
    Recognised<QString> subject;         ///< ô 5a second line or ô 5b "V/v …"
};

/**
 * Recognises the Nghị định 30 header (Phụ lục I) in the text of a document's first page: issuing agency (ô 2),
 * number and symbol (ô 3), date (ô 4), type and summary (ô 5a/5b). Works on the text layer as a PDF library or an
 * OCR engine gives it: columns merged into one line or one after the other, spaces inside words and around "/" and
 * "-", diacritics missing. Returns only what the page says (never a guess from elsewhere); values are NFC text as
 * printed, not re-cased. Pure text processing, thread-safe.
 */
[[nodiscard]] RecognisedDocument recogniseDocumentText(const QString& pageText);

} // namespace vanthu::core
