// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Document.h"
#include "core/domain/NumberingSeries.h"
#include "core/domain/RegisterRow.h"

#include <QJsonObject>

namespace vanthu::core {

/**
 * The one JSON form of documents, register rows and series: the audit trail stores it as the full "after" state and
 * the CLI prints it with --json. Keys are the Phụ lục VI tags in lowerCamel where one exists.
 */
[[nodiscard]] QJsonObject documentToJson(const DocumentRecord& record);
[[nodiscard]] QJsonObject registerRowToJson(const RegisterRow& row);
[[nodiscard]] QJsonObject seriesToJson(const NumberingSeries& series);

} // namespace vanthu::core
