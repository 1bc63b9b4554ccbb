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

Result<void> DocumentWriter::write(DocumentRecord& record, const QList<PreparedAttachment>& attachments)
{
    DocumentRepository documents(m_workspace.database());
    const QDate registerDate = record.incoming ? record.incoming->arrivalDate : record.fields.issuedDate;
    // A document enters the agency here: it gets the agency-wide identity and the first state of its path. Between
    // agencies it is known by its sender's OrganId and the edXML DocumentId.
    if (record.uid.isEmpty()) {
        record.uid = newTimeOrderedUuid();
    }
    record.state = initialState(record.direction == Direction::Incoming ? DocumentEntry::RegisteredIncoming
                                                                        : DocumentEntry::IssuedOutgoing);
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
    VerificationRepository reports(m_workspace.database());
    for (qsizetype index = 0; index < record.attachments.size(); ++index) {
        const AttachmentRecord& stored = record.attachments.at(index);
        const PreparedAttachment& prepared = attachments.at(index);
        // A version and the check the clerk saw of it, stored together in the registration's transaction.
        auto addVersion = [&](const AttachmentRecord& file, VersionKind kind, std::optional<qint64> parentId,
                              std::optional<VerificationRecord> verification) -> Result<qint64> {
            DocumentVersion version;
            version.number = static_cast<int>(record.versions.size()) + 1;
            version.attachmentOrdinal = stored.ordinal;
            version.parentId = parentId;
            version.kind = kind;
            version.sha256 = file.sha256;
            version.size = file.size;
            version.fileName = file.fileName;
            version.createdAt = record.createdAt;
            version.createdBy = record.createdBy;
            auto versionId = documents.insertVersion(record.id, version);
            if (!versionId) {
                return versionId.error();
            }
            version.id = *versionId;
            record.versions.append(version);
            if (verification) {
                verification->versionId = version.id;
                verification->checkedBy = record.createdBy;
                if (auto inserted = reports.insert(record.id, *verification); !inserted) {
                    return inserted.error();
                }
            }
            return version.id;
        };
        std::optional<qint64> parentId;
        if (prepared.madeFrom) {
            auto sourceId = addVersion(prepared.madeFrom->record, prepared.madeFrom->kind, std::nullopt,
                                       prepared.madeFrom->verification);
            if (!sourceId) {
                return sourceId.error();
            }
            parentId = *sourceId;
        }
        const VersionKind kind = record.direction == Direction::Incoming ? VersionKind::Received : VersionKind::Issued;
        if (auto added = addVersion(stored, kind, parentId, prepared.verification); !added) {
            return added.error();
        }
    }
    EventRecord event = events::registeredEvent(record);
    if (auto appended = EventRepository(m_workspace.database()).append(event); !appended) {
        return appended;
    }
    const AuditRecord audit{QStringLiteral("register"), QStringLiteral("document"), QString::number(record.id.value),
                            QString::fromUtf8(documentJson(record, event.id))};
    if (auto appended = m_audit.append(audit, record.createdBy, record.createdAt); !appended) {
        return appended.error();
    }
    m_indexJobs.append(IndexJob{record, textsUnread ? QStringList() : texts, textsUnread});
    ++m_written;
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
