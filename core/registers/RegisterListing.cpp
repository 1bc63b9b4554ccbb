// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/RegisterListing.h"

#include "core/Workspace.h"
#include "core/search/SearchQuery.h"
#include "core/store/DocumentRepository.h"

#include <QDir>

namespace vanthu::core
{

Result<QList<DocumentId>> listRegisterIds(const QString& workspaceDirectory, const RegisterListing& listing)
{
    const SearchQuery query(listing.text);
    QString match;
    if (!query.isEmpty()) {
        match = query.isDocumentCode() ? query.documentCodeExpression() : query.allTermsExpression();
    }
    // A search needs the index; a plain listing reads the registers alone (search.db may still be building).
    auto database = match.isEmpty() ? Database::open(QDir(workspaceDirectory).filePath(Workspace::databaseFileName()))
                                    : Workspace::openSearchReader(workspaceDirectory);
    if (!database) {
        return database.error();
    }
    auto ids = DocumentRepository(**database).listingIds(listing, match);
    if (!ids) {
        return ids.error();
    }
    QList<DocumentId> list;
    list.reserve(ids->size());
    for (const qint64 id : *ids) {
        list.append(DocumentId{id});
    }
    return list;
}

} // namespace vanthu::core
