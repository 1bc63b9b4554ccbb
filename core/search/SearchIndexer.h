// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Document.h"
#include "core/store/SearchRepository.h"

#include <QStringList>

namespace vanthu::core {

class BlobStore;
class Database;

/** What of a document is searchable, folded for the index: number/symbol, subject, people and agencies, PDF text. */
[[nodiscard]] SearchColumns searchColumnsFor(const DocumentRecord& record, const QStringList& attachmentTexts);

/**
 * Rebuilds the whole search index from the documents and their stored PDFs (used by the schema step that introduced
 * the index). Runs inside the caller's transaction. A PDF that cannot be read is indexed without its text (logged
 * by hash); a database failure is an error.
 */
[[nodiscard]] Result<void> rebuildSearchIndex(Database& database, const BlobStore& blobs);

} // namespace vanthu::core
