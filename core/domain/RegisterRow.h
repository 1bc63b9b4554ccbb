// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Direction.h"
#include "core/domain/DocumentCode.h"
#include "core/domain/DocumentId.h"
#include "core/domain/DocumentState.h"
#include "core/domain/Urgency.h"
#include "core/domain/VerificationRecord.h"

#include <QDate>
#include <QString>

#include <limits>
#include <optional>

namespace vanthu::core
{

/** One line of a register as listed, printed and exported (the columns of Phụ lục IV and a few more). */
struct RegisterRow
{
    DocumentId id;
    Direction direction = Direction::Incoming;
    QString seriesCode;
    int year = 0;
    qint64 number = 0;  ///< số đến, or the outgoing số
    QDate registerDate; ///< ngày đến, or the issue date
    DocumentCode code;
    QDate issuedDate;
    QString typeKey;
    QString subject;
    QString organName; ///< tác giả (incoming) / the agency (outgoing)
    QString signerPosition;
    QString signerName;
    QString receivers;  ///< đơn vị hoặc người nhận (incoming) / nơi nhận (outgoing)
    QString copyHolder; ///< outgoing: đơn vị, người nhận bản lưu
    int issuedAmount = 0;
    QDate transferDate;
    QString description;
    Urgency urgency = Urgency::Normal;
    Secrecy secrecy = Secrecy::None;
    int attachmentCount = 0;
    DocumentState state = DocumentState::Registered;
    QString voidReason; ///< why the number was voided; empty while it stands
    /** The latest signature report of the current version of the first file; nullopt: never checked. */
    std::optional<SignatureStatus> signatureStatus;
    bool signatureCheckedOnline = false; ///< that report asked about revocation online
};

/** Which part of one register (series + year) to read, newest first by default, a page at a time. */
struct RegisterQuery
{
    qint64 seriesId = 0;
    int year = 0;
    bool ascending = false;
    /** Keyset cursor: rows strictly after this number in the chosen order. */
    std::optional<qint64> afterNumber;
    std::optional<QDate> fromDate;
    std::optional<QDate> toDate;
    int limit = 50;
};

/** The column a register is ordered by; entries with equal values stay in number order. */
enum class RegisterOrder
{
    Number,
    Date,
    Code,    ///< ký hiệu, then số
    Subject, ///< tên loại, then trích yếu
    Party,   ///< the issuing agency (incoming), the first recipient (outgoing)
    Urgency, ///< độ khẩn, then độ mật
};

/** One register (series + year) as a person browses it: in an order, narrowed by filters and a search text. */
struct RegisterListing
{
    Direction direction = Direction::Incoming;
    qint64 seriesId = 0;
    int year = 0;
    RegisterOrder order = RegisterOrder::Number;
    bool ascending = false;
    QString text;    ///< words of the document, with or without diacritics, or a number/symbol; empty: no search
    QString typeKey; ///< empty: every type
    std::optional<Urgency> urgency;
};

} // namespace vanthu::core
