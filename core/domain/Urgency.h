// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace vanthu::core
{

/**
 * Độ khẩn (NĐ30 Phụ lục I III.2.b). The numeric values are edXML's Priority codes 0–3 and are stored as they are.
 */
enum class Urgency
{
    Normal = 0,     ///< thường
    Urgent = 1,     ///< khẩn
    VeryUrgent = 2, ///< thượng khẩn
    Flash = 3,      ///< hỏa tốc
};

/** Độ mật. Secret documents keep their own numbering series and register. */
enum class Secrecy
{
    None = 0,
    Confidential = 1, ///< mật
    Secret = 2,       ///< tối mật
    TopSecret = 3,    ///< tuyệt mật
};

/** The legal Vietnamese name: "Khẩn", "Thượng khẩn", "Hỏa tốc"; empty for Normal. */
[[nodiscard]] QString urgencyName(Urgency urgency);
/** "Mật", "Tối mật", "Tuyệt mật"; empty for None. */
[[nodiscard]] QString secrecyName(Secrecy secrecy);
/** Stable ASCII names used by the CLI and JSON: normal, urgent, very-urgent, flash. */
[[nodiscard]] QString urgencyKey(Urgency urgency);
/** none, confidential, secret, top-secret. */
[[nodiscard]] QString secrecyKey(Secrecy secrecy);

/** Accepts the key, the code 0–3, or the Vietnamese name with or without diacritics ("thuong khan"). */
[[nodiscard]] Result<Urgency> parseUrgency(const QString& text);
/** Accepts the key, the code 0–3, or the Vietnamese name with or without diacritics ("toi mat"). */
[[nodiscard]] Result<Secrecy> parseSecrecy(const QString& text);

} // namespace vanthu::core
