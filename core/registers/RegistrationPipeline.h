// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/TaskToken.h"
#include "core/domain/RegistrationRequests.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace vanthu::core
{

class BlobBatch;
class DocumentWriter;
class IntakeFacts;
class Workspace;

/** What one register adds to the common sequence: how to check an item and how to write it. */
struct RegistrationSteps
{
    qsizetype count = 0;
    /** The files of item @p index, hashed and counted for the whole batch on several threads before prepare(). */
    std::function<QList<QByteArray>(qsizetype index)> files;
    /**
     * Checks item @p index and adds its files to @p blobs (with what @p facts knows of them); runs before the write
     * lock and keeps what it prepared.
     */
    std::function<Result<void>(qsizetype index, BlobBatch& blobs, const IntakeFacts& facts)> prepare;
    /** Numbers and writes item @p index inside the transaction; @p now is read once the write lock is held. */
    std::function<Result<RegistrationReceipt>(qsizetype index, DocumentWriter& writer, const QDateTime& now)> write;
    const char* registerName = ""; ///< "incoming" or "outgoing", for the log
};

/** RegistrationSteps::files for requests that carry their files as `attachments` (both registers' requests). */
template <typename Request>
[[nodiscard]] std::function<QList<QByteArray>(qsizetype)> attachmentFiles(const QList<Request>& requests)
{
    return [&requests](qsizetype index) {
        QList<QByteArray> files;
        for (const AttachmentInput& attachment : requests.at(index).attachments) {
            files.append(attachment.bytes);
        }
        return files;
    };
}

/**
 * The one registration sequence of both registers (issue 13): prepare every item (fields, series, files), make the
 * files durable outside the write lock, then in one transaction read the clock, write every item, move the audit
 * head and the document count, and commit; only then hand the documents to the search index. All or nothing; an
 * error of item N of a batch says which. Progress counts the items prepared, then written; Cancel is honoured until
 * the commit (nothing is numbered then).
 */
[[nodiscard]] Result<QList<RegistrationReceipt>> runRegistration(Workspace& workspace, const RegistrationSteps& steps,
                                                                 const TaskToken& token);

} // namespace vanthu::core
