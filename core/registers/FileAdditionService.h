// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/TaskToken.h"
#include "core/domain/Document.h"
#include "signing/verify/Validation.h"

#include <optional>

namespace vanthu::core
{

class Workspace;

/** A file that reaches a document after it entered: an appendix sent later, a revised draft, a better scan. */
struct FileAddition
{
    DocumentId document;
    AttachmentInput pdf;
    /** The file (attachment ordinal) this is a new version of; nullopt: a new file of the document. */
    std::optional<int> replaces;
    QString reason; ///< why it is added, kept in the event and the audit trail (required)
    /** How its signatures are checked before it is stored (the report is stored with the version). */
    signing::ValidationOptions checks;
};

/** What adding a file did. */
struct AddedFile
{
    DocumentRecord document; ///< as stored afterwards: the new version last, the attachment row pointing at it
    signing::ValidationReport check;
};

/**
 * Files added to a document later, as new versions (issue 13): nothing is replaced or removed. A new version of an
 * existing file is the child of that file's current version; a new file gets the next ordinal. Its signatures are
 * checked (outside the write lock) and the report is stored with the version; the version, the attachment row, the
 * "document.file-added" event, the audit entry and the search index follow in one transaction. A draft gets a new
 * draft version; a registered document a version of the kind its files have (received, issued). A document that is
 * signed and waiting to be issued takes no new file: its signed version is what will be issued.
 */
class FileAdditionService final
{
public:
    explicit FileAdditionService(Workspace& workspace);

    /**
     * Errors: InvalidInput (no reason, not a PDF, an unknown file ordinal, the same bytes as that file's current
     * version), NotFound, Conflict (a signed document waiting to be issued, a void entry, a file added by someone
     * else meanwhile), Cancelled, Storage/Busy/Io.
     */
    [[nodiscard]] Result<AddedFile> addFile(const FileAddition& addition, const TaskToken& token = {});

private:
    Workspace& m_workspace;
};

} // namespace vanthu::core
