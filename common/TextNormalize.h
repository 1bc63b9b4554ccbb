// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vanthu
{

/**
 * Normalises a one-line field as typed or pasted: NFC (decomposed input from some IMEs and PDFs would otherwise
 * compare and index differently), runs of white space collapsed to one space, trimmed.
 */
[[nodiscard]] QString normalizedLine(const QString& text);

/** Normalises multi-line text: NFC, line ends as \n, trailing spaces removed from each line, trimmed. */
[[nodiscard]] QString normalizedText(const QString& text);

/** Length in Unicode code points: Phụ lục VI limits count characters, not UTF-16 units or bytes. */
[[nodiscard]] qsizetype codePointLength(const QString& text);

} // namespace vanthu
