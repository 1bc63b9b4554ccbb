// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registers/IssueService.h"
#include "render/QtAppearanceRenderer.h"
#include "tests/signing/support/SigningFixture.h"

#include <QByteArray>

namespace vanthu::test
{

/** A Quyết định of Sở Nội vụ signed by the leader with VanThu's prepared issuing fields, and the agency's seal. */
struct LeaderSignedDecision
{
    explicit LeaderSignedDecision(SigningFixture& signing);

    QByteArray pdf;
    QByteArray seal; ///< PNG
    render::QtAppearanceRenderer renderer;

    /** An issuing of the decision to one recipient, checked offline against the fixture's root. */
    [[nodiscard]] core::IssueRequest request(SigningFixture& signing) const;
};

} // namespace vanthu::test
