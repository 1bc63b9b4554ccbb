// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vanthu::signing
{

/**
 * The PKCS#11 name of a CK_RV ("CKR_PIN_INCORRECT"); vendor codes as "CKR_VENDOR_DEFINED+0x…", unknown codes as
 * "CKR_0x…". For the technical detail of errors, never for the person.
 */
[[nodiscard]] QString pkcs11ReturnCodeName(unsigned long rv);

} // namespace vanthu::signing
