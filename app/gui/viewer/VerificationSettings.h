// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verify/Validation.h"

#include <QString>

namespace vanthu::gui
{

/**
 * How the desktop application verifies signatures, in QSettings under "verification/", beside the signing settings
 * (the settings dialog shows both).
 */
struct VerificationSettings
{
    /**
     * Ask no OCSP responder or CRL distribution point by itself: for an office without Internet access or whose rules
     * forbid it. The offline first pass then stays "revocation not yet checked" (yellow) until someone chooses
     * "Check revocation online".
     */
    bool workOffline = false;

    [[nodiscard]] static VerificationSettings load();
    void save() const;
};

/**
 * The options every verification of the workspace in @p workspaceFolder starts from: the user's and the workspace's
 * trust anchors (TrustStore::anchorsFor(), which reads files: call it off the GUI thread where it matters) and
 * checkRevocationOnline = !workOffline.
 */
[[nodiscard]] signing::ValidationOptions verificationOptions(const QString& workspaceFolder);

} // namespace vanthu::gui
