// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <atomic>
#include <functional>

namespace vanthu
{

/**
 * What a long use case gets from whoever runs it: where to say how far it is, and a flag that person (the window's
 * Cancel, a signal in the CLI) sets to stop it. A use case checks the flag only where stopping leaves nothing half
 * done; past its commit it finishes. Copyable; the flag must outlive the work.
 */
class TaskToken final
{
public:
    /** Called with the steps done of the total; from the thread that runs the use case. */
    using Progress = std::function<void(int done, int total)>;

    TaskToken() = default;
    explicit TaskToken(const std::atomic<bool>* cancel, Progress progress = {});

    /** For library calls that take the flag itself (validation, HTTP transfers); may be null. */
    [[nodiscard]] const std::atomic<bool>* cancelFlag() const;
    [[nodiscard]] bool cancelled() const;
    /** A Cancelled error when the flag is set, else nothing: `if (auto go = token.checkpoint(); !go) return ...`. */
    [[nodiscard]] Result<void> checkpoint() const;
    void progress(int done, int total) const;

private:
    const std::atomic<bool>* m_cancel = nullptr;
    Progress m_progress;
};

} // namespace vanthu
