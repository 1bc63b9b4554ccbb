// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RegistrationRequests.h"

namespace vanthu::test
{

/** A valid incoming request: a Quyết định of UBND quận Ba Đình dated 2026-03-02, number @p number. */
[[nodiscard]] core::IncomingRequest incomingRequest(int number = 5);

/** A valid outgoing request: a Công văn of the VP unit to Bộ Nội vụ. */
[[nodiscard]] core::OutgoingRequest outgoingRequest(const QString& typeKey = QStringLiteral("cong-van"));

} // namespace vanthu::test
