// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verify/Validation.h"

#include <QByteArray>
#include <QStringList>

namespace vanthu::signing::verify
{

struct ChangeReport
{
    ModificationLevel level = ModificationLevel::None;
    bool signedPartEndsAtRevision = false;
    QList<Finding> findings;
    /** Fully qualified names of fields of the signed revision that a later revision changed (filled, signed...). */
    QStringList changedFields;
    /** A later revision added a signature field with a visible widget (a Sneaky Signature after certification). */
    bool visibleSignatureFieldAdded = false;
};

/**
 * Compares every revision after the one ending at @p signedEnd with that signed revision, object by object, and
 * classifies each change by the rules of signing.md §6 (reject by default: whatever no rule explains is OTHER).
 * Also rejects what only the cross-reference data shows: freed or reactivated objects, entries redirected into the
 * signed bytes, revisions that do not chain through the signed one or that a later revision hides, and bytes
 * appended without a cross-reference section.
 */
[[nodiscard]] ChangeReport analyseChanges(const QByteArray& pdf, qint64 signedEnd);

} // namespace vanthu::signing::verify
