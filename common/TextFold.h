// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vanthu
{

/**
 * Folds Vietnamese text for search: lower case, every diacritic removed, and đ/Đ turned into d (SQLite's unicode61
 * folds vowel marks but treats đ as its own letter, so "dong y" would not find "Đồng ý"). The index and the
 * query both go through this one function, so typing with or without diacritics finds the same documents.
 */
[[nodiscard]] QString foldForSearch(const QString& text);

/**
 * One character folded the same way, always one character for one: a combining mark or a character that folds to
 * several stays as it is. For text whose folded positions must match the original's (finding spans in a page).
 */
[[nodiscard]] QChar foldCharacter(QChar character);

} // namespace vanthu
