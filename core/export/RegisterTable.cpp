// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/RegisterTable.h"

#include "common/VietnamTime.h"
#include "core/domain/DocumentType.h"
#include "core/domain/Urgency.h"

namespace vanthu::core
{
namespace
{

// Phụ lục IV mục I and VI: the ten columns of each book, in order. Legal wording: never translated.
QStringList outgoingColumns()
{
    return {QStringLiteral("Số, ký hiệu văn bản"),
            QStringLiteral("Ngày tháng văn bản"),
            QStringLiteral("Tên loại và trích yếu nội dung văn bản"),
            QStringLiteral("Người ký"),
            QStringLiteral("Nơi nhận văn bản"),
            QStringLiteral("Đơn vị, người nhận bản lưu"),
            QStringLiteral("Số lượng bản"),
            QStringLiteral("Ngày chuyển"),
            QStringLiteral("Ký nhận"),
            QStringLiteral("Ghi chú")};
}

QStringList incomingColumns()
{
    return {QStringLiteral("Ngày đến"),
            QStringLiteral("Số đến"),
            QStringLiteral("Tác giả"),
            QStringLiteral("Số, ký hiệu văn bản"),
            QStringLiteral("Ngày tháng văn bản"),
            QStringLiteral("Tên loại và trích yếu nội dung văn bản"),
            QStringLiteral("Đơn vị hoặc người nhận"),
            QStringLiteral("Ngày chuyển"),
            QStringLiteral("Ký nhận"),
            QStringLiteral("Ghi chú")};
}

QString dateText(const QDate& date)
{
    return date.isValid() ? vietnameseShortDate(date) : QString();
}

QString typeAndSubject(const RegisterRow& row)
{
    const DocumentType* type = DocumentTypes::byKey(row.typeKey);
    const QString typeName = type ? type->name : row.typeKey;
    return typeName + QStringLiteral(": ") + row.subject;
}

QString notes(const RegisterRow& row)
{
    QStringList parts;
    if (!row.voidReason.isEmpty()) {
        // The printed book names a voided number in its notes column (NĐ 30: numbers are never reused or erased).
        parts.append(QStringLiteral("Số đã hủy: %1").arg(row.voidReason));
    }
    if (row.urgency != Urgency::Normal) {
        parts.append(urgencyName(row.urgency));
    }
    if (row.secrecy != Secrecy::None) {
        parts.append(secrecyName(row.secrecy));
    }
    if (!row.description.isEmpty()) {
        parts.append(row.description);
    }
    return parts.join(QStringLiteral(". "));
}

QString signer(const RegisterRow& row)
{
    return QStringList{row.signerPosition, row.signerName}.join(QLatin1Char(' ')).trimmed();
}

} // namespace

RegisterTable buildRegisterTable(Direction direction, const AgencyProfile& agency, const QString& seriesName, int year,
                                 int volume, const QList<RegisterRow>& rows)
{
    RegisterTable table;
    table.direction = direction;
    table.cover.parentAgency = agency.parentName;
    table.cover.agency = agency.name;
    table.cover.title = direction == Direction::Outgoing ? QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐI")
                                                         : QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN");
    table.cover.seriesName = seriesName;
    table.cover.year = year;
    table.cover.volume = volume;
    if (!rows.isEmpty()) {
        table.cover.fromDate = rows.front().registerDate;
        table.cover.toDate = rows.back().registerDate;
        table.cover.fromNumber = rows.front().number;
        table.cover.toNumber = rows.back().number;
    }
    if (direction == Direction::Outgoing) {
        table.columns = outgoingColumns();
        table.columnWeights = {10, 8, 24, 11, 13, 9, 5, 7, 6, 7};
        for (const RegisterRow& row : rows) {
            table.rows.append({row.code.display(), dateText(row.issuedDate), typeAndSubject(row), signer(row),
                               row.receivers, row.copyHolder,
                               row.issuedAmount > 0 ? QString::number(row.issuedAmount) : QString(),
                               dateText(row.transferDate), QString(), notes(row)});
        }
    } else {
        table.columns = incomingColumns();
        table.columnWeights = {8, 6, 14, 11, 8, 24, 11, 7, 5, 6};
        for (const RegisterRow& row : rows) {
            table.rows.append({dateText(row.registerDate), QString::number(row.number), row.organName,
                               row.code.display(), dateText(row.issuedDate), typeAndSubject(row), row.receivers,
                               dateText(row.transferDate), QString(), notes(row)});
        }
    }
    return table;
}

} // namespace vanthu::core
