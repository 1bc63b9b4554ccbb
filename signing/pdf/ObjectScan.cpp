// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pdf/ObjectScan.h"

#include "signing/pdf/PdfParser.h"

namespace vanthu::signing::pdf
{
namespace
{

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** Calls @p visit with the first non-blank position of every line in [from, to). */
template <typename Visit>
void forEachLineStart(QByteArrayView bytes, qint64 from, qint64 to, Visit&& visit)
{
    to = std::min<qint64>(to, bytes.size());
    qint64 at = std::max<qint64>(from, 0);
    bool lineStart = at == 0 || bytes[at - 1] == '\n' || bytes[at - 1] == '\r';
    while (at < to) {
        if (lineStart) {
            qint64 first = at;
            while (first < to && (bytes[first] == ' ' || bytes[first] == '\t')) {
                ++first;
            }
            if (first < to) {
                visit(first);
            }
        }
        const char* data = bytes.data();
        const void* newline = std::memchr(data + at, '\n', static_cast<size_t>(to - at));
        const void* carriage = std::memchr(data + at, '\r', static_cast<size_t>(to - at));
        const char* next = nullptr;
        if (newline != nullptr && carriage != nullptr) {
            next = std::min(static_cast<const char*>(newline), static_cast<const char*>(carriage));
        } else {
            next = static_cast<const char*>(newline != nullptr ? newline : carriage);
        }
        if (next == nullptr) {
            break;
        }
        at = (next - data) + 1;
        lineStart = true;
    }
}

} // namespace

std::vector<ScannedHeader> scanObjectHeaders(QByteArrayView bytes, qint64 from, qint64 to)
{
    std::vector<ScannedHeader> headers;
    forEachLineStart(bytes, from, to, [&](qint64 at) {
        if (!isDigit(bytes[at])) {
            return;
        }
        PdfParser parser(bytes, at);
        const auto number = parser.readUnsigned();
        const auto generation = number ? parser.readUnsigned() : std::nullopt;
        if (!generation || !parser.consumeKeyword("obj") || *number > 0x7fffffff || *generation > 65535) {
            return;
        }
        headers.push_back(ScannedHeader{static_cast<int>(*number), static_cast<int>(*generation), at});
    });
    return headers;
}

std::vector<qint64> scanTrailerKeywords(QByteArrayView bytes)
{
    std::vector<qint64> trailers;
    forEachLineStart(bytes, 0, bytes.size(), [&](qint64 at) {
        if (bytes.sliced(at).startsWith("trailer")) {
            trailers.push_back(at);
        }
    });
    return trailers;
}

} // namespace vanthu::signing::pdf
