// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/Document.h"

#include <QDate>

namespace vanthu::core
{

/**
 * Normalises (NFC, white space) and checks the fields of a received document: a known type, the Phụ lục VI
 * lengths, a subject and an issuing agency, a document date that is not after @p today, a deadline not before
 * the document date. The type may be given as key, abbreviation or name; the result holds the key.
 * Errors: InvalidInput naming the field.
 */
[[nodiscard]] Result<DocumentFields> validatedIncomingFields(const DocumentFields& fields, const QDate& today);

/**
 * Checks the lengths of what an outgoing document says of itself: subject (required), signer's position and name
 * (the name required when @p signerRequired: the register's column 4 once it is numbered), description.
 * Errors: InvalidInput naming the field.
 */
[[nodiscard]] Result<void> checkOutgoingText(const DocumentFields& fields, bool signerRequired);

/**
 * Normalises and checks the reason a person gives for a change (a correction, a void, a file added later): required,
 * at most 500 characters. Errors: InvalidInput.
 */
[[nodiscard]] Result<QString> validatedReason(const QString& text);

/** Normalises and checks one recipient of an outgoing document. Errors: InvalidInput. */
[[nodiscard]] Result<Recipient> validatedRecipient(const Recipient& recipient);

} // namespace vanthu::core
