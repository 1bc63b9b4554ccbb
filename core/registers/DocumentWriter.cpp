// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/DocumentWriter.h"

#include "core/Workspace.h"
#include "core/common/VietnamTime.h"
#include "core/registers/DocumentJson.h"
#include "core/search/SearchIndexer.h"
#include "core/store/AuditRepository.h"
#include "core/store/DocumentRepository.h"

#include <QJsonDocument>

namespace vanthu::core {

DocumentWriter::DocumentWriter(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<void> DocumentWriter::write(DocumentRecord& record, const QList<PreparedAttachment>& attachments)
{
    DocumentRepository documents(m_workspace.database());
    const QDate registerDate = record.incoming ? record.incoming->arrivalDate : record.fields.issuedDate;
    auto id = documents.insertDocument(record.direction, record.fields, registerDate, record.createdAt,
                                       record.createdBy);
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
    for (const PreparedAttachment& attachment : attachments) {
        auto attachmentId = documents.insertAttachment(record.id, attachment.record);
        if (!attachmentId) {
            return attachmentId.error();
        }
        AttachmentRecord stored = attachment.record;
        stored.id = *attachmentId;
        record.attachments.append(stored);
    }
    const AuditRecord audit{QStringLiteral("register"), QStringLiteral("document"), QString::number(record.id.value),
                            QString::fromUtf8(QJsonDocument(documentToJson(record)).toJson(QJsonDocument::Compact))};
    auto appended = AuditRepository(m_workspace.database()).append(audit, record.createdBy, record.createdAt);
    if (!appended) {
        return appended.error();
    }
    QStringList texts;
    for (const PreparedAttachment& attachment : attachments) {
        texts.append(attachment.text);
    }
    return SearchRepository(m_workspace.database()).put(record.id.value, searchColumnsFor(record, texts));
}

} // namespace vanthu::core
