// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchService.h"

#include "core/Workspace.h"
#include "core/search/SearchIndexWriter.h"
#include "core/search/SearchQuery.h"
#include "core/store/DocumentRepository.h"
#include "core/store/SearchRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <limits>

namespace vanthu::core
{
namespace
{

struct SearchServiceText
{
    Q_DECLARE_TR_FUNCTIONS(SearchServiceText)
};

constexpr qint64 NoUpperBound = std::numeric_limits<qint64>::max();

} // namespace

SearchService::SearchService(Workspace& workspace) : m_workspace(workspace)
{
}

Result<SearchPage> SearchService::search(const SearchRequest& request)
{
    if (request.limit < 1 || request.limit > 1000) {
        return Error{ErrorCode::InvalidInput, SearchServiceText::tr("Ask for between 1 and 1000 results at a time."),
                     QStringLiteral("bad limit")};
    }
    // Registrations of this process are indexed on another thread; a search sees all of them (or, with a time
    // limit, says that it may not).
    bool indexComplete = true;
    if (request.indexWait) {
        indexComplete = m_workspace.searchIndex().waitUntilIdleFor(*request.indexWait);
    } else {
        m_workspace.searchIndex().waitUntilIdle();
    }
    auto reader = m_workspace.searchReader();
    if (!reader) {
        return reader.error();
    }
    SearchRepository index(**reader);
    const SearchQuery query(request.text);
    const SearchCursor start = request.after.value_or(SearchCursor{1, NoUpperBound});
    // Collect ids with the tier they came from; then read their register rows in that order.
    QList<std::pair<qint64, int>> found;
    if (query.isEmpty()) {
        auto ids = index.filterOnly(request.filter, start.beforeId, request.limit);
        if (!ids) {
            return ids.error();
        }
        for (const qint64 id : *ids) {
            found.append({id, 2});
        }
    } else {
        const QString phrase = query.isDocumentCode() ? query.documentCodeExpression() : query.phraseExpression();
        if (start.tier == 1) {
            auto ids = index.match(phrase, request.filter, start.beforeId, request.limit);
            if (!ids) {
                return ids.error();
            }
            for (const qint64 id : *ids) {
                found.append({id, 1});
            }
        }
        const qsizetype remaining = request.limit - found.size();
        if (remaining > 0 && !query.singleTier() && !query.isDocumentCode()) {
            // FTS5's NOT keeps the second tier free of documents the first tier already listed.
            const QString apart = QLatin1Char('(') + query.allTermsExpression() + QStringLiteral(") NOT ") + phrase;
            const qint64 before = start.tier == 2 ? start.beforeId : NoUpperBound;
            auto ids = index.match(apart, request.filter, before, static_cast<int>(remaining));
            if (!ids) {
                return ids.error();
            }
            for (const qint64 id : *ids) {
                found.append({id, 2});
            }
        }
    }
    QList<qint64> ids;
    for (const auto& [id, tier] : found) {
        ids.append(id);
    }
    auto rows = DocumentRepository(m_workspace.database()).rowsFor(ids);
    if (!rows) {
        return rows.error();
    }
    QHash<qint64, int> tiers;
    for (const auto& [id, tier] : found) {
        tiers.insert(id, tier);
    }
    SearchPage page;
    page.indexComplete = indexComplete;
    for (const RegisterRow& row : *rows) {
        page.hits.append(SearchHit{row, tiers.value(row.id.value) == 1 && !query.isEmpty()});
    }
    if (found.size() == request.limit) {
        page.next = SearchCursor{found.back().second, found.back().first};
    }
    return page;
}

} // namespace vanthu::core
