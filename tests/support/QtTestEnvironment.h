// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace vanthu::test
{

/**
 * Prepares Qt for tests without a display: the offscreen platform unless QT_QPA_PLATFORM says otherwise, and a
 * private XDG_RUNTIME_DIR (root shells often have none and Qt warns). Call before the application object exists.
 */
void prepareQtEnvironment();

} // namespace vanthu::test
