// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TextFold.h"

#include <array>

namespace vanthu
{
namespace
{

// Every Vietnamese letter, precomposed or not, lies below U+1F00 (Latin, Latin Extended-A/B, combining marks,
// Latin Extended Additional).
constexpr char16_t TableEnd = 0x1F00;
constexpr char16_t Drop = 0x0000;
constexpr char16_t Unmapped = 0xFFFF;

// The definition: decompose (NFD), drop combining marks, đ/Đ to d, lower case.
QString foldSlowly(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        const auto category = ch.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing) {
            continue;
        }
        if (ch == QChar(0x0111) || ch == QChar(0x0110)) { // đ Đ
            folded.append(QLatin1Char('d'));
            continue;
        }
        folded.append(ch.toLower());
    }
    return folded;
}

// The same definition applied once per character and remembered: folding is on the registration path of every
// document and every search, and normalising whole strings was most of its cost.
const std::array<char16_t, TableEnd>& foldTable()
{
    static const std::array<char16_t, TableEnd> table = [] {
        std::array<char16_t, TableEnd> built{};
        for (char16_t code = 0; code < TableEnd; ++code) {
            const QString folded = foldSlowly(QString(QChar(code)));
            built[code] = folded.isEmpty() ? Drop : folded.size() == 1 ? folded.front().unicode() : Unmapped;
        }
        return built;
    }();
    return table;
}

} // namespace

QChar foldCharacter(QChar character)
{
    const char16_t code = character.unicode();
    const char16_t mapped = code < TableEnd ? foldTable()[code] : Unmapped;
    return mapped == Unmapped || mapped == Drop ? character : QChar(mapped);
}

QString foldForSearch(const QString& text)
{
    const auto& table = foldTable();
    QString folded;
    folded.reserve(text.size());
    for (qsizetype index = 0; index < text.size(); ++index) {
        const char16_t code = text.at(index).unicode();
        const char16_t mapped = code < TableEnd ? table[code] : Unmapped;
        if (mapped == Unmapped) {
            // Outside the table (or a character that folds to several): fold it, with any marks that follow it,
            // the slow way.
            qsizetype end = index + 1;
            while (end < text.size() && text.at(end).isMark()) {
                ++end;
            }
            folded.append(foldSlowly(text.mid(index, end - index)));
            index = end - 1;
        } else if (mapped != Drop) {
            folded.append(QChar(mapped));
        }
    }
    return folded;
}

} // namespace vanthu
