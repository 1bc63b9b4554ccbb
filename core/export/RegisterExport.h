// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/export/RegisterTable.h"
#include "core/registers/RegisterService.h"

#include <QDate>

namespace vanthu::core
{

class Workspace;

/** Which register to print or export, and which part of it. */
struct RegisterExportRequest
{
    RegisterSelection selection;
    int volume = 1;
    QDate fromDate; ///< optional: first register date included
    QDate toDate;   ///< optional: last register date included
};

/** Builds the table of a register for printing and export (PDF, CSV and XLSX are written from it). */
class RegisterExport final
{
public:
    explicit RegisterExport(Workspace& workspace);

    /** Errors: NotFound (workspace not set up, unknown register), InvalidInput (bad volume or dates), Storage. */
    [[nodiscard]] Result<RegisterTable> table(const RegisterExportRequest& request);

private:
    Workspace& m_workspace;
};

} // namespace vanthu::core
