// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/export/RegisterTable.h"

#include <QByteArray>
#include <QString>

namespace vanthu::render
{

/** The formats a register is printed or exported to. */
[[nodiscard]] bool isRegisterFileFormat(const QString& format);

/** @p table as a printed PDF register book, CSV or XLSX (@p format: "pdf", "csv", "xlsx"). Needs a QGuiApplication. */
[[nodiscard]] Result<QByteArray> encodeRegister(const core::RegisterTable& table, const QString& format);

} // namespace vanthu::render
