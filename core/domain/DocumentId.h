// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace vanthu::core
{

/** The workspace-local identity of a registered document; a strong type so it never mixes with other ids. */
struct DocumentId
{
    qint64 value = 0;

    friend bool operator==(DocumentId, DocumentId) = default;
    friend auto operator<=>(DocumentId, DocumentId) = default;
};

} // namespace vanthu::core
