// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/FieldValidation.h"

#include "common/TextNormalize.h"
#include "common/VietnamTime.h"
#include "core/domain/DocumentType.h"
#include "core/domain/FieldLimits.h"

#include <QCoreApplication>

namespace vanthu::core
{
namespace
{

struct FieldValidationText
{
    Q_DECLARE_TR_FUNCTIONS(FieldValidationText)
};

} // namespace

Result<DocumentFields> validatedIncomingFields(const DocumentFields& input, const QDate& today)
{
    DocumentFields fields = input;
    auto type = DocumentTypes::resolve(input.typeKey);
    if (!type) {
        return type.error();
    }
    fields.typeKey = (*type)->key;
    fields.code.number = normalizedLine(input.code.number);
    fields.code.notation = normalizedLine(input.code.notation);
    fields.organName = normalizedLine(input.organName);
    fields.organId = normalizedLine(input.organId);
    fields.subject = normalizedLine(input.subject);
    fields.signerPosition = normalizedLine(input.signerPosition);
    fields.signerName = normalizedLine(input.signerName);
    fields.language = normalizedLine(input.language);
    fields.description = normalizedText(input.description);
    fields.edxmlDocumentId = normalizedLine(input.edxmlDocumentId);
    const struct
    {
        Field field;
        const QString& value;
        bool required;
    } checks[] = {
        {Field::CodeNumber, fields.code.number, false},  {Field::CodeNotation, fields.code.notation, false},
        {Field::OrganName, fields.organName, true},      {Field::OrganId, fields.organId, false},
        {Field::Subject, fields.subject, true},          {Field::SignerPosition, fields.signerPosition, false},
        {Field::SignerName, fields.signerName, false},   {Field::Language, fields.language, false},
        {Field::Description, fields.description, false}, {Field::EdxmlDocumentId, fields.edxmlDocumentId, false},
    };
    for (const auto& check : checks) {
        if (auto checked = checkField(check.field, check.value, check.required); !checked) {
            return checked.error();
        }
    }
    if (auto checked = checkThreeDigitCount(FieldValidationText::tr("The page count"), fields.pageAmount); !checked) {
        return checked.error();
    }
    if (!fields.issuedDate.isValid()) {
        return Error{ErrorCode::InvalidInput,
                     FieldValidationText::tr("The date of the document is missing or not valid."),
                     QStringLiteral("issued date invalid")};
    }
    if (fields.issuedDate > today) {
        return Error{ErrorCode::InvalidInput,
                     FieldValidationText::tr("The date of the document (%1) is after today.")
                         .arg(vietnameseShortDate(fields.issuedDate)),
                     QStringLiteral("issued date in the future")};
    }
    if (fields.dueDate.isValid() && fields.dueDate < fields.issuedDate) {
        return Error{ErrorCode::InvalidInput,
                     FieldValidationText::tr("The deadline (%1) is before the date of the document (%2).")
                         .arg(vietnameseShortDate(fields.dueDate), vietnameseShortDate(fields.issuedDate)),
                     QStringLiteral("due date before issued date")};
    }
    return fields;
}

Result<QString> validatedReason(const QString& text)
{
    constexpr int maxReasonLength = 500;
    const QString reason = normalizedText(text);
    if (reason.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     FieldValidationText::tr("Give the reason: the register keeps it with the change."),
                     QStringLiteral("no reason")};
    }
    if (reason.size() > maxReasonLength) {
        return Error{ErrorCode::InvalidInput,
                     FieldValidationText::tr("The reason is longer than %1 characters.").arg(maxReasonLength),
                     QStringLiteral("reason too long")};
    }
    return reason;
}

Result<void> checkOutgoingText(const DocumentFields& fields, bool signerRequired)
{
    const struct
    {
        Field field;
        const QString& value;
        bool required;
    } checks[] = {
        {Field::Subject, fields.subject, true},
        {Field::SignerPosition, fields.signerPosition, false},
        {Field::SignerName, fields.signerName, signerRequired},
        {Field::Description, fields.description, false},
    };
    for (const auto& check : checks) {
        if (auto checked = checkField(check.field, check.value, check.required); !checked) {
            return checked;
        }
    }
    return {};
}

Result<Recipient> validatedRecipient(const Recipient& input)
{
    Recipient recipient{normalizedLine(input.organId), normalizedLine(input.organName)};
    if (auto checked = checkField(Field::RecipientOrganName, recipient.organName, true); !checked) {
        return checked.error();
    }
    if (auto checked = checkField(Field::OrganId, recipient.organId); !checked) {
        return checked.error();
    }
    return recipient;
}

} // namespace vanthu::core
