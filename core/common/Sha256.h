// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace vanthu {

/** SHA-256 of @p data as 64 lower-case hex characters: the name of a blob and the link of the audit chain. */
[[nodiscard]] QString sha256Hex(const QByteArray& data);

/** True if @p text is 64 lower-case hex characters. */
[[nodiscard]] bool isSha256Hex(const QString& text);

} // namespace vanthu
