// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_verify_render's mutator: the seed's signed revisions stay as they are (a mutation there only breaks a
// signature, which the verdict then says), and libFuzzer's own mutations work on the bytes after the last signed end:
// the incremental updates an attacker appends to a signed file.
#include <QByteArrayView>
#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t maxSize);

namespace
{

/**
 * The largest signed end c + d of a `/ByteRange [a b c d]` that lies inside its own signed bytes and the file: a
 * range the fuzzer writes into the free tail moves the fixed part only forward, never back into a signature.
 */
std::size_t lastSignedEnd(const std::uint8_t* data, std::size_t size)
{
    static const QRegularExpression range(
        QStringLiteral("/ByteRange\\s*\\[\\s*(\\d{1,12})\\s+(\\d{1,12})\\s+(\\d{1,12})\\s+(\\d{1,12})\\s*\\]"));
    const QString text = QString::fromLatin1(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    std::size_t end = 0;
    for (auto matches = range.globalMatch(text); matches.hasNext();) {
        const auto match = matches.next();
        const qint64 signedEnd = match.captured(3).toLongLong() + match.captured(4).toLongLong();
        if (signedEnd > match.capturedStart(0) && signedEnd <= static_cast<qint64>(size)) {
            end = std::max(end, static_cast<std::size_t>(signedEnd));
        }
    }
    return end;
}

} // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t maxSize,
                                               unsigned int /*seed*/)
{
    const std::size_t fixed = lastSignedEnd(data, size);
    if (fixed >= maxSize) {
        return size;
    }
    return fixed + LLVMFuzzerMutate(data + fixed, size - fixed, maxSize - fixed);
}
