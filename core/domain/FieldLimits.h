// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace vanthu::core
{

/** The text fields whose lengths NĐ30 Phụ lục VI (or, where it is silent, VanThu) fixes. */
enum class Field
{
    CodeNumber,         ///< CodeNumber, 11
    CodeNotation,       ///< CodeNotation, 30
    OrganName,          ///< OrganName, 200
    OrganId,            ///< OrganId: 13 in the QCVN 102 form, up to 35 in the QĐ 20/2020 form
    Subject,            ///< Subject, 500
    Language,           ///< Language, 30
    Description,        ///< Description (ghi chú), 500
    SignerPosition,     ///< SignerInfo/Position, 100
    SignerName,         ///< SignerInfo/FullName, 50
    ToPlaces,           ///< ToPlaces (đơn vị hoặc người nhận), 1000
    RecipientOrganName, ///< To/OrganName, 200
    CopyHolder,         ///< đơn vị, người nhận bản lưu (register column 6), 200
    UnitAbbreviation,   ///< abbreviation of an agency or drafting unit, 20
    EdxmlDocumentId,    ///< edXML DocumentId, 100
    SeriesCode,         ///< numbering-series code, 20
    SeriesName,         ///< numbering-series name, 200
    ActorName,          ///< who made a change, 100
    FileName,           ///< attachment file name, 255
    Place,              ///< địa danh of the date line, 100
};

/** The field's label as a clerk knows it (translated). */
[[nodiscard]] QString fieldLabel(Field field);

/** Maximum length in Unicode code points. */
[[nodiscard]] int fieldMaxLength(Field field);

/**
 * Checks @p value (already normalised) against the field's length and, if @p required, that it is not empty.
 * Errors: InvalidInput naming the field, the length and the limit.
 */
[[nodiscard]] Result<void> checkField(Field field, const QString& value, bool required = false);

/** Checks a count such as PageAmount or IssuedAmount (Number, 3 digits: 0–999). */
[[nodiscard]] Result<void> checkThreeDigitCount(const QString& label, int value);

} // namespace vanthu::core
