// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace vanthu::core
{

/** Which register a document belongs to: văn bản đến or văn bản đi. */
enum class Direction
{
    Incoming,
    Outgoing,
};

/** "incoming" or "outgoing": the value stored in the database and used by the CLI and JSON. */
[[nodiscard]] QString directionKey(Direction direction);
/** Parses "incoming"/"outgoing" (also "den"/"di", "đến"/"đi"). */
[[nodiscard]] std::optional<Direction> parseDirection(const QString& text);

} // namespace vanthu::core
