// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace vanthu
{

/**
 * Grows the process heap by @p bytes at once and asks the kernel to back that space with transparent huge pages
 * (MADV_HUGEPAGE; a no-op where THP is "never"). A short-lived command that parses a large PDF builds tens of
 * megabytes of small objects: with 4 KiB pages each first touch is a page fault, and on a virtual machine those
 * faults were a third of `vanthu-cli verify`'s time on a 2,000-page file (decision 42). Call it once, early, from a
 * command-line process only: a long-running window keeps its heap and gains nothing. Linux with glibc; elsewhere it
 * does nothing. Returns the bytes marked (0 when nothing was).
 */
std::size_t reserveLargePageHeap(std::size_t bytes);

} // namespace vanthu
