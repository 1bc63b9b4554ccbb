// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RegisterFile.h"

#include "core/export/CsvWriter.h"
#include "core/export/XlsxWriter.h"
#include "render/RegisterPdf.h"

namespace vanthu::render
{

bool isRegisterFileFormat(const QString& format)
{
    return format == QLatin1String("pdf") || format == QLatin1String("csv") || format == QLatin1String("xlsx");
}

Result<QByteArray> encodeRegister(const core::RegisterTable& table, const QString& format)
{
    if (format == QLatin1String("csv")) {
        return core::registerTableToCsv(table);
    }
    if (format == QLatin1String("xlsx")) {
        return core::registerTableToXlsx(table);
    }
    return renderRegisterPdf(table);
}

} // namespace vanthu::render
