// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registers/IssueService.h"
#include "render/QtAppearanceRenderer.h"
#include "signing/nd30/Nd30Signature.h"
#include "tests/signing/support/SigningFixture.h"

#include <QByteArray>

namespace vanthu::test
{

/** A Quyết định of Sở Nội vụ signed by the leader with VanThu's prepared issuing fields, and the agency's seal. */
struct LeaderSignedDecision
{
    explicit LeaderSignedDecision(SigningFixture& signing);

    QByteArray draft; ///< the decision before the leader signed it
    QByteArray pdf;   ///< signed by the leader, issuing fields prepared
    QByteArray seal;  ///< PNG
    render::QtAppearanceRenderer renderer;

    /** The leader's signature as VanThu puts it on the draft (image under "GIÁM ĐỐC"). */
    [[nodiscard]] signing::Nd30SignJob leaderJob() const;

    /** An issuing of the decision to one recipient, checked offline against the fixture's root. */
    [[nodiscard]] core::IssueRequest request(SigningFixture& signing) const;
};

} // namespace vanthu::test
