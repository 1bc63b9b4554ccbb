// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verify/ObjectGraph.h"
#include "signing/verify/Revisions.h"
#include "signing/verify/Validation.h"

#include <QByteArray>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <set>

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
    /** A later revision removed a non-widget annotation (allowed only under a P=3 certification). */
    bool annotationRemoved = false;
    /** Where the pages may show something the signer did not see: the changed widgets' and annotations' /Rect. */
    QList<ChangedArea> changedAreas;
    /**
     * What a reader shows depends on repairing the file (objects no cross-reference lists after the signature, an
     * entry that points at the wrong object, or cross-reference data that cannot be read): never better than
     * INDETERMINATE.
     */
    bool needsRebuilding = false;
};

/**
 * The reject-by-default change analysis (signing.md §6, issue 12): for each signature, the object graph a reader
 * reaches from the final trailer is compared with the signed revision. Every object reached now must be unchanged,
 * or changed as a written rule allows for the role it plays (the strictest of its roles), or new and reached only
 * through such a change. The final graph is walked once for all signatures; every revision is opened once
 * (Revisions). When a reader would rebuild the file (see ChangeReport::needsRebuilding), the rebuilt file is judged
 * as well and the worse result counts.
 */
class ChangeAnalysis
{
public:
    /** Errors: Cancelled, or Unsupported when the work budget is spent. */
    [[nodiscard]] static Result<std::unique_ptr<ChangeAnalysis>> prepare(Revisions& revisions);

    /** What changed after the signature whose signed bytes end at @p signedEnd. Errors: as prepare(). */
    [[nodiscard]] Result<ChangeReport> analyse(qint64 signedEnd);

private:
    explicit ChangeAnalysis(Revisions& revisions) : m_revisions(revisions)
    {
    }
    Result<void> scanStructure();
    Result<const ObjectGraph*> rebuiltGraph();
    /** Looks for unlisted objects in [@p from, the start of what was scanned before). */
    void scanUnlisted(qint64 from);

    Revisions& m_revisions;
    ObjectGraph m_finalGraph;
    std::optional<ObjectGraph> m_rebuiltGraph;
    std::map<int, QString> m_finalNames;   ///< field names of the final view, read once for every signature
    std::map<int, QString> m_rebuiltNames; ///< and of the rebuilt view
    bool m_rebuiltTried = false;
    /** Offsets of "N G obj" headers that no cross-reference section of the final chain lists. */
    std::vector<qint64> m_unlisted;
    std::optional<qint64> m_scannedFrom;
    std::set<qint64> m_listed; ///< offsets of every section and in-file entry of the final chain
    /** Offsets of the final chain's sections. */
    std::set<qint64> m_chainSections;
    /** Ends of revisions whose own section the final chain skips, or that add none (their objects are unlisted). */
    std::vector<qint64> m_hiddenRevisions;
    /** Ends of revisions whose startxref names an earlier revision's section (data appended without one). */
    std::vector<qint64> m_revisionsWithoutSection;
    /** Objects of later sections whose dictionaries name a key twice. */
    std::vector<std::pair<qint64, int>> m_duplicateKeys; ///< (offset, number)
    bool m_dataAfterLastRevision = false;
};

} // namespace vanthu::signing::verify
