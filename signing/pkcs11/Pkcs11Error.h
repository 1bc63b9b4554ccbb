// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to signing/pkcs11: CK_RV values turned into Errors a person can act on.
#pragma once

#include "common/Error.h"

#include <QString>

namespace vanthu::signing
{

/**
 * The Error for @p rv returned by @p function ("C_Sign") on the token labelled @p tokenLabel: the message says
 * what happened in words (wrong PIN, locked PIN, removed token, unsupported mechanism...), the detail carries the
 * function and the CKR_ name.
 */
[[nodiscard]] Error pkcs11Error(unsigned long rv, const char* function, const QString& tokenLabel);

/** True when @p rv means the token is gone or its session died (removed, not present, device error...). */
[[nodiscard]] bool pkcs11TokenGone(unsigned long rv);

/** The error for a token whose PIN is locked; @p triedNow says whether our last try locked it. */
[[nodiscard]] Error pkcs11PinLockedError(const QString& tokenLabel, bool triedNow, const QString& detail);

/** "C_Sign: CKR_DEVICE_REMOVED" */
[[nodiscard]] QString pkcs11Detail(const char* function, unsigned long rv);

} // namespace vanthu::signing
