// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/DocumentType.h"

#include <QDate>
#include <QString>

namespace vanthu::core
{

/** Số and ký hiệu of a document (Phụ lục VI CodeNumber and CodeNotation): "05" and "QĐ-UBND". */
struct DocumentCode
{
    QString number;
    QString notation;

    /** "05/QĐ-UBND"; just the number or just the notation when the other is missing. */
    [[nodiscard]] QString display() const;
    /** The printed form of ô 3: "Số: 05/QĐ-UBND". */
    [[nodiscard]] QString printed() const;
    [[nodiscard]] bool isEmpty() const;
};

/** The serial number as NĐ30 prints it: one leading zero below 10 ("05"), none from 10 on ("125"). */
[[nodiscard]] QString formatSerialNumber(int number);

/**
 * Splits a number/symbol as written on a received document: "05/QĐ-UBND", "Số: 123/2020/NĐ-CP" (the number is
 * what precedes the first "/"), "12/UBND-VX". Spaces around separators are removed. Errors: InvalidInput when the
 * parts exceed Phụ lục VI lengths (11 and 30 characters).
 */
[[nodiscard]] Result<DocumentCode> parseDocumentCode(const QString& text);

/**
 * The ký hiệu of an outgoing document (Phụ lục I II.3): type abbreviation + issuer ("QĐ-UBND"); for Công văn and
 * Thư công, issuer + drafting unit ("UBND-VP"). Errors: InvalidInput when a needed abbreviation is missing.
 */
[[nodiscard]] Result<QString> buildNotation(const DocumentType& type, const QString& issuerAbbreviation,
                                            const QString& draftingUnitAbbreviation);

/** The place and date line of ô 4: "Hà Nội, ngày 05 tháng 3 năm 2026" (months 1 and 2 get a leading zero). */
[[nodiscard]] QString formatPlaceDateLine(const QString& place, const QDate& date);

} // namespace vanthu::core
