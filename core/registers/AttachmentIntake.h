// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/Document.h"
#include "core/domain/DocumentVersion.h"
#include "core/domain/VerificationRecord.h"
#include "core/store/BlobBatch.h"

#include <QList>
#include <QString>

#include <optional>

namespace vanthu::core
{

class BlobStore;

/**
 * The file an attachment was made from, kept as the attachment's parent version: the PDF the leader signed, which
 * issuing numbers and seals. Its blob is stored like the attachment's.
 */
struct SourceVersion
{
    AttachmentRecord record;
    VersionKind kind = VersionKind::Signed;
    std::optional<VerificationRecord> verification;
};

/** An attachment checked and stored as a blob, ready for its database row. */
struct PreparedAttachment
{
    AttachmentRecord record;
    QString text;         ///< the PDF's text layer, for the search index only (never logged, never stored elsewhere)
    bool textRead = true; ///< false: the search indexer reads the text from the stored blob after the commit
    /** The check of its signatures that goes with it, summary read; absent when it was not checked. */
    std::optional<VerificationRecord> verification;
    /** Where it came from, when that is a version of its own (issuing); absent for a file that enters as it is. */
    std::optional<SourceVersion> madeFrom;
};

/**
 * Checks each file as a PDF (page count; the text layer is left to the search indexer, off the registration's path,
 * unless the quick check needed the full reader) and adds it to @p blobs, whose commit() makes it durable before
 * any database row names it. Runs outside the registration transaction: nothing slow holds the write lock.
 * Errors: InvalidInput naming the file that is not a readable PDF, or a damaged verification report; Io when a blob
 * cannot be written.
 */
[[nodiscard]] Result<QList<PreparedAttachment>> prepareAttachments(const QList<AttachmentInput>& inputs,
                                                                   BlobBatch& blobs);

/** prepareAttachments() of one file, committed at once: durable before any row names it, outside the write lock. */
[[nodiscard]] Result<PreparedAttachment> storeAttachment(const AttachmentInput& input, const BlobStore& store);

} // namespace vanthu::core
