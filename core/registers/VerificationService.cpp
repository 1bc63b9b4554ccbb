// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/VerificationService.h"

#include "common/JsonWriter.h"
#include "core/Workspace.h"
#include "core/store/AuditRepository.h"
#include "core/store/BlobStore.h"
#include "core/store/DocumentRepository.h"
#include "core/store/VerificationRepository.h"
#include "core/store/WriteTransaction.h"
#include "signing/verify/ReportJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace vanthu::core
{
namespace
{

struct VerificationServiceText
{
    Q_DECLARE_TR_FUNCTIONS(VerificationServiceText)
};

Error notFound(DocumentId id)
{
    return Error{ErrorCode::NotFound, VerificationServiceText::tr("There is no document with the id %1.").arg(id.value),
                 QStringLiteral("document not found")};
}

/** The current version of the first file: the highest number among the versions of attachment 1. */
const DocumentVersion* currentVersion(const QList<DocumentVersion>& versions)
{
    const DocumentVersion* current = nullptr;
    for (const DocumentVersion& version : versions) {
        if (version.attachmentOrdinal == 1 && (!current || version.number > current->number)) {
            current = &version;
        }
    }
    return current;
}

} // namespace

VerificationService::VerificationService(Workspace& workspace) : m_workspace(workspace)
{
}

Result<CurrentFile> VerificationService::currentFile(DocumentId id)
{
    auto versions = DocumentRepository(m_workspace.database()).versions(id);
    if (!versions) {
        return versions.error();
    }
    const DocumentVersion* current = currentVersion(*versions);
    if (!current) {
        return Error{
            ErrorCode::NotFound,
            VerificationServiceText::tr("Document %1 has no file whose signatures could be checked.").arg(id.value),
            QStringLiteral("no version of attachment 1")};
    }
    auto bytes = m_workspace.blobs().get(current->sha256);
    if (!bytes) {
        return bytes.error();
    }
    return CurrentFile{id, current->id, current->number, current->fileName, *bytes};
}

Result<VerificationRecord> VerificationService::record(DocumentId id, qint64 versionId, const QByteArray& reportJson)
{
    auto parsed = verificationFromReport(reportJson);
    if (!parsed) {
        return parsed.error();
    }
    VerificationRecord record = *parsed;
    record.versionId = versionId;
    record.checkedBy = m_workspace.actor();
    Database& database = m_workspace.database();
    auto transaction = WriteTransaction::begin(database);
    if (!transaction) {
        return transaction.error();
    }
    auto versions = DocumentRepository(database).versions(id);
    if (!versions) {
        return versions.error();
    }
    const DocumentVersion* version = nullptr;
    for (const DocumentVersion& candidate : std::as_const(*versions)) {
        if (candidate.id == versionId) {
            version = &candidate;
        }
    }
    if (!version) {
        return versions->isEmpty()
                   ? notFound(id)
                   : Error{ErrorCode::NotFound,
                           VerificationServiceText::tr("The version checked is not one of document %1.").arg(id.value),
                           QStringLiteral("version %1 not of document").arg(versionId)};
    }
    if (auto inserted = VerificationRepository(database).insert(id, record); !inserted) {
        return inserted.error();
    }
    // The audit entry names the report and holds its digest, so the report the store keeps can be shown unchanged.
    JsonWriter audit;
    audit.beginObject();
    audit.field(u"report", record.id);
    audit.field(u"version", static_cast<qint64>(version->number));
    audit.field(u"sha256", version->sha256);
    audit.field(u"status", signatureStatusKey(record.status));
    audit.field(u"verdict", record.verdict);
    audit.field(u"online", record.online);
    audit.field(u"reportSha256",
                QString::fromLatin1(QCryptographicHash::hash(reportJson, QCryptographicHash::Sha256).toHex()));
    audit.endObject();
    auto appended =
        AuditRepository(database).append(AuditRecord{QStringLiteral("verify"), QStringLiteral("document"),
                                                     QString::number(id.value), QString::fromUtf8(audit.bytes())},
                                         record.checkedBy, m_workspace.clock().now());
    if (!appended) {
        return appended.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return record;
}

Result<Recheck> VerificationService::recheck(DocumentId id, const signing::ValidationOptions& options)
{
    auto file = currentFile(id);
    if (!file) {
        return file.error();
    }
    auto report = signing::validatePdf(file->bytes, options);
    if (!report) {
        return report.error();
    }
    auto stored = record(id, file->versionId, signing::reportJsonBytes(*report));
    if (!stored) {
        return stored.error();
    }
    return Recheck{*report, *stored};
}

Result<QList<VerificationRecord>> VerificationService::reports(DocumentId id)
{
    auto found = DocumentRepository(m_workspace.database()).get(id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return notFound(id);
    }
    return VerificationRepository(m_workspace.database()).reportsFor(id);
}

} // namespace vanthu::core
