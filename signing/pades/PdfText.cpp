// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pades/PdfText.h"

#include "common/VietnamTime.h"

#include <QStringDecoder>

namespace vanthu::signing::pdf
{

PdfObject textString(const QString& text)
{
    bool plain = true;
    for (const QChar character : text) {
        if (character.unicode() < 0x20 || character.unicode() > 0x7e) {
            plain = false;
            break;
        }
    }
    if (plain) {
        return PdfObject::string(text.toLatin1());
    }
    QByteArray utf16("\xfe\xff", 2);
    for (const QChar character : text) {
        utf16.append(static_cast<char>(character.unicode() >> 8));
        utf16.append(static_cast<char>(character.unicode() & 0xff));
    }
    return PdfObject::string(utf16, true);
}

QString fromTextString(const QByteArray& bytes)
{
    if (bytes.startsWith("\xfe\xff")) {
        QString text;
        for (qsizetype i = 2; i + 1 < bytes.size(); i += 2) {
            text.append(QChar(static_cast<char16_t>((static_cast<unsigned char>(bytes[i]) << 8)
                                                    | static_cast<unsigned char>(bytes[i + 1]))));
        }
        return text;
    }
    if (bytes.startsWith("\xef\xbb\xbf")) {
        return QString::fromUtf8(bytes.mid(3));
    }
    return QString::fromLatin1(bytes);
}

QByteArray pdfDate(const QDateTime& time)
{
    const QDateTime local = time.toOffsetFromUtc(VietnamUtcOffsetSeconds);
    const int offsetMinutes = VietnamUtcOffsetSeconds / 60;
    const QString offset = QStringLiteral("%1%2'%3'")
                               .arg(offsetMinutes >= 0 ? QLatin1Char('+') : QLatin1Char('-'))
                               .arg(std::abs(offsetMinutes) / 60, 2, 10, QLatin1Char('0'))
                               .arg(std::abs(offsetMinutes) % 60, 2, 10, QLatin1Char('0'));
    return (QStringLiteral("D:") + local.toString(QStringLiteral("yyyyMMddHHmmss")) + offset).toLatin1();
}

} // namespace vanthu::signing::pdf
