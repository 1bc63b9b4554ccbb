// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace vanthu
{

/**
 * Loads one of VanThu's own modules (shared objects that keep heavy libraries out of process start-up) and returns
 * the address of @p symbol in it. Looks in $VANTHU_MODULE_DIR, then next to the installed executables
 * (../lib/<arch>/vanthu relative to the running program), then, only for a program that lives in the build tree that
 * made it, in that build tree's module folder. A module stays loaded until the process ends. Thread-safe.
 * Errors: Unsupported naming the module, with dlerror() in the detail.
 */
[[nodiscard]] Result<void*> loadModuleSymbol(const QString& moduleFile, const char* symbol);

/**
 * Whether @p moduleFile is in one of the folders loadModuleSymbol() searches, for a module that is installed apart
 * (the demo): its absence is then a normal state rather than damage. Does not load it.
 */
[[nodiscard]] bool moduleInstalled(const QString& moduleFile);

} // namespace vanthu
