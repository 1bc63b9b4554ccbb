// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditVerifier.h"

#include "core/audit/AuditEntry.h"
#include "core/store/AuditRepository.h"

#include <QCoreApplication>

namespace vanthu::core
{
namespace
{

struct AuditVerifierText
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifierText)
};

} // namespace

QString auditProblemKey(AuditProblem::Kind kind)
{
    switch (kind) {
    case AuditProblem::Kind::Edited:
        return QStringLiteral("edited");
    case AuditProblem::Kind::Missing:
        return QStringLiteral("missing");
    case AuditProblem::Kind::BrokenLink:
        return QStringLiteral("broken-link");
    case AuditProblem::Kind::TailRemoved:
        return QStringLiteral("tail-removed");
    case AuditProblem::Kind::HeadMismatch:
        return QStringLiteral("head-mismatch");
    case AuditProblem::Kind::UnauditedDocument:
        return QStringLiteral("unaudited-document");
    }
    return {};
}

AuditVerifier::AuditVerifier(AuditRepository& repository) : m_repository(repository)
{
}

Result<AuditReport> AuditVerifier::verify()
{
    AuditReport report;
    qint64 expectedSeq = 1;
    QString previousHash = auditGenesisHash();
    auto walked = m_repository.forEach([&](const AuditEntry& entry) {
        ++report.entriesChecked;
        if (entry.seq != expectedSeq) {
            report.problems.append({AuditProblem::Kind::Missing, expectedSeq,
                                    AuditVerifierText::tr("Entries %1 to %2 of the audit trail have been removed.")
                                        .arg(expectedSeq)
                                        .arg(entry.seq - 1)});
        } else if (entry.prevHash != previousHash) {
            report.problems.append(
                {AuditProblem::Kind::BrokenLink, entry.seq,
                 AuditVerifierText::tr("Entry %1 of the audit trail does not follow the entry before "
                                       "it: entries were reordered or replaced.")
                     .arg(entry.seq)});
        }
        if (computeAuditHash(entry) != entry.hash) {
            report.problems.append(
                {AuditProblem::Kind::Edited, entry.seq,
                 AuditVerifierText::tr("Entry %1 of the audit trail was changed after it was written.")
                     .arg(entry.seq)});
        }
        expectedSeq = entry.seq + 1;
        previousHash = entry.hash;
        return true;
    });
    if (!walked) {
        return walked.error();
    }
    auto head = m_repository.head();
    if (!head) {
        return head.error();
    }
    const qint64 lastSeq = expectedSeq - 1;
    if (head->seq > lastSeq) {
        report.problems.append({AuditProblem::Kind::TailRemoved, lastSeq + 1,
                                AuditVerifierText::tr("The last %n entries of the audit trail have been removed.", "",
                                                      static_cast<int>(head->seq - lastSeq))});
    } else if (head->seq != lastSeq || head->hash != previousHash) {
        report.problems.append(
            {AuditProblem::Kind::HeadMismatch, head->seq,
             AuditVerifierText::tr("The recorded end of the audit trail does not match its last entry.")});
    }
    auto unaudited = m_repository.documentsWithoutRegistration();
    if (!unaudited) {
        return unaudited.error();
    }
    for (const qint64 documentId : *unaudited) {
        report.problems.append({AuditProblem::Kind::UnauditedDocument, documentId,
                                AuditVerifierText::tr("Document %1 was added without a registration entry in the audit "
                                                      "trail.")
                                    .arg(documentId)});
    }
    return report;
}

} // namespace vanthu::core
