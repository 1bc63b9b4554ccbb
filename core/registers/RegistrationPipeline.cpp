// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/RegistrationPipeline.h"

#include "core/Workspace.h"
#include "core/registers/AttachmentIntake.h"
#include "core/registers/DocumentWriter.h"
#include "core/search/SearchIndexWriter.h"
#include "core/store/BlobBatch.h"
#include "core/store/Logging.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <thread>

namespace vanthu::core
{
namespace
{

struct RegistrationText
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationText)
};

Error ofItem(const Error& error, qsizetype index, qsizetype count)
{
    return count == 1 ? error : error.withContext(RegistrationText::tr("Document %1").arg(index + 1));
}

} // namespace

Result<QList<RegistrationReceipt>> runRegistration(Workspace& workspace, const RegistrationSteps& steps,
                                                   const TaskToken& token)
{
    const int total = static_cast<int>(std::min<qsizetype>(steps.count * 2, std::numeric_limits<int>::max()));
    token.progress(0, total);
    // Hashing and page counting are most of a large batch's work before its commit: both cores do them.
    QList<QByteArray> files;
    if (steps.files) {
        for (qsizetype index = 0; index < steps.count; ++index) {
            files.append(steps.files(index));
        }
    }
    const IntakeFacts facts =
        IntakeFacts::compute(files, static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 4u)));
    BlobBatch blobs(workspace.blobs());
    for (qsizetype index = 0; index < steps.count; ++index) {
        if (auto go = token.checkpoint(); !go) {
            return go.error();
        }
        if (auto prepared = steps.prepare(index, blobs, facts); !prepared) {
            return ofItem(prepared.error(), index, steps.count);
        }
        token.progress(static_cast<int>(index + 1), total);
    }
    // The files are durable before any row names them, and outside the write lock.
    if (auto stored = blobs.commit(); !stored) {
        return stored.error();
    }
    if (auto go = token.checkpoint(); !go) {
        return go.error();
    }
    auto transaction = WriteTransaction::begin(workspace.database());
    if (!transaction) {
        return transaction.error();
    }
    // The clock is read once the write lock is held, so numbers and their times run in the same order.
    const QDateTime now = workspace.clock().now();
    QList<RegistrationReceipt> receipts;
    receipts.reserve(steps.count);
    DocumentWriter writer(workspace);
    for (qsizetype index = 0; index < steps.count; ++index) {
        auto receipt = steps.write(index, writer, now);
        if (!receipt) {
            return ofItem(receipt.error(), index, steps.count);
        }
        receipts.append(*receipt);
        // Batches check for Cancel every 1,000 documents: a check per row would cost more than it saves.
        if (index % 1000 == 999) {
            token.progress(static_cast<int>(steps.count + index + 1), total);
            if (auto go = token.checkpoint(); !go) {
                return go.error();
            }
        }
    }
    if (auto counted = writer.finish(); !counted) {
        return counted.error();
    }
    if (auto go = token.checkpoint(); !go) {
        return go.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    workspace.searchIndex().enqueue(writer.takeIndexJobs());
    token.progress(total, total);
    if (!receipts.isEmpty()) {
        qCDebug(lcRegisters) << steps.registerName << "registered" << receipts.size() << "documents, last id"
                             << receipts.back().id.value;
    }
    return receipts;
}

} // namespace vanthu::core
