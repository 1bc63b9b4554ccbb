// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/Requests.h"

namespace vanthu::test
{

core::IncomingRequest incomingRequest(int number)
{
    core::IncomingRequest request;
    request.fields.typeKey = QStringLiteral("QĐ");
    request.fields.code = core::DocumentCode{core::formatSerialNumber(number), QStringLiteral("QĐ-UBND")};
    request.fields.issuedDate = QDate(2026, 3, 2);
    request.fields.organName = QStringLiteral("UBND quận Ba Đình");
    request.fields.organId = QStringLiteral("001.00.00.H26");
    request.fields.subject = QStringLiteral("Về việc phê duyệt Đề án cải cách hành chính");
    request.fields.signerName = QStringLiteral("Nguyễn Văn Hùng");
    request.toPlaces = QStringLiteral("Phòng Cải cách hành chính");
    return request;
}

core::OutgoingRequest outgoingRequest(const QString& typeKey)
{
    core::OutgoingRequest request;
    request.typeKey = typeKey;
    request.subject = QStringLiteral("V/v đồng ý tiếp nhận công chức");
    request.draftingUnit = QStringLiteral("VP");
    request.signerPosition = QStringLiteral("Giám đốc");
    request.signerName = QStringLiteral("Trần Đình Cảnh");
    request.recipients = {core::Recipient{QStringLiteral("000.00.00.G09"), QStringLiteral("Bộ Nội vụ")}};
    request.copyHolder = QStringLiteral("VT, VP");
    request.issuedAmount = 2;
    return request;
}

} // namespace vanthu::test
