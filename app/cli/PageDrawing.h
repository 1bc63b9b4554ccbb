// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `verify --visual` draws pages through our poppler module in a child vanthu-cli (the hidden command
// `render-pages IN OUTDIR`) under time and memory limits: a hostile PDF that crashes or hangs poppler ends that
// child, and the verification reports "could not be drawn" instead of crashing.

#include "common/Result.h"
#include "signing/verify/VisualComparison.h"

#include <QString>

namespace vanthu::cli
{

class CliContext;

/** Draws with `vanthu-cli render-pages` (this very program) in a child process under limits. */
[[nodiscard]] signing::PageRenderer childPageRenderer(int dpi);

/** The hidden command: draws IN's pages into OUTDIR (page-N.ppm and pages.txt); exit 0 when all were drawn. */
[[nodiscard]] int runRenderPages(CliContext& context);

} // namespace vanthu::cli
