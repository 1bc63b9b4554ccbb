// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/poppler/PopplerBackend.h"

#include "common/ModuleLoader.h"

namespace vanthu::signing
{

Result<const PopplerBackend*> popplerBackend()
{
    using Entry = const PopplerBackend* (*)();
    auto entry = loadModuleSymbol(QStringLiteral("vanthu-poppler.so"), "vanthu_poppler_backend");
    if (!entry) {
        return entry.error();
    }
    return reinterpret_cast<Entry>(*entry)();
}

} // namespace vanthu::signing
