// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace vanthu::signing::der
{

/** DER tags used by CMS (X.690). */
enum Tag : unsigned char
{
    Integer = 0x02,
    OctetString = 0x04,
    Null = 0x05,
    ObjectIdentifier = 0x06,
    Sequence = 0x30,
    Set = 0x31,
    ContextConstructed0 = 0xa0,
    ContextConstructed1 = 0xa1,
    ContextConstructed4 = 0xa4,
};

/** tag, definite length, content. */
[[nodiscard]] QByteArray encode(unsigned char tag, QByteArrayView content);
[[nodiscard]] QByteArray sequence(std::initializer_list<QByteArray> items);
/** A SET OF in DER: the elements sorted by their encodings (X.690 §11.6). */
[[nodiscard]] QByteArray setOf(QList<QByteArray> items, unsigned char tag = Set);
/** An OBJECT IDENTIFIER from dotted text ("1.2.840.113549.1.7.2"). */
[[nodiscard]] QByteArray oid(const char* dotted);
[[nodiscard]] QByteArray smallInteger(int value);
[[nodiscard]] QByteArray octetString(QByteArrayView bytes);
[[nodiscard]] QByteArray null();

/** The total length of the DER element at the start of @p data, or -1 if it is not a complete element. */
[[nodiscard]] qint64 elementLength(QByteArrayView data);

} // namespace vanthu::signing::der
