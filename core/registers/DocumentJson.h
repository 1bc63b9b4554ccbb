// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Document.h"
#include "core/domain/NumberingSeries.h"
#include "core/domain/RegisterRow.h"

#include <QByteArray>
#include <QJsonObject>

namespace vanthu::core
{

/**
 * The one JSON form of a document: the audit trail stores it as the full "after" state of a registration and the
 * CLI prints it with --json. Compact UTF-8, keys in a fixed order (the Phụ lục VI tags in lowerCamel where one
 * exists), written without an intermediate object because it is on the bulk-registration path. @p eventId, when
 * given, names the event-log entry of the same change (the audit trail's link to the event log).
 */
[[nodiscard]] QByteArray documentJson(const DocumentRecord& record, const QString& eventId = {});
/** documentJson() as a QJsonObject, for front ends that add to it. */
[[nodiscard]] QJsonObject documentToJson(const DocumentRecord& record);
[[nodiscard]] QJsonObject registerRowToJson(const RegisterRow& row);
[[nodiscard]] QJsonObject seriesToJson(const NumberingSeries& series);

} // namespace vanthu::core
