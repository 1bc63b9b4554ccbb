// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/pdf/PdfFile.h"
#include "signing/verify/ChangeAnalysis.h"
#include "signing/verify/SignatureLocator.h"

#include <QStringList>

#include <vector>

namespace vanthu::signing::verify
{

/** A FieldMDP lock (ISO 32000-1 §12.8.2.4): from the signature's /Reference or from its field's /Lock. */
struct FieldLock
{
    enum class Action
    {
        All,
        Include,
        Exclude,
    };
    Action action = Action::All;
    QStringList fields; ///< fully qualified names (Include, Exclude)
};

/** What a signature allows to change after it. */
struct SignaturePermissions
{
    /** A certification signature: its dictionary has a DocMDP /Reference, or the catalog's /Perms /DocMDP is it. */
    bool certification = false;
    /** DocMDP /P of a certification: 1 no changes, 2 form filling and signing (the default), 3 plus annotations. */
    int docMdp = 2;
    std::vector<FieldLock> locks;
};

/** Reads the DocMDP and FieldMDP permissions of @p signature from @p file (its newest revision). */
[[nodiscard]] SignaturePermissions readPermissions(pdf::PdfFile& file, const LocatedSignature& signature);

struct PolicyResult
{
    bool allowed = true; ///< false: the changes break the certification, a lock, or are OTHER
    QList<Finding> findings;
};

/**
 * Applies signing.md §6 to the changes after a signature: a certification allows up to LTA updates (P=1), form
 * filling without new visible signature fields (P=2) or annotations (P=3); an approval signature allows form filling,
 * and annotations with a warning; OTHER is never allowed; a field a FieldMDP lock names must not change at all (not
 * even be signed).
 */
[[nodiscard]] PolicyResult applyPolicy(const SignaturePermissions& permissions, const ChangeReport& changes);

} // namespace vanthu::signing::verify
