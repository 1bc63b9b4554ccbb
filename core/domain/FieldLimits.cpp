// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/FieldLimits.h"

#include "common/TextNormalize.h"

#include <QCoreApplication>

namespace vanthu::core
{
namespace
{

struct FieldText
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)
};

} // namespace

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::CodeNumber:
        return FieldText::tr("Document number");
    case Field::CodeNotation:
        return FieldText::tr("Document symbol");
    case Field::OrganName:
        return FieldText::tr("Issuing agency");
    case Field::OrganId:
        return FieldText::tr("Agency identifier");
    case Field::Subject:
        return FieldText::tr("Subject");
    case Field::Language:
        return FieldText::tr("Language");
    case Field::Description:
        return FieldText::tr("Notes");
    case Field::SignerPosition:
        return FieldText::tr("Signer's position");
    case Field::SignerName:
        return FieldText::tr("Signer's full name");
    case Field::ToPlaces:
        return FieldText::tr("Receiving unit or person");
    case Field::RecipientOrganName:
        return FieldText::tr("Recipient");
    case Field::CopyHolder:
        return FieldText::tr("Unit or person keeping the file copy");
    case Field::UnitAbbreviation:
        return FieldText::tr("Unit abbreviation");
    case Field::EdxmlDocumentId:
        return FieldText::tr("edXML document identifier");
    case Field::SeriesCode:
        return FieldText::tr("Series code");
    case Field::SeriesName:
        return FieldText::tr("Series name");
    case Field::ActorName:
        return FieldText::tr("User name");
    case Field::FileName:
        return FieldText::tr("File name");
    case Field::Place:
        return FieldText::tr("Place name");
    }
    return {};
}

int fieldMaxLength(Field field)
{
    switch (field) {
    case Field::CodeNumber:
        return 11;
    case Field::CodeNotation:
        return 30;
    case Field::OrganName:
        return 200;
    case Field::OrganId:
        // Phụ lục VI says 13 (QCVN 102:2016 form); QĐ 20/2020/QĐ-TTg identifiers run to 35. Accept both.
        return 35;
    case Field::Subject:
        return 500;
    case Field::Language:
        return 30;
    case Field::Description:
        return 500;
    case Field::SignerPosition:
        return 100;
    case Field::SignerName:
        return 50;
    case Field::ToPlaces:
        return 1000;
    case Field::RecipientOrganName:
        return 200;
    case Field::CopyHolder:
        return 200;
    case Field::UnitAbbreviation:
        return 20;
    case Field::EdxmlDocumentId:
        return 100;
    case Field::SeriesCode:
        return 20;
    case Field::SeriesName:
        return 200;
    case Field::ActorName:
        return 100;
    case Field::FileName:
        return 255;
    case Field::Place:
        return 100;
    }
    return 0;
}

Result<void> checkField(Field field, const QString& value, bool required)
{
    if (required && value.isEmpty()) {
        return Error{ErrorCode::InvalidInput, FieldText::tr("%1 is required.").arg(fieldLabel(field)),
                     QStringLiteral("field %1 empty").arg(static_cast<int>(field))};
    }
    const qsizetype length = codePointLength(value);
    const int limit = fieldMaxLength(field);
    if (length > limit) {
        return Error{ErrorCode::InvalidInput,
                     FieldText::tr("%1 is %2 characters long; at most %3 are allowed.")
                         .arg(fieldLabel(field))
                         .arg(length)
                         .arg(limit),
                     QStringLiteral("field %1 length %2 > %3").arg(static_cast<int>(field)).arg(length).arg(limit)};
    }
    return {};
}

Result<void> checkThreeDigitCount(const QString& label, int value)
{
    if (value < 0 || value > 999) {
        return Error{ErrorCode::InvalidInput, FieldText::tr("%1 must be between 0 and 999.").arg(label),
                     QStringLiteral("count %1 out of range").arg(value)};
    }
    return {};
}

} // namespace vanthu::core
