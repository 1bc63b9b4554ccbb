// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>

namespace vanthu::signing
{
enum class Verdict;
}

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
[[nodiscard]] int runIssue(CliContext& context);
[[nodiscard]] int runDraft(CliContext& context);
[[nodiscard]] int runAttach(CliContext& context);
[[nodiscard]] int runTokens(CliContext& context);
[[nodiscard]] int runVerify(CliContext& context);
[[nodiscard]] int runLtv(CliContext& context);
[[nodiscard]] int runTrust(CliContext& context);
[[nodiscard]] int runCorrect(CliContext& context);
[[nodiscard]] int runVoid(CliContext& context);
[[nodiscard]] int runHistory(CliContext& context);
[[nodiscard]] int runRecheck(CliContext& context);
[[nodiscard]] int runReports(CliContext& context);
[[nodiscard]] int runBackup(CliContext& context);
[[nodiscard]] int runRestore(CliContext& context);

/** The exit code of `verify` and `recheck` for @p verdict: 0 valid, 1 modified or invalid, 2 undecided. */
[[nodiscard]] int verifyExitCode(signing::Verdict verdict);

/** --trust-store FOLDER, shared by `trust` and `verify`: the user's trusted certification authorities. */
[[nodiscard]] QCommandLineOption trustStoreOption();

} // namespace vanthu::cli
