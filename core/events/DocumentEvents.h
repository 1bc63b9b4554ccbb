// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/domain/Document.h"
#include "core/events/EventRecord.h"

namespace vanthu::core::events
{

/** "document.registered": a document entered a register (incoming or outgoing), with all it holds. */
inline constexpr const char* documentRegistered = "document.registered";
/** The schema version registeredEvent() writes; decodeRegistered() reads it and every older one. */
inline constexpr int documentRegisteredSchema = 1;

/**
 * The event of @p record's registration: a new event id, the document's uid, and a payload that holds the whole
 * record (fields, register entry, versions) in the event's own schema, so another desk can apply it without this
 * workspace. @p record must be written already (uid, register entry, versions).
 */
[[nodiscard]] EventRecord registeredEvent(const DocumentRecord& record);

/** The record an event of registeredEvent() describes (no local ids). Errors: Corrupt, Unsupported (newer schema). */
[[nodiscard]] Result<DocumentRecord> decodeRegistered(const EventRecord& event);

} // namespace vanthu::core::events
