// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verify/Validation.h"

#include <QByteArray>

namespace vanthu::signing::verify
{

struct ChangeReport
{
    ModificationLevel level = ModificationLevel::None;
    bool signedPartEndsAtRevision = false;
    QList<Finding> findings;
};

/**
 * Compares every revision after the one ending at @p signedEnd with that signed revision, object by object, and
 * classifies each change by the rules of signing.md §6 (reject by default: whatever no rule explains is OTHER).
 */
[[nodiscard]] ChangeReport analyseChanges(const QByteArray& pdf, qint64 signedEnd);

} // namespace vanthu::signing::verify
