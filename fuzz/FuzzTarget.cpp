// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer target; VANTHU_FUZZ_ENTRY names the function of FuzzEntryPoints.h it runs (fuzz/CMakeLists.txt).
#include "fuzz/FuzzEntryPoints.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    vanthu::fuzz::VANTHU_FUZZ_ENTRY(QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    return 0;
}
