// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/DraftService.h"

#include "common/JsonWriter.h"
#include "common/TextNormalize.h"
#include "common/VietnamTime.h"
#include "core/Workspace.h"
#include "core/domain/DocumentType.h"
#include "core/domain/FieldLimits.h"
#include "core/events/DocumentEvents.h"
#include "core/registers/AgencyService.h"
#include "core/registers/AttachmentIntake.h"
#include "core/registers/DocumentWriter.h"
#include "core/registers/FieldValidation.h"
#include "core/registers/RegisterService.h"
#include "core/registers/SignatureVerdicts.h"
#include "core/registers/VerificationService.h"
#include "core/store/AuditRepository.h"
#include "core/store/DocumentRepository.h"
#include "core/store/EventRepository.h"
#include "core/store/WriteTransaction.h"
#include "signing/verify/ReportJson.h"

#include <QCoreApplication>

namespace vanthu::core
{
namespace
{

struct DraftServiceText
{
    Q_DECLARE_TR_FUNCTIONS(DraftServiceText)
};

constexpr int Steps = 3;

Result<DocumentFields> draftFields(const DraftRequest& request, const AgencyProfile& agency, const QDate& today)
{
    auto type = DocumentTypes::resolve(request.typeKey);
    if (!type) {
        return type.error();
    }
    DocumentFields fields;
    fields.typeKey = (*type)->key;
    fields.legalNormative = request.legalNormative;
    fields.organName = agency.name;
    fields.organId = agency.organId;
    fields.subject = normalizedLine(request.subject);
    fields.signerPosition = normalizedLine(request.signerPosition);
    fields.signerName = normalizedLine(request.signerName);
    fields.urgency = request.urgency;
    fields.secrecy = request.secrecy;
    fields.description = normalizedText(request.description);
    // A draft has no number yet; its date is the day it entered, until issuing dates it.
    fields.issuedDate = today;
    if (auto checked = checkOutgoingText(fields, false); !checked) {
        return checked.error();
    }
    return fields;
}

/** The audit entry of a signature: the version it made, and the events of the same change. */
QByteArray signedAuditJson(const DocumentVersion& version, const QStringList& eventIds)
{
    JsonWriter json;
    json.beginObject();
    json.field(u"version", static_cast<qint64>(version.number));
    json.field(u"kind", versionKindKey(version.kind));
    json.field(u"sha256", version.sha256);
    json.field(u"events", eventIds.join(QLatin1Char(',')));
    json.endObject();
    return json.bytes();
}

Error notSignable(const DocumentRecord& record)
{
    if (record.direction != Direction::Outgoing) {
        return Error{
            ErrorCode::Conflict,
            DraftServiceText::tr("Document %1 is an incoming document: it is not signed here.").arg(record.id.value),
            QStringLiteral("incoming document")};
    }
    auto refused = checkTransition(record.state, DocumentState::Signed);
    return refused ? Error{ErrorCode::Internal, QString(), QStringLiteral("unreachable")} : refused.error();
}

} // namespace

DraftService::DraftService(Workspace& workspace) : m_workspace(workspace)
{
}

Result<DocumentRecord> DraftService::addDraft(const DraftRequest& request, const TaskToken& token)
{
    token.progress(0, Steps);
    auto agency = AgencyService(m_workspace).profile();
    if (!agency) {
        return agency.error();
    }
    auto fields = draftFields(request, *agency, vietnamDate(m_workspace.clock().now()));
    if (!fields) {
        return fields.error();
    }
    // A PDF signed outside VanThu enters at "signed"; its check is kept with it like a received file's.
    signing::ValidationOptions checks = request.checks;
    checks.cancel = token.cancelFlag();
    auto check = signing::validatePdf(request.pdf.bytes, checks);
    if (!check) {
        return check.error();
    }
    DocumentEntry entry = DocumentEntry::Drafted;
    if (check->verdict != signing::Verdict::NoSignature) {
        if (!signatureIntact(check->verdict)) {
            return Error{ErrorCode::InvalidInput,
                         DraftServiceText::tr("The PDF's signature is broken or the file was changed after it was "
                                              "signed (%1).")
                             .arg(signing::verdictName(check->verdict)),
                         signing::verdictName(check->verdict)};
        }
        entry = DocumentEntry::SignedElsewhere;
    }
    token.progress(1, Steps);
    AttachmentInput input = request.pdf;
    input.verificationReport = signing::reportJsonBytes(*check);
    auto prepared = storeAttachment(input, m_workspace.blobs());
    if (!prepared) {
        return prepared.error();
    }
    if (auto go = token.checkpoint(); !go) {
        return go.error();
    }
    token.progress(2, Steps);
    auto transaction = WriteTransaction::begin(m_workspace.database());
    if (!transaction) {
        return transaction.error();
    }
    DocumentRecord record;
    record.direction = Direction::Outgoing;
    record.fields = *fields;
    if (prepared->record.pageCount <= 999) {
        record.fields.pageAmount = prepared->record.pageCount;
    }
    record.createdAt = m_workspace.clock().now();
    record.createdBy = m_workspace.actor();
    DocumentWriter writer(m_workspace);
    if (auto written = writer.write(record, {*prepared}, entry); !written) {
        return written.error();
    }
    if (auto finished = writer.finish(); !finished) {
        return finished.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    m_workspace.searchIndex().enqueue(writer.takeIndexJobs());
    token.progress(Steps, Steps);
    return record;
}

Result<SignedVersion> DraftService::signCurrentVersion(const VersionSignRequest& request, signing::SigningKey& key,
                                                       const TaskToken& token)
{
    token.progress(0, Steps);
    auto before = RegisterService(m_workspace).document(request.document);
    if (!before) {
        return before.error();
    }
    const bool approvesByItsSignature = before->state == DocumentState::Draft;
    if (before->direction != Direction::Outgoing
        || (before->state != DocumentState::Approved && !approvesByItsSignature)) {
        return notSignable(*before);
    }
    if (request.job.appearance != signing::AppearanceKind::Leader
        && request.job.appearance != signing::AppearanceKind::None) {
        return Error{ErrorCode::InvalidInput,
                     DraftServiceText::tr("A document's version is signed with the leader's signature; the seal is "
                                          "added when the document is issued."),
                     QStringLiteral("appearance is not the leader's")};
    }
    auto current = VerificationService(m_workspace).currentFile(request.document);
    if (!current) {
        return current.error();
    }
    if (auto go = token.checkpoint(); !go) {
        return go.error();
    }
    // Signing and its check run outside the write lock: a token or a timestamp authority may take seconds.
    auto signedPdf = signing::signNd30(current->bytes, key, request.job);
    if (!signedPdf) {
        return signedPdf.error();
    }
    QByteArray bytes = signedPdf->pdf.pdf();
    token.progress(1, Steps);
    signing::ValidationOptions checks = request.checks;
    checks.checkRevocationOnline = false;
    checks.cancel = token.cancelFlag();
    auto check = signing::validatePdf(bytes, checks);
    if (!check) {
        return check.error();
    }
    if (!signatureIntact(check->verdict) || check->signatures.isEmpty()) {
        return Error{ErrorCode::Internal,
                     DraftServiceText::tr("The signed PDF did not pass its own check (%1); nothing was stored.")
                         .arg(signing::verdictName(check->verdict)),
                     QStringLiteral("self-check %1").arg(signing::verdictName(check->verdict))};
    }
    auto prepared = storeAttachment(
        AttachmentInput{current->fileName, std::move(bytes), signing::reportJsonBytes(*check)}, m_workspace.blobs());
    if (!prepared) {
        return prepared.error();
    }
    if (auto go = token.checkpoint(); !go) {
        return go.error();
    }
    token.progress(2, Steps);

    Database& database = m_workspace.database();
    auto transaction = WriteTransaction::begin(database);
    if (!transaction) {
        return transaction.error();
    }
    auto record = RegisterService(m_workspace).document(request.document);
    if (!record) {
        return record.error();
    }
    auto stillCurrent = VerificationService(m_workspace).currentFile(request.document);
    if (!stillCurrent) {
        return stillCurrent.error();
    }
    if (stillCurrent->versionId != current->versionId || record->state != before->state) {
        return Error{ErrorCode::Conflict,
                     DraftServiceText::tr("Someone changed this document while it was being signed: open it again "
                                          "and sign its current version."),
                     QStringLiteral("version %1 is no longer current").arg(current->versionNumber)};
    }
    const QDateTime now = m_workspace.clock().now();
    const QString& actor = m_workspace.actor();
    QList<EventRecord> events;
    QString parentSha256;
    for (const DocumentVersion& version : record->versions) {
        if (version.id == current->versionId) {
            parentSha256 = version.sha256;
        }
    }
    if (approvesByItsSignature) {
        if (auto checked = checkTransition(record->state, DocumentState::Approved); !checked) {
            return checked.error();
        }
        events.append(events::approvedEvent(record->uid, current->versionNumber, parentSha256,
                                            QStringLiteral("signature"), now, actor));
        record->state = DocumentState::Approved;
    }
    if (auto checked = checkTransition(record->state, DocumentState::Signed); !checked) {
        return checked.error();
    }
    record->state = DocumentState::Signed;
    DocumentWriter writer(m_workspace);
    AttachmentRecord file = prepared->record;
    file.ordinal = 1;
    auto versionId = writer.appendVersion(*record, file, VersionKind::Signed, current->versionId,
                                          prepared->verification, now, actor);
    if (!versionId) {
        return versionId.error();
    }
    if (auto pointed = writer.pointFileAt(*record, file); !pointed) {
        return pointed.error();
    }
    DocumentRepository documents(database);
    if (auto updated = documents.updateState(record->id, record->state); !updated) {
        return updated.error();
    }
    events.append(events::signedEvent(record->uid, record->versions.back(), parentSha256,
                                      check->signatures.back().signer, now, actor));
    EventRepository eventLog(database);
    QStringList eventIds;
    for (EventRecord& event : events) {
        if (auto appended = eventLog.append(event); !appended) {
            return appended.error();
        }
        eventIds.append(event.id);
    }
    auto audited = AuditRepository(database).append(
        AuditRecord{QStringLiteral("sign"), QStringLiteral("document"), QString::number(record->id.value),
                    QString::fromUtf8(signedAuditJson(record->versions.back(), eventIds))},
        actor, now);
    if (!audited) {
        return audited.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    token.progress(Steps, Steps);
    return SignedVersion{*record, *check};
}

Result<QList<DocumentRecord>> DraftService::waitingForIssue()
{
    DocumentRepository documents(m_workspace.database());
    auto ids = documents.documentIdsInStates({DocumentState::Draft, DocumentState::InReview,
                                              DocumentState::ReturnedWithComments, DocumentState::Approved,
                                              DocumentState::Signed});
    if (!ids) {
        return ids.error();
    }
    QList<DocumentRecord> records;
    RegisterService registers(m_workspace);
    for (const qint64 id : *ids) {
        auto record = registers.document(DocumentId{id});
        if (!record) {
            return record.error();
        }
        records.append(*record);
    }
    return records;
}

} // namespace vanthu::core
