// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/TextFold.h"

namespace vanthu {

QString foldForSearch(const QString& text)
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

} // namespace vanthu
