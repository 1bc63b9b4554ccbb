// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace vanthu::cli
{

class CliContext;

// One function per subcommand, each in its own file; each returns the process exit code.
[[nodiscard]] int runInit(CliContext& context);
[[nodiscard]] int runSeries(CliContext& context);
[[nodiscard]] int runRegister(CliContext& context);
[[nodiscard]] int runList(CliContext& context);
[[nodiscard]] int runShow(CliContext& context);
[[nodiscard]] int runAudit(CliContext& context);
[[nodiscard]] int runExport(CliContext& context);
[[nodiscard]] int runDemo(CliContext& context);
[[nodiscard]] int runSearch(CliContext& context);
[[nodiscard]] int runSign(CliContext& context);
[[nodiscard]] int runTokens(CliContext& context);
[[nodiscard]] int runVerify(CliContext& context);

} // namespace vanthu::cli
