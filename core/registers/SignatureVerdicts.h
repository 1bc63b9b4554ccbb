// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verify/Validation.h"

namespace vanthu::core
{

/**
 * A signature that is there, intact and unmodified (also with changes its signer allowed); trust or revocation still
 * unknown is for the person to judge, so it counts as intact. What signing and issuing accept as their input.
 */
[[nodiscard]] bool signatureIntact(signing::Verdict verdict);

} // namespace vanthu::core
