// SPDX-License-Identifier: GPL-3.0-or-later
// findSignatures and isPrefix: a plain scan of the raw bytes, independent of any PDF parser.
#include "tests/support/oracles/SignatureOracles.h"

#include <limits>

namespace vanthu::test
{

namespace
{

bool isPdfWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

qint64 skipWhitespace(const QByteArray& data, qint64 pos)
{
    while (pos < data.size() && isPdfWhitespace(data.at(pos))) {
        ++pos;
    }
    return pos;
}

/** Parses a non-negative decimal integer at @p pos; returns false when there is none or it overflows. */
bool readInteger(const QByteArray& data, qint64& pos, qint64& value)
{
    const qint64 start = pos;
    value = 0;
    while (pos < data.size() && data.at(pos) >= '0' && data.at(pos) <= '9') {
        if (value > (std::numeric_limits<qint64>::max() - 9) / 10) {
            return false;
        }
        value = value * 10 + (data.at(pos) - '0');
        ++pos;
    }
    return pos > start;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

/** Decodes hex digits strictly (no whitespace, even count); false on anything else. */
bool decodeHex(const QByteArray& hex, QByteArray& bytes)
{
    if (hex.size() % 2 != 0) {
        return false;
    }
    bytes.resize(hex.size() / 2);
    for (qint64 i = 0; i < bytes.size(); ++i) {
        const int high = hexValue(hex.at(2 * i));
        const int low = hexValue(hex.at(2 * i + 1));
        if (high < 0 || low < 0) {
            return false;
        }
        bytes[i] = static_cast<char>(high * 16 + low);
    }
    return true;
}

/**
 * Total length (identifier, length and contents octets) of the BER element at @p pos, following indefinite
 * lengths down to their end-of-contents octets; -1 when the bytes are not a complete element.
 */
qint64 berElementLength(const QByteArray& data, qint64 pos, int depth = 0)
{
    if (depth > 64 || pos + 2 > data.size()) {
        return -1;
    }
    const auto byteAt = [&data](qint64 i) {
        return static_cast<unsigned char>(data.at(i));
    };
    const bool constructed = (byteAt(pos) & 0x20) != 0;
    qint64 i = pos + 1;
    if ((byteAt(pos) & 0x1f) == 0x1f) {
        while (i < data.size() && (byteAt(i) & 0x80) != 0) {
            ++i;
        }
        ++i;
    }
    if (i >= data.size()) {
        return -1;
    }
    const unsigned char first = byteAt(i++);
    if (first == 0x80) {
        if (!constructed) {
            return -1;
        }
        while (i + 2 <= data.size()) {
            if (byteAt(i) == 0 && byteAt(i + 1) == 0) {
                return i + 2 - pos;
            }
            const qint64 child = berElementLength(data, i, depth + 1);
            if (child < 0) {
                return -1;
            }
            i += child;
        }
        return -1;
    }
    qint64 length = first;
    if (first > 0x80) {
        const int count = first & 0x7f;
        if (count > 4 || i + count > data.size()) {
            return -1;
        }
        length = 0;
        for (int k = 0; k < count; ++k) {
            length = length * 256 + byteAt(i++);
        }
    }
    if (i + length > data.size()) {
        return -1;
    }
    return i + length - pos;
}

ByteRangeSignature readSignatureAt(const QByteArray& pdf, qint64 offset)
{
    ByteRangeSignature signature;
    signature.offset = offset;
    qint64 pos = skipWhitespace(pdf, offset + qint64(qstrlen("/ByteRange")));
    if (pos >= pdf.size() || pdf.at(pos) != '[') {
        signature.problem = QStringLiteral("/ByteRange is not followed by an array");
        return signature;
    }
    ++pos;
    qint64 values[4] = {0, 0, 0, 0};
    for (qint64& value : values) {
        pos = skipWhitespace(pdf, pos);
        if (!readInteger(pdf, pos, value)) {
            signature.problem = QStringLiteral("/ByteRange does not hold four non-negative integers");
            return signature;
        }
    }
    pos = skipWhitespace(pdf, pos);
    if (pos >= pdf.size() || pdf.at(pos) != ']') {
        signature.problem = QStringLiteral("/ByteRange holds more than four entries");
        return signature;
    }
    signature.a = values[0];
    signature.b = values[1];
    signature.c = values[2];
    signature.d = values[3];
    const qint64 gapStart = signature.a + signature.b;
    if (gapStart > signature.c || signature.c + signature.d > pdf.size()) {
        signature.problem = QStringLiteral("the ranges [%1 %2 %3 %4] do not fit a file of %5 bytes with a gap")
                                .arg(signature.a)
                                .arg(signature.b)
                                .arg(signature.c)
                                .arg(signature.d)
                                .arg(pdf.size());
        return signature;
    }
    signature.signedBytes = pdf.mid(signature.a, signature.b) + pdf.mid(signature.c, signature.d);

    const QByteArray gap = pdf.mid(gapStart, signature.c - gapStart);
    qint64 open = 0;
    qint64 close = gap.size() - 1;
    if (gap.size() < 2 || gap.at(0) != '<' || gap.at(gap.size() - 1) != '>') {
        signature.problem =
            QStringLiteral("the gap [%1, %2) is not exactly one <hex> string").arg(gapStart).arg(signature.c);
        open = gap.indexOf('<');
        close = gap.indexOf('>', open + 1);
        if (open < 0 || close < 0) {
            return signature;
        }
    }
    QByteArray contents;
    if (!decodeHex(gap.mid(open + 1, close - open - 1), contents)) {
        signature.problem = QStringLiteral("the gap's hex string holds characters other than hex digits");
        return signature;
    }
    signature.reservedBytes = contents.size();
    const qint64 length = berElementLength(contents, 0);
    if (length < 0) {
        if (signature.problem.isEmpty()) {
            signature.problem = QStringLiteral("/Contents does not start with a complete DER/BER element");
        }
        signature.cmsDer = contents;
        return signature;
    }
    signature.cmsDer = contents.left(length);
    return signature;
}

} // namespace

QList<ByteRangeSignature> findSignatures(const QByteArray& pdf)
{
    QList<ByteRangeSignature> signatures;
    qint64 pos = 0;
    while ((pos = pdf.indexOf("/ByteRange", pos)) >= 0) {
        signatures.append(readSignatureAt(pdf, pos));
        pos += qint64(qstrlen("/ByteRange"));
    }
    return signatures;
}

bool isPrefix(const QByteArray& before, const QByteArray& after)
{
    return before.size() <= after.size() && after.startsWith(before);
}

} // namespace vanthu::test
