// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rendering oracle (issue 12): what poppler's pdftoppm shows of each signed revision against the final file,
// outside the area the validator's report explains. A verdict that says nothing visible changed (NONE,
// LTA_UPDATES, FORM_FILLING, ANNOTATIONS, not TOTAL_FAILED) while pixels differ outside that area is a validator
// bug. A renderer that crashes, hangs or runs out of memory is "renderer failed", never a finding.

#include "signing/verify/Validation.h"
#include "signing/verify/VisualComparison.h"
#include "tests/support/oracles/PdftoppmRenderer.h"

#include <QString>

namespace vanthu::test
{

struct RenderComparison
{
    /** One entry per signature of the report, in its order (signatures with nothing after them compare equal). */
    QList<signing::SignatureVisualCheck> signatures;

    /** Signatures whose verdict claimsNoHiddenChange() yet differ outside their permitted area. */
    [[nodiscard]] QList<int> contradicted(const signing::ValidationReport& report) const;
    /** Every signature's comparison, for test messages: field, verdict, renderer failure, page, pixels, box. */
    [[nodiscard]] QString describe(const signing::ValidationReport& report) const;
};

/** Draws each signed revision of @p pdf and the final file with pdftoppm and compares them (every signature). */
[[nodiscard]] RenderComparison compareRevisions(const QByteArray& pdf, const signing::ValidationReport& report,
                                                const PdftoppmOptions& options = {});

/**
 * The rule the tests enforce: no signature of @p report whose verdict claims no hidden change differs outside its
 * permitted area. Fails the current test (CHECK) with the comparison otherwise; a renderer failure is a WARN.
 * Returns true when the rendering agrees.
 */
bool requireRenderingAgrees(const QByteArray& pdf, const signing::ValidationReport& report);

} // namespace vanthu::test
