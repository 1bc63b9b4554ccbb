// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vanthu::gui
{

/**
 * On a demo workspace, a newcomer signs at once: the demo leader's key (to sign), the demo agency's key (to issue),
 * the signature and seal images become the signing defaults wherever the person has not chosen their own. Nothing the
 * person chose is replaced; a workspace without a demo PKI, or an installation without the demo module
 * (demo/api/DemoModule.h), changes nothing.
 */
void useDemoSigningDefaults(const QString& workspaceFolder);

} // namespace vanthu::gui
