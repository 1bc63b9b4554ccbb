// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verify/Validation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace vanthu::signing
{

/**
 * The traffic light of a verdict, as registers show it: "valid" (green: VALID, VALID_WITH_ALLOWED_CHANGES),
 * "attention" (yellow: INDETERMINATE, REVOCATION_NOT_CHECKED), "broken" (red: MODIFIED, INVALID), "unsigned".
 */
[[nodiscard]] QString verdictStatusKey(Verdict verdict);

/**
 * @p report for programs and for the store: the verdict and its status, whether it was made online, when, whether
 * the file had to be rebuilt, and every signature with its indication, levels, signer, times, revocation, changed
 * areas, algorithms and findings. Instants are ISO 8601 in UTC, or null. The top-level keys "verdict", "status",
 * "online" and "validatedAt" are the summary a stored report is filed under (core::verificationFromReport).
 */
[[nodiscard]] QJsonObject reportToJson(const ValidationReport& report);

/** reportToJson() as compact UTF-8, the form a stored report keeps. */
[[nodiscard]] QByteArray reportJsonBytes(const ValidationReport& report);

} // namespace vanthu::signing
