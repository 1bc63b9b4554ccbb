// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace vanthu::fuzz
{

/**
 * What each libFuzzer target under fuzz/ runs on one input. The regression test (tests/signing/verify/
 * FuzzRegressionTests.cpp) replays every saved finding through the same functions in the ordinary build.
 */

/** The whole validator, offline and ignoring trust: what `vanthu-cli verify` runs on a file from outside. */
void verifyPdf(QByteArrayView data);
/** PdfFile::open, every object of every section, every stream, the page tree, the field tree; PdfParser values. */
void parsePdf(QByteArrayView data);
/** decodeStream: the first four bytes choose predictor, colours, bits, columns and one or two Flate passes. */
void decodeFilters(QByteArrayView data);
/** verifyCms on arbitrary DER as found in /Contents, offline and without trust anchors. */
void verifyCmsDer(QByteArrayView data);

/**
 * The validator against what poppler draws: validatePdf offline; for each signature whose verdict allows what follows
 * it (NONE, LTA_UPDATES, FORM_FILLING, ANNOTATIONS, not TOTAL_FAILED), pdftoppm draws the signed revision and the
 * final file in child processes under limits, and a difference outside the permitted area aborts (a finding).
 * fuzz_verify_render's mutator changes only the bytes after the last signed revision (LastRevisionMutator.cpp).
 */
void verifyAndRender(QByteArrayView data);
/** What verifyAndRender() aborts on, described; empty when the drawings agree with the verdict (or nothing to draw). */
[[nodiscard]] QString hiddenVisualChange(QByteArrayView data);

} // namespace vanthu::fuzz
