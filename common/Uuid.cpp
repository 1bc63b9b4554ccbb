// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Uuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>
#include <cstdint>
#include <mutex>

namespace vanthu
{

QString newTimeOrderedUuid()
{
    // The 12 bits after the version count up within one millisecond (RFC 9562 §6.2, method 1), so ids made in a
    // burst stay in order; the counter starts at a random value below half its range to leave room.
    static std::mutex mutex;
    static std::uint64_t lastMillis = 0;
    static std::uint32_t counter = 0;
    std::uint64_t millis = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());
    std::uint32_t sequence = 0;
    {
        const std::lock_guard lock(mutex);
        if (millis <= lastMillis) {
            millis = lastMillis;
            if (++counter > 0xfff) {
                ++millis; // more than 2,048 ids in a millisecond: borrow the next one
                counter = QRandomGenerator::global()->bounded(0x800u);
            }
        } else {
            counter = QRandomGenerator::global()->bounded(0x800u);
        }
        lastMillis = millis;
        sequence = counter;
    }
    std::array<unsigned char, 16> bytes{};
    for (int i = 0; i < 6; ++i) {
        bytes[static_cast<size_t>(i)] = static_cast<unsigned char>(millis >> (40 - 8 * i));
    }
    bytes[6] = static_cast<unsigned char>(0x70 | ((sequence >> 8) & 0x0f));
    bytes[7] = static_cast<unsigned char>(sequence & 0xff);
    const quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 8; i < 16; ++i) {
        bytes[static_cast<size_t>(i)] = static_cast<unsigned char>(random >> (8 * (15 - i)));
    }
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3f)); // RFC 9562 variant
    static const char digits[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            text.append(QLatin1Char('-'));
        }
        text.append(QLatin1Char(digits[bytes[i] >> 4]));
        text.append(QLatin1Char(digits[bytes[i] & 0x0f]));
    }
    return text;
}

} // namespace vanthu
