// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/RegisterRow.h"
#include "core/search/SearchFilter.h"

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace vanthu::core
{

class Workspace;

/** Where the next page of a search starts. */
struct SearchCursor
{
    int tier = 1;        ///< 1: the words as a phrase; 2: the words anywhere
    qint64 beforeId = 0; ///< continue with documents older than this id
};

struct SearchRequest
{
    QString text; ///< may be empty: then only the filter applies
    SearchFilter filter;
    int limit = 50;
    std::optional<SearchCursor> after;
    /**
     * How long to wait for the background indexer first; absent: until it is idle (a script must see everything).
     * A window passes a short limit so that a rebuilt index does not freeze it.
     */
    std::optional<std::chrono::milliseconds> indexWait;
};

struct SearchHit
{
    RegisterRow row;
    bool phraseMatch = false; ///< the words were found together, in order
};

struct SearchPage
{
    QList<SearchHit> hits;
    std::optional<SearchCursor> next; ///< absent on the last page
    bool indexComplete = true;        ///< false when the indexer was still busy after SearchRequest::indexWait
};

/**
 * Full-text search over number/symbol, subject, agencies, people and the PDFs' text, with or without diacritics
 * ("dong y" finds "Đồng ý", "QD" finds "QĐ"), plus filters. Documents where the words stand together come first,
 * then those that contain them apart; within each group the newest first.
 */
class SearchService final
{
public:
    explicit SearchService(Workspace& workspace);

    /** Errors: InvalidInput for a limit outside 1–1000; Storage. */
    [[nodiscard]] Result<SearchPage> search(const SearchRequest& request);

private:
    Workspace& m_workspace;
};

} // namespace vanthu::core
