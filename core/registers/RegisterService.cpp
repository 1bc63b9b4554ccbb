// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/RegisterService.h"

#include "common/VietnamTime.h"
#include "core/Workspace.h"
#include "core/store/DocumentRepository.h"
#include "core/store/SeriesRepository.h"

#include <QCoreApplication>

namespace vanthu::core
{
namespace
{

struct RegisterServiceText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterServiceText)
};

constexpr int ExportPageSize = 2000;

} // namespace

RegisterService::RegisterService(Workspace& workspace) : m_workspace(workspace)
{
}

Result<ResolvedRegister> RegisterService::resolve(const RegisterSelection& selection)
{
    SeriesRepository seriesRepository(m_workspace.database());
    std::optional<NumberingSeries> chosen;
    if (selection.seriesCode.trimmed().isEmpty()) {
        auto all = seriesRepository.all();
        if (!all) {
            return all.error();
        }
        for (const NumberingSeries& series : *all) {
            if (series.direction == selection.direction && series.scope == SeriesScope::General) {
                chosen = series;
                break;
            }
        }
    } else {
        auto found = seriesRepository.byCode(selection.seriesCode.trimmed().toUpper());
        if (!found) {
            return found.error();
        }
        if (*found && (*found)->direction == selection.direction) {
            chosen = *found;
        }
    }
    if (!chosen) {
        return Error{
            ErrorCode::NotFound,
            selection.seriesCode.isEmpty()
                ? RegisterServiceText::tr("The workspace has no such register yet. Run \"vanthu-cli init\" first.")
                : RegisterServiceText::tr("There is no %1 register with the code %2.")
                      .arg(selection.direction == Direction::Incoming ? RegisterServiceText::tr("incoming")
                                                                      : RegisterServiceText::tr("outgoing"),
                           selection.seriesCode),
            QStringLiteral("register not found")};
    }
    ResolvedRegister resolved{*chosen, selection.year};
    if (resolved.year == 0) {
        auto latest = DocumentRepository(m_workspace.database()).latestYear(selection.direction, chosen->id);
        if (!latest) {
            return latest.error();
        }
        resolved.year = latest->value_or(vietnamDate(m_workspace.clock().now()).year());
    }
    return resolved;
}

Result<QList<RegisterRow>> RegisterService::page(Direction direction, const RegisterQuery& query)
{
    return DocumentRepository(m_workspace.database()).listRegister(direction, query);
}

Result<QList<RegisterRow>> RegisterService::allRows(const ResolvedRegister& reg, const RegisterQuery& filter)
{
    DocumentRepository documents(m_workspace.database());
    RegisterQuery query = filter;
    query.seriesId = reg.series.id;
    query.year = reg.year;
    query.ascending = true;
    query.limit = ExportPageSize;
    query.afterNumber.reset();
    QList<RegisterRow> rows;
    while (true) {
        auto page = documents.listRegister(reg.series.direction, query);
        if (!page) {
            return page.error();
        }
        rows.append(*page);
        if (page->size() < ExportPageSize) {
            break;
        }
        query.afterNumber = page->back().number;
    }
    return rows;
}

Result<QList<RegisterRow>> RegisterService::rows(const QList<DocumentId>& ids)
{
    QList<qint64> values;
    values.reserve(ids.size());
    for (const DocumentId id : ids) {
        values.append(id.value);
    }
    return DocumentRepository(m_workspace.database()).rowsFor(values);
}

Result<DocumentRecord> RegisterService::document(DocumentId id)
{
    auto record = DocumentRepository(m_workspace.database()).get(id);
    if (!record) {
        return record.error();
    }
    if (!*record) {
        return Error{ErrorCode::NotFound, RegisterServiceText::tr("There is no document with the id %1.").arg(id.value),
                     QStringLiteral("document not found")};
    }
    return **record;
}

Result<QByteArray> RegisterService::attachmentBytes(const AttachmentRecord& attachment)
{
    return m_workspace.blobs().get(attachment.sha256);
}

} // namespace vanthu::core
