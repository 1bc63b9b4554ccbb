// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/FileAdditionService.h"

#include "common/JsonWriter.h"
#include "core/Workspace.h"
#include "core/events/DocumentEvents.h"
#include "core/registers/AttachmentIntake.h"
#include "core/registers/DocumentWriter.h"
#include "core/registers/FieldValidation.h"
#include "core/registers/RegisterService.h"
#include "core/search/SearchIndexWriter.h"
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

struct FileAdditionText
{
    Q_DECLARE_TR_FUNCTIONS(FileAdditionText)
};

constexpr int Steps = 3;

/** The kind a later file gets: a draft's revision is a draft; a registered document's file is of its register. */
VersionKind laterKind(const DocumentRecord& record)
{
    switch (record.state) {
    case DocumentState::Draft:
    case DocumentState::InReview:
    case DocumentState::ReturnedWithComments:
    case DocumentState::Approved:
        return VersionKind::Draft;
    default:
        break;
    }
    return record.direction == Direction::Incoming ? VersionKind::Received : VersionKind::Issued;
}

Result<void> acceptsFiles(const DocumentRecord& record)
{
    if (!record.voidReason.isEmpty()) {
        return Error{ErrorCode::Conflict,
                     FileAdditionText::tr("The number of document %1 was voided (%2): it takes no new file.")
                         .arg(record.id.value)
                         .arg(record.voidReason),
                     QStringLiteral("entry void")};
    }
    if (record.state == DocumentState::Signed) {
        return Error{ErrorCode::Conflict,
                     FileAdditionText::tr("Document %1 is signed and waiting to be issued: its signed version is what "
                                          "will be issued, so it takes no new file. Return it to the drafter first.")
                         .arg(record.id.value),
                     QStringLiteral("signed, waiting for issue")};
    }
    return {};
}

/** The current version of file @p ordinal, or nullptr. */
const DocumentVersion* currentOf(const DocumentRecord& record, int ordinal)
{
    const DocumentVersion* current = nullptr;
    for (const DocumentVersion& version : record.versions) {
        if (version.attachmentOrdinal == ordinal) {
            current = &version;
        }
    }
    return current;
}

/** The audit entry of a later file: its version and the event of the same change. */
QByteArray addedAuditJson(const DocumentVersion& version, const QString& reason, const QString& eventId)
{
    JsonWriter json;
    json.beginObject();
    json.field(u"version", static_cast<qint64>(version.number));
    json.field(u"attachment", static_cast<qint64>(version.attachmentOrdinal));
    json.field(u"kind", versionKindKey(version.kind));
    json.field(u"sha256", version.sha256);
    json.field(u"reason", reason);
    json.field(u"event", eventId);
    json.endObject();
    return json.bytes();
}

} // namespace

FileAdditionService::FileAdditionService(Workspace& workspace) : m_workspace(workspace)
{
}

Result<AddedFile> FileAdditionService::addFile(const FileAddition& addition, const TaskToken& token)
{
    token.progress(0, Steps);
    auto reason = validatedReason(addition.reason);
    if (!reason) {
        return reason.error();
    }
    auto before = RegisterService(m_workspace).document(addition.document);
    if (!before) {
        return before.error();
    }
    if (auto accepted = acceptsFiles(*before); !accepted) {
        return accepted.error();
    }
    if (addition.replaces && currentOf(*before, *addition.replaces) == nullptr) {
        return Error{
            ErrorCode::InvalidInput,
            FileAdditionText::tr("Document %1 has no file %2.").arg(addition.document.value).arg(*addition.replaces),
            QStringLiteral("no attachment %1").arg(*addition.replaces)};
    }
    // Outside the write lock: the check may ask revocation responders.
    signing::ValidationOptions checks = addition.checks;
    checks.cancel = token.cancelFlag();
    auto check = signing::validatePdf(addition.pdf.bytes, checks);
    if (!check) {
        return check.error();
    }
    token.progress(1, Steps);
    AttachmentInput input = addition.pdf;
    input.verificationReport = signing::reportJsonBytes(*check);
    auto prepared = storeAttachment(input, m_workspace.blobs());
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
    auto record = RegisterService(m_workspace).document(addition.document);
    if (!record) {
        return record.error();
    }
    if (record->versions.size() != before->versions.size() || record->state != before->state) {
        return Error{ErrorCode::Conflict,
                     FileAdditionText::tr("Someone changed document %1 meanwhile: open it again and add the file.")
                         .arg(addition.document.value),
                     QStringLiteral("versions changed")};
    }
    AttachmentRecord file = prepared->record;
    std::optional<qint64> parentId;
    QString parentSha256;
    DocumentRepository documents(database);
    DocumentWriter writer(m_workspace);
    if (addition.replaces) {
        const DocumentVersion* parent = currentOf(*record, *addition.replaces);
        if (parent->sha256 == file.sha256) {
            return Error{ErrorCode::InvalidInput,
                         FileAdditionText::tr("The file is the same as the current version of file %1: nothing to "
                                              "add.")
                             .arg(*addition.replaces),
                         QStringLiteral("same bytes")};
        }
        parentId = parent->id;
        parentSha256 = parent->sha256;
        file.ordinal = *addition.replaces;
        if (auto pointed = writer.pointFileAt(*record, file); !pointed) {
            return pointed.error();
        }
    } else {
        int last = 0;
        for (const AttachmentRecord& attachment : record->attachments) {
            last = std::max(last, attachment.ordinal);
        }
        file.ordinal = last + 1;
        auto inserted = documents.insertAttachment(record->id, file);
        if (!inserted) {
            return inserted.error();
        }
        file.id = *inserted;
        record->attachments.append(file);
    }
    const QDateTime now = m_workspace.clock().now();
    const QString& actor = m_workspace.actor();
    auto versionId =
        writer.appendVersion(*record, file, laterKind(*record), parentId, prepared->verification, now, actor);
    if (!versionId) {
        return versionId.error();
    }
    EventRecord event = events::fileAddedEvent(record->uid, record->versions.back(), parentSha256, *reason, now, actor);
    if (auto appended = EventRepository(database).append(event); !appended) {
        return appended.error();
    }
    auto audited = AuditRepository(database).append(
        AuditRecord{QStringLiteral("attach"), QStringLiteral("document"), QString::number(record->id.value),
                    QString::fromUtf8(addedAuditJson(record->versions.back(), *reason, event.id))},
        actor, now);
    if (!audited) {
        return audited.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    // The index reads the files' text again from the blobs, the new one included.
    m_workspace.searchIndex().enqueue({IndexJob{*record, {}, true}});
    token.progress(Steps, Steps);
    return AddedFile{*record, *check};
}

} // namespace vanthu::core
