// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace vanthu::core
{

/**
 * The agency that keeps this workspace's registers (ô 1–2 of the register covers, the issuer of outgoing documents).
 * Abbreviations are decided by the head of the agency (Phụ lục I II.3), so they are configuration, not constants.
 */
struct AgencyProfile
{
    QString name;         ///< "SỞ NỘI VỤ" as printed, or "Sở Nội vụ thành phố Hà Nội"
    QString parentName;   ///< tên cơ quan chủ quản trực tiếp: "UBND THÀNH PHỐ HÀ NỘI"; may be empty
    QString abbreviation; ///< used in ký hiệu: "SNV"
    QString organId;      ///< mã định danh (opaque text, compared exactly): "000.00.12.H26"
    QString place;        ///< địa danh of the date line: "Hà Nội"

    /** Normalises the text and checks required fields and lengths. Errors: InvalidInput. */
    [[nodiscard]] Result<AgencyProfile> validated() const;
};

} // namespace vanthu::core
