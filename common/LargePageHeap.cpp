// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/LargePageHeap.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#endif

namespace vanthu
{

std::size_t reserveLargePageHeap(std::size_t bytes)
{
#if defined(__linux__) && defined(__GLIBC__)
    constexpr std::uintptr_t hugePage = std::uintptr_t{2} << 20;
    // The next growth of the heap takes the whole reserve (M_TOP_PAD), and freeing keeps it (M_TRIM_THRESHOLD), so
    // the range marked below is the one later allocations come from. Allocations below the mmap threshold, until the
    // top of the heap cannot hold the next one, make that growth happen now.
    if (mallopt(M_TOP_PAD, static_cast<int>(bytes)) == 0
        || mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * bytes)) == 0) {
        return 0;
    }
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    std::uintptr_t after = before;
    constexpr int maxProbes = 64;
    void* probes[maxProbes] = {};
    for (int i = 0; i < maxProbes && after == before; ++i) {
        probes[i] = std::malloc(96 * 1024);
        after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    }
    for (void* probe : probes) {
        std::free(probe);
    }
    const std::uintptr_t start = (before + hugePage - 1) & ~(hugePage - 1);
    const std::uintptr_t end = after & ~(hugePage - 1);
    if (after <= before || end <= start) {
        return 0;
    }
    if (madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE) != 0) {
        return 0;
    }
    return end - start;
#else
    (void)bytes;
    return 0;
#endif
}

} // namespace vanthu
