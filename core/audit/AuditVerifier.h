// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace vanthu::core
{

class AuditRepository;

/** One way the audit trail differs from what was written. */
struct AuditProblem
{
    enum class Kind
    {
        Edited,           ///< an entry's content no longer matches its hash
        Missing,          ///< sequence numbers are skipped: entries were removed
        BrokenLink,       ///< an entry does not follow the one before it: reordered or replaced
        TailRemoved,      ///< the chain ends before the recorded head
        HeadMismatch,     ///< the recorded head does not match the last entry
        UnauditedDocument ///< a document exists without its registration entry
    };
    Kind kind;
    qint64 seq = 0; ///< the entry concerned (or the document id for UnauditedDocument)
    QString message;
};

/** The outcome of a verification. */
struct AuditReport
{
    qint64 entriesChecked = 0;
    QList<AuditProblem> problems;

    [[nodiscard]] bool intact() const
    {
        return problems.isEmpty();
    }
};

/** Short machine name of a problem kind: "edited", "missing", "broken-link", ... */
[[nodiscard]] QString auditProblemKey(AuditProblem::Kind kind);

/**
 * Walks the whole chain: recomputes every hash, checks that each entry names its predecessor's hash, that sequence
 * numbers have no holes, that the head matches, and that every document has its registration entry. Someone who
 * can rewrite the whole database can rebuild a consistent chain; the hub's copy of the events anchors it later.
 */
class AuditVerifier final
{
public:
    explicit AuditVerifier(AuditRepository& repository);

    /**
     * Errors only when the trail cannot be read; tampering is reported in the AuditReport. Run it inside a
     * ReadTransaction so the chain, the head and the documents are read at one instant.
     */
    [[nodiscard]] Result<AuditReport> verify();

private:
    AuditRepository& m_repository;
};

} // namespace vanthu::core
