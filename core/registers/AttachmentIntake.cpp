// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/AttachmentIntake.h"

#include "common/TextNormalize.h"
#include "core/domain/FieldLimits.h"
#include "core/store/BlobStore.h"
#include "signing/PdfInspector.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace vanthu::core
{
namespace
{

struct AttachmentIntakeText
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentIntakeText)
};

} // namespace

Result<QList<PreparedAttachment>> prepareAttachments(const QList<AttachmentInput>& inputs, BlobBatch& blobs)
{
    QList<PreparedAttachment> prepared;
    int ordinal = 0;
    for (const AttachmentInput& input : inputs) {
        const QString fileName = normalizedLine(QFileInfo(input.fileName).fileName());
        if (auto checked = checkField(Field::FileName, fileName, true); !checked) {
            return checked.error();
        }
        if (input.bytes.isEmpty()) {
            return Error{ErrorCode::InvalidInput, AttachmentIntakeText::tr("The file %1 is empty.").arg(fileName),
                         QStringLiteral("empty attachment")};
        }
        auto facts = signing::PdfInspector::count(input.bytes);
        if (!facts) {
            return facts.error().withContext(fileName);
        }
        auto sha256 = blobs.add(input.bytes);
        if (!sha256) {
            return sha256.error();
        }
        PreparedAttachment attachment;
        attachment.record.ordinal = ++ordinal;
        attachment.record.fileName = fileName;
        attachment.record.sha256 = *sha256;
        attachment.record.size = input.bytes.size();
        attachment.record.pageCount = facts->pageCount;
        attachment.text = facts->text;
        attachment.textRead = facts->textRead;
        if (!input.verificationReport.isEmpty()) {
            auto verification = verificationFromReport(input.verificationReport);
            if (!verification) {
                return verification.error();
            }
            attachment.verification = *verification;
        }
        prepared.append(attachment);
    }
    return prepared;
}

Result<PreparedAttachment> storeAttachment(const AttachmentInput& input, const BlobStore& store)
{
    BlobBatch blobs(store);
    auto prepared = prepareAttachments({input}, blobs);
    if (!prepared) {
        return prepared.error();
    }
    if (auto stored = blobs.commit(); !stored) {
        return stored.error();
    }
    return prepared->front();
}

} // namespace vanthu::core
