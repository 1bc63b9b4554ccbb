// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/AttachmentIntake.h"

#include "common/Sha256.h"
#include "common/TextNormalize.h"
#include "core/domain/FieldLimits.h"
#include "core/store/BlobStore.h"
#include "signing/PdfInspector.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <thread>
#include <vector>

namespace vanthu::core
{
namespace
{

struct AttachmentIntakeText
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentIntakeText)
};

QPair<quintptr, qsizetype> keyOf(const QByteArray& bytes)
{
    return {reinterpret_cast<quintptr>(bytes.constData()), bytes.size()};
}

} // namespace

IntakeFacts IntakeFacts::compute(const QList<QByteArray>& files, int threads)
{
    std::vector<Facts> computed(static_cast<std::size_t>(files.size()));
    auto work = [&files, &computed](qsizetype first, qsizetype step) {
        for (qsizetype index = first; index < files.size(); index += step) {
            const QByteArray& bytes = files.at(index);
            computed[static_cast<std::size_t>(index)] =
                Facts{sha256Hex(bytes), signing::PdfInspector::quickCount(bytes)};
        }
    };
    const qsizetype workers = files.size() >= 8 ? std::max(1, threads) : 1;
    std::vector<std::thread> pool;
    for (qsizetype worker = 1; worker < workers; ++worker) {
        pool.emplace_back(work, worker, workers);
    }
    work(0, workers);
    for (std::thread& thread : pool) {
        thread.join();
    }
    IntakeFacts facts;
    facts.m_facts.reserve(files.size());
    for (qsizetype index = 0; index < files.size(); ++index) {
        facts.m_facts.insert(keyOf(files.at(index)), std::move(computed[static_cast<std::size_t>(index)]));
    }
    return facts;
}

const IntakeFacts::Facts* IntakeFacts::find(const QByteArray& bytes) const
{
    auto found = m_facts.constFind(keyOf(bytes));
    return found == m_facts.constEnd() ? nullptr : &found.value();
}

Result<QList<PreparedAttachment>> prepareAttachments(const QList<AttachmentInput>& inputs, BlobBatch& blobs,
                                                     const IntakeFacts* facts)
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
        const IntakeFacts::Facts* known = facts != nullptr ? facts->find(input.bytes) : nullptr;
        auto pdf = known != nullptr && known->pages ? Result<signing::PdfFacts>(*known->pages)
                                                    : signing::PdfInspector::count(input.bytes);
        if (!pdf) {
            return pdf.error().withContext(fileName);
        }
        auto sha256 = known != nullptr ? blobs.add(input.bytes, known->sha256) : blobs.add(input.bytes);
        if (!sha256) {
            return sha256.error();
        }
        PreparedAttachment attachment;
        attachment.record.ordinal = ++ordinal;
        attachment.record.fileName = fileName;
        attachment.record.sha256 = *sha256;
        attachment.record.size = input.bytes.size();
        attachment.record.pageCount = pdf->pageCount;
        attachment.text = pdf->text;
        attachment.textRead = pdf->textRead;
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
