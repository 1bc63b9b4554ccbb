// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Document.h"

#include <QList>
#include <QString>

namespace vanthu::core
{

/** A clerk's explicit decision to register a document that looks like one already registered. */
struct DuplicateOverride
{
    bool allowed = false;
    QString reason;
};

/** Registration of a received document in the incoming register (NĐ30 Điều 22). */
struct IncomingRequest
{
    DocumentFields fields;
    QString seriesCode; ///< empty: the general incoming register, or the secret one for secret documents
    QString toPlaces;
    QDate transferDate;
    QList<AttachmentInput> attachments;
    DuplicateOverride duplicateOverride;
};

/**
 * Registration of a document the agency issues: the store takes the next number of the series, forms the ký hiệu and
 * dates it today (Vietnam time), all in one transaction (NĐ30 Điều 15, 16).
 */
struct OutgoingRequest
{
    QString typeKey;
    bool legalNormative = false;
    QString subject;
    QString seriesCode;   ///< empty: chosen from the type, secrecy and copy kind
    QString draftingUnit; ///< abbreviation of the drafting unit; required for Công văn
    QString signerPosition;
    QString signerName;
    QList<Recipient> recipients;
    QString copyHolder;
    int issuedAmount = 1;
    Urgency urgency = Urgency::Normal;
    Secrecy secrecy = Secrecy::None;
    QDate dueDate;
    QString description;
    QDate transferDate;
    QList<AttachmentInput> attachments;
};

/** What a successful registration acknowledges. */
struct RegistrationReceipt
{
    DocumentId id;
    Direction direction = Direction::Incoming;
    QString seriesCode;
    int year = 0;
    qint64 number = 0; ///< số đến, or the outgoing số
    DocumentCode code;
    QDate registerDate;
    QList<AttachmentRecord> attachments;
    std::optional<DocumentId> duplicateOf;
};

} // namespace vanthu::core
