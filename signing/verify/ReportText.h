// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words a clerk reads about a validation, in the current language (Vietnamese first, English second; signing.md
// §8): the verdict's title and explanation, each indication, sub-indication, PAdES level and modification level in
// plain words, a colour per signature and for the verdict, and the whole report as plain text for the CLI. The
// stable English codes for programs stay in Validation.h (indicationName() ...).

#include "signing/verify/Validation.h"

#include <QString>

namespace vanthu::signing
{

/** How a verdict or a signature is shown: green (rely on it), yellow (look closer), red (do not rely on it). */
enum class Severity
{
    Green,
    Yellow,
    Red,
};

/** A short title: "Chữ ký hợp lệ", "Văn bản đã bị sửa đổi sau khi ký", "Không xác định được" ... */
[[nodiscard]] QString verdictTitle(Verdict verdict);

/** One sentence that says what the verdict means for the document. */
[[nodiscard]] QString verdictExplanation(Verdict verdict);

/** The colour of the whole report: the verdict's, or a signature's when that is worse (e.g. annotations added). */
[[nodiscard]] Severity reportSeverity(const ValidationReport& report);

/**
 * The colour of one signature: its indication; yellow for accepted annotations, and for revocation not yet checked
 * (an offline pass is never green, whatever the rest says).
 */
[[nodiscard]] Severity signatureSeverity(const SignatureReport& signature);

/** "Hợp lệ", "Không hợp lệ", "Không xác định được". */
[[nodiscard]] QString indicationText(Indication indication);

/** What the sub-indication means, in one plain sentence; empty for SubIndication::None. */
[[nodiscard]] QString subIndicationText(SubIndication subIndication);

/** The PAdES level with what it means, e.g. "PAdES B-T (có dấu thời gian)". */
[[nodiscard]] QString padesLevelText(PadesLevel level);

/** What changed after a signature, in plain words. */
[[nodiscard]] QString modificationLevelText(ModificationLevel level);

/** Whether revocation was established for a signature, in plain words ("not yet checked" for an offline pass). */
[[nodiscard]] QString revocationText(RevocationCheck revocation);

/** The signing time in Vietnam time and where it comes from: a timestamp (proven) or the signer's claim (/M). */
[[nodiscard]] QString signingTimeText(const SignatureReport& signature);

/**
 * The whole report as plain text: the verdict's title and explanation, then per signature its field, result and
 * reason, signer, issuer, serial, signing time and its source, PAdES level, coverage, revocation, changes after it
 * and findings; last, whether revocation was asked online. Ends with a newline.
 */
[[nodiscard]] QString reportAsText(const ValidationReport& report);

} // namespace vanthu::signing
