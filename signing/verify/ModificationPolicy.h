// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/pdf/PdfFile.h"
#include "signing/verify/ChangeAnalysis.h"
#include "signing/verify/SignatureLocator.h"

#include <QStringList>

#include <optional>

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
    /** The FieldMDP lock the signature's own /Reference claims, and its field's /Lock (SigFieldLock), apart. */
    std::optional<FieldLock> referenceLock;
    std::optional<FieldLock> fieldLock;
    /** The /P of the field's /Lock (ISO 32000-2 §12.7.5.5): the DocMDP level in force once it is signed. */
    std::optional<int> lockPermission;
    /** Several DocMDP references in the one signature. */
    int docMdpReferences = 0;
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

/**
 * The rules between the signatures of one document, applied after each was checked on its own (@p signedEnds in the
 * order of @p reports, -1 where unknown): a certification must be the first signature (a later one is
 * INDETERMINATE, "certification-not-first"); a signature's FieldMDP /Reference must claim what its field's /Lock
 * says ("lock-mismatch"); a later signature may not raise the DocMDP level an earlier certification or field lock set
 * ("lock-raised"); and a field lock's /P stricter than the level in force applies to the changes after it. Only
 * signatures that passed are lowered, to INDETERMINATE / SIG_CONSTRAINTS_FAILURE, or failed when the changes after
 * them break a level they set.
 */
void applyDocumentRules(pdf::PdfFile& file, const std::vector<LocatedSignature>& located,
                        const std::vector<qint64>& signedEnds, QList<SignatureReport>& reports);

} // namespace vanthu::signing::verify
