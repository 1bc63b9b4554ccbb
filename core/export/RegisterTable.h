// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/AgencyProfile.h"
#include "core/domain/Direction.h"
#include "core/domain/RegisterRow.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace vanthu::core
{

/** The cover and first page of a register book (NĐ30 Phụ lục IV). */
struct RegisterCover
{
    QString parentAgency; ///< tên cơ quan chủ quản trực tiếp
    QString agency;       ///< tên cơ quan, đơn vị
    QString title;        ///< "SỔ ĐĂNG KÝ VĂN BẢN ĐI" / "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"
    QString seriesName;
    int year = 0;
    QDate fromDate;
    QDate toDate;
    qint64 fromNumber = 0;
    qint64 toNumber = 0;
    int volume = 1; ///< quyển số
};

/**
 * A register laid out as the paper book prints it: the ten columns of Phụ lục IV in order, each cell as text.
 * PDF, CSV and XLSX are all written from this one table, so the three outputs always hold the same data.
 */
struct RegisterTable
{
    Direction direction = Direction::Incoming;
    RegisterCover cover;
    QStringList columns;
    QList<QStringList> rows;
    /** Relative widths of the columns for printed layouts (sum 100). */
    QList<int> columnWeights;
};

/** Builds the table of a register from its rows (in number order). Column titles are the legal wording. */
[[nodiscard]] RegisterTable buildRegisterTable(Direction direction, const AgencyProfile& agency,
                                               const QString& seriesName, int year, int volume,
                                               const QList<RegisterRow>& rows);

} // namespace vanthu::core
