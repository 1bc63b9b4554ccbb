// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pages as poppler's own command-line tools draw them (pdftoppm -cropbox, geometry from pdfinfo -box), each run as a
// child process under time and memory limits. For the rendering oracle and fuzz_verify_render: a renderer we did not
// write, independent of the product's vanthu-poppler module. No Catch2 here: the fuzz build links it too.

#include "signing/verify/LimitedProcess.h"
#include "signing/verify/VisualComparison.h"

namespace vanthu::test
{

struct PdftoppmOptions
{
    int dpi = 72;
    int maxPages = 50;
    signing::ProcessLimits limits{30, 20, 1024LL * 1024 * 1024};
};

/** Draws @p pdf; an error (its detail starts with "renderer failed") when poppler crashed, hung or ran out of memory.
 */
[[nodiscard]] Result<signing::RenderedDocument> renderWithPdftoppm(const QByteArray& pdf,
                                                                   const PdftoppmOptions& options = {});

/** renderWithPdftoppm() as a PageRenderer. */
[[nodiscard]] signing::PageRenderer pdftoppmRenderer(const PdftoppmOptions& options = {});

/** pdftoppm and pdfinfo are installed (poppler-utils). */
[[nodiscard]] bool pdftoppmAvailable();

} // namespace vanthu::test
