// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/Document.h"
#include "core/domain/DocumentVersion.h"
#include "core/domain/VerificationRecord.h"
#include "core/store/BlobBatch.h"
#include "signing/PdfInspector.h"

#include <QHash>
#include <QPair>

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
 * What intake works out of each file of a batch before the batch is stored: its SHA-256 and its page count through
 * the project's own reader. Computed on several threads (the work of a large batch is hashing and parsing, not
 * writing), looked up by the file's bytes (the same buffer, shared, not copied) when each item is prepared.
 */
class IntakeFacts final
{
public:
    /** The facts of every file in @p files; up to @p threads threads for a batch of eight files or more. */
    [[nodiscard]] static IntakeFacts compute(const QList<QByteArray>& files, int threads);

    struct Facts
    {
        QString sha256;
        std::optional<signing::PdfFacts> pages; ///< nullopt: the quick reader declined; intake asks the full one
    };
    /** The facts of @p bytes, if computed (the same buffer as given to compute()). */
    [[nodiscard]] const Facts* find(const QByteArray& bytes) const;

private:
    QHash<QPair<quintptr, qsizetype>, Facts> m_facts;
};

/**
 * Checks each file as a PDF (page count; the text layer is left to the search indexer, off the registration's path,
 * unless the quick check needed the full reader) and adds it to @p blobs, whose commit() makes it durable before
 * any database row names it. Runs outside the registration transaction: nothing slow holds the write lock.
 * Errors: InvalidInput naming the file that is not a readable PDF, or a damaged verification report; Io when a blob
 * cannot be written.
 */
[[nodiscard]] Result<QList<PreparedAttachment>>
prepareAttachments(const QList<AttachmentInput>& inputs, BlobBatch& blobs, const IntakeFacts* facts = nullptr);

/** prepareAttachments() of one file, committed at once: durable before any row names it, outside the write lock. */
[[nodiscard]] Result<PreparedAttachment> storeAttachment(const AttachmentInput& input, const BlobStore& store);

} // namespace vanthu::core
