// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/DocumentWriter.h"

#include "core/Workspace.h"
#include "core/registers/DocumentJson.h"
#include "core/store/DocumentRepository.h"

#include <QJsonDocument>

namespace vanthu::core
{

DocumentWriter::DocumentWriter(Workspace& workspace) : m_workspace(workspace), m_audit(workspace.database())
{
    m_audit.deferHeadUpdates();
}

Result<void> DocumentWriter::write(DocumentRecord& record, const QList<PreparedAttachment>& attachments)
{
    DocumentRepository documents(m_workspace.database());
    const QDate registerDate = record.incoming ? record.incoming->arrivalDate : record.fields.issuedDate;
    auto id =
        documents.insertDocument(record.direction, record.fields, registerDate, record.createdAt, record.createdBy);
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
    for (const PreparedAttachment& attachment : attachments) {
        auto attachmentId = documents.insertAttachment(record.id, attachment.record);
        if (!attachmentId) {
            return attachmentId.error();
        }
        AttachmentRecord stored = attachment.record;
        stored.id = *attachmentId;
        record.attachments.append(stored);
        texts.append(attachment.text);
    }
    const AuditRecord audit{QStringLiteral("register"), QStringLiteral("document"), QString::number(record.id.value),
                            QString::fromUtf8(documentJson(record))};
    if (auto appended = m_audit.append(audit, record.createdBy, record.createdAt); !appended) {
        return appended.error();
    }
    m_indexJobs.append(IndexJob{record, texts});
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
