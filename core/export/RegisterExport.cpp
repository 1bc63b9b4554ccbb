// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/RegisterExport.h"

#include "core/Workspace.h"
#include "core/registers/AgencyService.h"

#include <QCoreApplication>

namespace vanthu::core
{
namespace
{

struct RegisterExportText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExportText)
};

} // namespace

RegisterExport::RegisterExport(Workspace& workspace) : m_workspace(workspace)
{
}

Result<RegisterTable> RegisterExport::table(const RegisterExportRequest& request)
{
    if (request.volume < 1 || request.volume > 99) {
        return Error{ErrorCode::InvalidInput, RegisterExportText::tr("The volume number must be between 1 and 99."),
                     QStringLiteral("bad volume")};
    }
    if (request.fromDate.isValid() && request.toDate.isValid() && request.fromDate > request.toDate) {
        return Error{ErrorCode::InvalidInput, RegisterExportText::tr("The first date is after the last date."),
                     QStringLiteral("bad date range")};
    }
    auto agency = AgencyService(m_workspace).profile();
    if (!agency) {
        return agency.error();
    }
    RegisterService registers(m_workspace);
    auto resolved = registers.resolve(request.selection);
    if (!resolved) {
        return resolved.error();
    }
    RegisterQuery filter;
    if (request.fromDate.isValid()) {
        filter.fromDate = request.fromDate;
    }
    if (request.toDate.isValid()) {
        filter.toDate = request.toDate;
    }
    auto rows = registers.allRows(*resolved, filter);
    if (!rows) {
        return rows.error();
    }
    return buildRegisterTable(request.selection.direction, *agency, resolved->series.name, resolved->year,
                              request.volume, *rows);
}

} // namespace vanthu::core
