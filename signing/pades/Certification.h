// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/pades/PadesSigner.h"
#include "signing/pdf/PdfFile.h"

#include <optional>

namespace vanthu::signing::pades
{

/**
 * The DocMDP /P of the document's certification signature (2 when it names none, 1 when it names one the standard
 * does not define: the validator's strictest reading), or nullopt when not certified.
 */
[[nodiscard]] std::optional<int> certificationOf(pdf::PdfFile& file, const pdf::PdfObject& catalog);

/**
 * Refuses what would break the certification in force (signing.md §6: P=1 no change at all; P=2 and 3 no new visible
 * signature field and no new form field, which strict validators reject as a Sneaky Signature), and certifying a
 * document that already carries a signature (ISO 32000-1: the certification must be the first signature).
 * @p fields is the AcroForm's /Fields array.
 */
[[nodiscard]] Result<void> checkCertification(pdf::PdfFile& file, const pdf::PdfObject& catalog,
                                              const pdf::PdfObject& fields, const SignRequest& request);

} // namespace vanthu::signing::pades
