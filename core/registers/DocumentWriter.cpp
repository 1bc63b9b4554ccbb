// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/DocumentWriter.h"

#include "common/Uuid.h"
#include "core/Workspace.h"
#include "core/events/DocumentEvents.h"
#include "core/registers/DocumentJson.h"
#include "core/store/AgencyRepository.h"
#include "core/store/DocumentRepository.h"
#include "core/store/EventRepository.h"
#include "core/store/VerificationRepository.h"

namespace vanthu::core
{

DocumentWriter::DocumentWriter(Workspace& workspace) : m_workspace(workspace), m_audit(workspace.database())
{
    m_audit.deferHeadUpdates();
}

Result<QString> DocumentWriter::ownOrganId()
{
    if (!m_ownOrganId) {
        auto agency = AgencyRepository(m_workspace.database()).load();
        if (!agency) {
            return agency.error();
        }
        m_ownOrganId = *agency ? (*agency)->organId : QString();
    }
    return *m_ownOrganId;
}

namespace
{

VersionKind firstVersionKind(DocumentEntry entry)
{
    switch (entry) {
    case DocumentEntry::ReceivedUnregistered:
    case DocumentEntry::RegisteredIncoming:
        return VersionKind::Received;
    case DocumentEntry::Drafted:
        return VersionKind::Draft;
    case DocumentEntry::SignedElsewhere:
        return VersionKind::Signed;
    case DocumentEntry::IssuedOutgoing:
        break;
    }
    return VersionKind::Issued;
}

bool entersRegister(DocumentEntry entry)
{
    return entry == DocumentEntry::RegisteredIncoming || entry == DocumentEntry::IssuedOutgoing;
}

} // namespace

Result<qint64> DocumentWriter::appendVersion(DocumentRecord& record, const AttachmentRecord& file, VersionKind kind,
                                             std::optional<qint64> parentId,
                                             std::optional<VerificationRecord> verification, const QDateTime& at,
                                             const QString& by)
{
    DocumentVersion version;
    version.number = static_cast<int>(record.versions.size()) + 1;
    version.attachmentOrdinal = file.ordinal;
    version.parentId = parentId;
    version.kind = kind;
    version.sha256 = file.sha256;
    version.size = file.size;
    version.fileName = file.fileName;
    version.createdAt = at;
    version.createdBy = by;
    auto versionId = DocumentRepository(m_workspace.database()).insertVersion(record.id, version);
    if (!versionId) {
        return versionId.error();
    }
    version.id = *versionId;
    record.versions.append(version);
    // A version and the check the person saw of it, stored together in the same transaction.
    if (verification) {
        verification->versionId = version.id;
        verification->checkedBy = version.createdBy;
        if (auto inserted = VerificationRepository(m_workspace.database()).insert(record.id, *verification);
            !inserted) {
            return inserted.error();
        }
    }
    return version.id;
}

Result<void> DocumentWriter::pointFileAt(DocumentRecord& record, AttachmentRecord& file)
{
    if (auto updated = DocumentRepository(m_workspace.database()).updateAttachment(record.id, file); !updated) {
        return updated;
    }
    for (AttachmentRecord& attachment : record.attachments) {
        if (attachment.ordinal == file.ordinal) {
            file.id = attachment.id;
            attachment = file;
        }
    }
    return {};
}

Result<void> DocumentWriter::write(DocumentRecord& record, const QList<PreparedAttachment>& attachments,
                                   std::optional<DocumentEntry> entry)
{
    DocumentRepository documents(m_workspace.database());
    const DocumentEntry how = entry.value_or(record.direction == Direction::Incoming ? DocumentEntry::RegisteredIncoming
                                                                                     : DocumentEntry::IssuedOutgoing);
    const QDate registerDate = record.incoming ? record.incoming->arrivalDate : record.fields.issuedDate;
    // A document enters the agency here: it gets the agency-wide identity and the first state of its path. Between
    // agencies it is known by its sender's OrganId and the edXML DocumentId.
    if (record.uid.isEmpty()) {
        record.uid = newTimeOrderedUuid();
    }
    record.state = initialState(how);
    if (record.direction == Direction::Incoming) {
        record.senderOrganId = record.fields.organId;
    } else {
        auto organId = ownOrganId();
        if (!organId) {
            return organId.error();
        }
        record.senderOrganId = *organId;
    }
    auto id = documents.insertDocument(record, registerDate);
    if (!id) {
        return id.error();
    }
    record.id = *id;
    if (record.incoming) {
        if (auto inserted = documents.insertIncoming(record.id, *record.incoming); !inserted) {
            return inserted;
        }
    }
    if (record.outgoing) {
        if (auto inserted = documents.insertOutgoing(record.id, *record.outgoing); !inserted) {
            return inserted;
        }
    }
    record.attachments.clear();
    QStringList texts;
    bool textsUnread = false;
    for (const PreparedAttachment& attachment : attachments) {
        auto attachmentId = documents.insertAttachment(record.id, attachment.record);
        if (!attachmentId) {
            return attachmentId.error();
        }
        AttachmentRecord stored = attachment.record;
        stored.id = *attachmentId;
        record.attachments.append(stored);
        texts.append(attachment.text);
        textsUnread = textsUnread || !attachment.textRead;
    }
    // Each file as it entered is the document's first version of that file, after the one it was made from.
    record.versions.clear();
    for (qsizetype index = 0; index < record.attachments.size(); ++index) {
        const AttachmentRecord& stored = record.attachments.at(index);
        const PreparedAttachment& prepared = attachments.at(index);
        std::optional<qint64> parentId;
        if (prepared.madeFrom) {
            AttachmentRecord source = prepared.madeFrom->record;
            source.ordinal = stored.ordinal;
            auto sourceId = appendVersion(record, source, prepared.madeFrom->kind, std::nullopt,
                                          prepared.madeFrom->verification, record.createdAt, record.createdBy);
            if (!sourceId) {
                return sourceId.error();
            }
            parentId = *sourceId;
        }
        if (auto added = appendVersion(record, stored, firstVersionKind(how), parentId, prepared.verification,
                                       record.createdAt, record.createdBy);
            !added) {
            return added.error();
        }
    }
    EventRecord event = entersRegister(how) ? events::registeredEvent(record) : events::draftedEvent(record);
    if (auto appended = EventRepository(m_workspace.database()).append(event); !appended) {
        return appended;
    }
    const AuditRecord audit{entersRegister(how) ? QStringLiteral("register") : QStringLiteral("draft"),
                            QStringLiteral("document"), QString::number(record.id.value),
                            QString::fromUtf8(documentJson(record, event.id))};
    if (auto appended = m_audit.append(audit, record.createdBy, record.createdAt); !appended) {
        return appended.error();
    }
    m_indexJobs.append(IndexJob{record, textsUnread ? QStringList() : texts, textsUnread});
    ++m_written;
    return {};
}

Result<void> DocumentWriter::writeIssuedDraft(DocumentRecord& record, const PreparedAttachment& issued,
                                              qint64 signedVersionId,
                                              const std::optional<VerificationRecord>& leaderCheck)
{
    DocumentRepository documents(m_workspace.database());
    if (auto checked = checkTransition(record.state, DocumentState::Issued); !checked) {
        return checked;
    }
    record.state = DocumentState::Issued;
    if (auto updated = documents.updateFields(record.id, record.fields); !updated) {
        return updated;
    }
    if (auto updated = documents.updateRegisterDate(record.id, record.fields.issuedDate); !updated) {
        return updated;
    }
    if (auto updated = documents.updateState(record.id, record.state); !updated) {
        return updated;
    }
    if (auto inserted = documents.insertOutgoing(record.id, *record.outgoing); !inserted) {
        return inserted;
    }
    AttachmentRecord file = issued.record;
    file.ordinal = 1;
    if (auto pointed = pointFileAt(record, file); !pointed) {
        return pointed;
    }
    if (leaderCheck) {
        VerificationRecord check = *leaderCheck;
        check.versionId = signedVersionId;
        check.checkedBy = m_workspace.actor();
        if (auto inserted = VerificationRepository(m_workspace.database()).insert(record.id, check); !inserted) {
            return inserted.error();
        }
    }
    const QDateTime now = m_workspace.clock().now();
    if (auto added = appendVersion(record, file, VersionKind::Issued, signedVersionId, issued.verification, now,
                                   m_workspace.actor());
        !added) {
        return added.error();
    }
    EventRecord event = events::registeredEvent(record);
    event.at = now;
    event.actor = m_workspace.actor();
    if (auto appended = EventRepository(m_workspace.database()).append(event); !appended) {
        return appended;
    }
    const AuditRecord audit{QStringLiteral("register"), QStringLiteral("document"), QString::number(record.id.value),
                            QString::fromUtf8(documentJson(record, event.id))};
    if (auto appended = m_audit.append(audit, event.actor, event.at); !appended) {
        return appended.error();
    }
    m_indexJobs.append(IndexJob{record, {}, true});
    return {};
}

Result<void> DocumentWriter::finish()
{
    if (auto flushed = m_audit.flushHead(); !flushed) {
        return flushed;
    }
    const qint64 written = std::exchange(m_written, 0);
    return written == 0 ? Result<void>() : DocumentRepository(m_workspace.database()).addToDocumentCount(written);
}

QList<IndexJob> DocumentWriter::takeIndexJobs()
{
    return std::exchange(m_indexJobs, {});
}

} // namespace vanthu::core
