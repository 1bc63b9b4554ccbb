// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Sha256.h"

#include <QCryptographicHash>

namespace vanthu {

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool isSha256Hex(const QString& text)
{
    if (text.size() != 64) {
        return false;
    }
    for (const QChar ch : text) {
        const bool digit = ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
        const bool lowerHex = ch >= QLatin1Char('a') && ch <= QLatin1Char('f');
        if (!digit && !lowerHex) {
            return false;
        }
    }
    return true;
}

} // namespace vanthu
