// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/AgencyProfile.h"

namespace vanthu::core
{

class Workspace;

/** The agency a workspace belongs to: first set-up and reading its profile. */
class AgencyService final
{
public:
    explicit AgencyService(Workspace& workspace);

    /**
     * Sets up a new workspace in one transaction: the agency profile, the workspace identity and the default series
     * (general, secret and copies for outgoing documents; general and secret incoming registers), each audited.
     * Errors: InvalidInput for a bad profile; Conflict when the workspace is already set up.
     */
    [[nodiscard]] Result<void> initialise(const AgencyProfile& profile);

    /** Errors: NotFound when the workspace has not been set up. */
    [[nodiscard]] Result<AgencyProfile> profile();

private:
    Workspace& m_workspace;
};

} // namespace vanthu::core
