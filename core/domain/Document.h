// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Direction.h"
#include "core/domain/DocumentCode.h"
#include "core/domain/DocumentId.h"
#include "core/domain/DocumentState.h"
#include "core/domain/DocumentVersion.h"
#include "core/domain/Urgency.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vanthu::core
{

/** A receiving agency of an outgoing document (Phụ lục VI "Nơi nhận": To/OrganId, To/OrganName). */
struct Recipient
{
    QString organId;
    QString organName;
};

/** A file handed in for registration. Only PDF is accepted. */
struct AttachmentInput
{
    QString fileName;
    QByteArray bytes;
    /** The check of its signatures the person registering it saw (signing::reportJsonBytes); empty: not checked. */
    QByteArray verificationReport = {};
};

/** A stored attachment: its blob is named by sha256 and verified on every read. */
struct AttachmentRecord
{
    qint64 id = 0;
    int ordinal = 0;
    QString fileName;
    QString sha256;
    qint64 size = 0;
    int pageCount = 0;
};

/** The metadata common to both registers, named after the Phụ lục VI tags. */
struct DocumentFields
{
    QString typeKey; ///< DocumentTypes key
    bool legalNormative = false;
    DocumentCode code; ///< CodeNumber + CodeNotation
    QDate issuedDate;  ///< IssuedDate (ngày tháng văn bản)
    QString organName; ///< OrganName: the issuing agency (tác giả)
    QString organId;   ///< OrganId of the issuing agency, when known
    QString subject;   ///< Subject (trích yếu), required
    QString signerPosition;
    QString signerName;
    Urgency urgency = Urgency::Normal;
    Secrecy secrecy = Secrecy::None;
    QString language = QStringLiteral("Tiếng Việt");
    int pageAmount = 0;  ///< PageAmount; filled from the main PDF when there is one
    QString description; ///< Description (ghi chú)
    QDate dueDate;       ///< DueDate (hạn trả lời / thời hạn giải quyết); may be null
    QString edxmlDocumentId;
};

/** Columns of the incoming register (số đến and the arrival facts). */
struct IncomingDetails
{
    qint64 seriesId = 0;
    QString seriesCode;
    int year = 0;
    qint64 arrivalNumber = 0;
    QDate arrivalDate;
    QDateTime arrivedAt;
    QString toPlaces;   ///< ToPlaces: đơn vị hoặc người nhận
    QDate transferDate; ///< ngày chuyển; may be null
    std::optional<DocumentId> duplicateOf;
    QString duplicateReason;
};

/** Columns of the outgoing register. */
struct OutgoingDetails
{
    qint64 seriesId = 0;
    QString seriesCode;
    int year = 0;
    int number = 0;
    QString draftingUnit;
    QList<Recipient> recipients;
    QString copyHolder; ///< đơn vị, người nhận bản lưu
    int issuedAmount = 0;
    QDate transferDate;
};

/** A registered document as read back from the store. */
struct DocumentRecord
{
    DocumentId id; ///< this workspace's key
    /** The agency-wide identity (UUID), made when the document entered the agency and kept through sync. */
    QString uid;
    /**
     * Between agencies the key is the sender's OrganId with the edXML DocumentId (fields.edxmlDocumentId): for a
     * received document the issuing agency's, for one this agency issues its own.
     */
    QString senderOrganId;
    DocumentState state = DocumentState::Registered;
    /** A number given by mistake is voided with a reason and never reused; the entry stays in the register. */
    QString voidReason;
    QDateTime voidedAt;
    QString voidedBy;
    Direction direction = Direction::Incoming;
    DocumentFields fields;
    QDateTime createdAt;
    QString createdBy;
    std::optional<IncomingDetails> incoming;
    std::optional<OutgoingDetails> outgoing;
    QList<AttachmentRecord> attachments;
    /** Every PDF the document has had, oldest first. */
    QList<DocumentVersion> versions;
};

} // namespace vanthu::core
