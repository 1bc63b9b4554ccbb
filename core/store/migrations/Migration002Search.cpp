// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 2: full-text search over number/symbol, subject, agencies and people, and the PDFs' text layer.
#include "core/search/SearchIndexer.h"
#include "core/store/migrations/Migrations.h"

namespace vanthu::core::migrations {

Migration search()
{
    Migration migration;
    migration.version = 2;
    migration.name = QStringLiteral("search");
    migration.statements = {
        // Text is folded by the application (đ→d, no marks, lower case) before it reaches FTS5; unicode61 with
        // remove_diacritics 2 folds again harmlessly. Prefix indexes serve the word being typed; no column sizes
        // because results are ordered newest first, not by bm25.
        QStringLiteral("CREATE VIRTUAL TABLE document_search USING fts5(code, subject, author, body, "
                       "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3', columnsize = 0)"),
    };
    migration.dataStep = [](Database& database, const MigrationContext& context) -> Result<void> {
        return rebuildSearchIndex(database, *context.blobs);
    };
    return migration;
}

} // namespace vanthu::core::migrations
