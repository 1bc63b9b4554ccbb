// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/cms/Der.h"

#include <algorithm>
#include <cstring>

namespace vanthu::signing::der
{

QByteArray encode(unsigned char tag, QByteArrayView content)
{
    QByteArray out;
    out.reserve(content.size() + 6);
    out.append(static_cast<char>(tag));
    const qint64 length = content.size();
    if (length < 0x80) {
        out.append(static_cast<char>(length));
    } else {
        QByteArray digits;
        for (qint64 rest = length; rest > 0; rest >>= 8) {
            digits.prepend(static_cast<char>(rest & 0xff));
        }
        out.append(static_cast<char>(0x80 | digits.size()));
        out.append(digits);
    }
    out.append(content);
    return out;
}

QByteArray sequence(std::initializer_list<QByteArray> items)
{
    QByteArray content;
    for (const QByteArray& item : items) {
        content.append(item);
    }
    return encode(Sequence, content);
}

QByteArray setOf(QList<QByteArray> items, unsigned char tag)
{
    // Shorter encodings sort as if padded with zero bytes at the end (X.690 §11.6).
    std::sort(items.begin(), items.end(), [](const QByteArray& left, const QByteArray& right) {
        const qsizetype common = std::min(left.size(), right.size());
        const int order = std::memcmp(left.constData(), right.constData(), static_cast<size_t>(common));
        if (order != 0) {
            return order < 0;
        }
        return left.size() < right.size();
    });
    QByteArray content;
    for (const QByteArray& item : items) {
        content.append(item);
    }
    return encode(tag, content);
}

QByteArray oid(const char* dotted)
{
    const QList<QByteArray> parts = QByteArray(dotted).split('.');
    QList<quint64> arcs;
    for (const QByteArray& part : parts) {
        arcs.append(part.toULongLong());
    }
    QByteArray content;
    auto appendBase128 = [&content](quint64 value) {
        QByteArray bytes;
        bytes.prepend(static_cast<char>(value & 0x7f));
        for (value >>= 7; value > 0; value >>= 7) {
            bytes.prepend(static_cast<char>(0x80 | (value & 0x7f)));
        }
        content.append(bytes);
    };
    appendBase128(arcs[0] * 40 + arcs[1]);
    for (qsizetype i = 2; i < arcs.size(); ++i) {
        appendBase128(arcs[i]);
    }
    return encode(ObjectIdentifier, content);
}

QByteArray smallInteger(int value)
{
    return encode(Integer, QByteArray(1, static_cast<char>(value)));
}

QByteArray octetString(QByteArrayView bytes)
{
    return encode(OctetString, bytes);
}

QByteArray null()
{
    return encode(Null, {});
}

qint64 elementLength(QByteArrayView data)
{
    if (data.size() < 2) {
        return -1;
    }
    const auto first = static_cast<unsigned char>(data[1]);
    qint64 header = 2;
    qint64 length = first;
    if (first & 0x80) {
        const int count = first & 0x7f;
        if (count == 0 || count > 4 || data.size() < 2 + count) {
            return -1;
        }
        length = 0;
        for (int i = 0; i < count; ++i) {
            length = (length << 8) | static_cast<unsigned char>(data[2 + i]);
        }
        header += count;
    }
    if (header + length > data.size()) {
        return -1;
    }
    return header + length;
}

} // namespace vanthu::signing::der
