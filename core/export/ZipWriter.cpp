// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ZipWriter.h"

#include <zlib.h>

namespace vanthu::core
{
namespace
{

constexpr quint16 VersionNeeded = 20; // deflate
constexpr quint16 MethodDeflate = 8;
constexpr quint16 FlagUtf8Names = 0x0800;
constexpr quint16 DosTime = 0;                       // 00:00:00
constexpr quint16 DosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01

void put16(QByteArray& out, quint16 value)
{
    out.append(static_cast<char>(value & 0xff));
    out.append(static_cast<char>((value >> 8) & 0xff));
}

void put32(QByteArray& out, quint32 value)
{
    put16(out, static_cast<quint16>(value & 0xffff));
    put16(out, static_cast<quint16>(value >> 16));
}

Result<QByteArray> deflateRaw(const QByteArray& input)
{
    z_stream stream{};
    // Negative window bits: raw deflate without the zlib wrapper, as ZIP stores it.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return Error{ErrorCode::Internal, QString(), QStringLiteral("deflateInit2 failed")};
    }
    QByteArray output;
    output.resize(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(input.size()))));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
    stream.avail_in = static_cast<uInt>(input.size());
    stream.next_out = reinterpret_cast<Bytef*>(output.data());
    stream.avail_out = static_cast<uInt>(output.size());
    const int result = deflate(&stream, Z_FINISH);
    const uLong produced = stream.total_out;
    deflateEnd(&stream);
    if (result != Z_STREAM_END) {
        return Error{ErrorCode::Internal, QString(), QStringLiteral("deflate returned %1").arg(result)};
    }
    output.truncate(static_cast<qsizetype>(produced));
    return output;
}

} // namespace

Result<void> ZipWriter::add(const QString& name, const QByteArray& content)
{
    auto compressed = deflateRaw(content);
    if (!compressed) {
        return compressed.error();
    }
    Entry entry;
    entry.name = name.toUtf8();
    entry.crc = static_cast<quint32>(
        crc32(0L, reinterpret_cast<const Bytef*>(content.constData()), static_cast<uInt>(content.size())));
    entry.compressedSize = static_cast<quint32>(compressed->size());
    entry.size = static_cast<quint32>(content.size());
    entry.offset = static_cast<quint32>(m_data.size());
    put32(m_data, 0x04034b50);
    put16(m_data, VersionNeeded);
    put16(m_data, FlagUtf8Names);
    put16(m_data, MethodDeflate);
    put16(m_data, DosTime);
    put16(m_data, DosDate);
    put32(m_data, entry.crc);
    put32(m_data, entry.compressedSize);
    put32(m_data, entry.size);
    put16(m_data, static_cast<quint16>(entry.name.size()));
    put16(m_data, 0);
    m_data.append(entry.name);
    m_data.append(*compressed);
    m_entries.append(entry);
    return {};
}

QByteArray ZipWriter::finish()
{
    const quint32 directoryOffset = static_cast<quint32>(m_data.size());
    for (const Entry& entry : m_entries) {
        put32(m_data, 0x02014b50);
        put16(m_data, VersionNeeded);
        put16(m_data, VersionNeeded);
        put16(m_data, FlagUtf8Names);
        put16(m_data, MethodDeflate);
        put16(m_data, DosTime);
        put16(m_data, DosDate);
        put32(m_data, entry.crc);
        put32(m_data, entry.compressedSize);
        put32(m_data, entry.size);
        put16(m_data, static_cast<quint16>(entry.name.size()));
        put16(m_data, 0); // extra
        put16(m_data, 0); // comment
        put16(m_data, 0); // disk
        put16(m_data, 0); // internal attributes
        put32(m_data, 0); // external attributes
        put32(m_data, entry.offset);
        m_data.append(entry.name);
    }
    const quint32 directorySize = static_cast<quint32>(m_data.size()) - directoryOffset;
    put32(m_data, 0x06054b50);
    put16(m_data, 0);
    put16(m_data, 0);
    put16(m_data, static_cast<quint16>(m_entries.size()));
    put16(m_data, static_cast<quint16>(m_entries.size()));
    put32(m_data, directorySize);
    put32(m_data, directoryOffset);
    put16(m_data, 0);
    return m_data;
}

} // namespace vanthu::core
