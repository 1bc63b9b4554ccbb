// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pdf/PdfFilters.h"

#include <zlib.h>

#include <cstdlib>

namespace vanthu::signing::pdf
{
namespace
{

std::optional<QByteArray> inflate(QByteArrayView raw, qint64 maxOutput, QString& error)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK) {
        error = QStringLiteral("zlib initialisation failed");
        return std::nullopt;
    }
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.data()));
    stream.avail_in = static_cast<uInt>(raw.size());
    constexpr qint64 chunk = 64 * 1024;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (out.size() >= maxOutput) {
            inflateEnd(&stream);
            error = QStringLiteral("stream decodes to more than %1 bytes").arg(maxOutput);
            return std::nullopt;
        }
        const qint64 before = out.size();
        const qint64 room = std::min(chunk, maxOutput - before);
        out.resize(before + room);
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + before);
        stream.avail_out = static_cast<uInt>(room);
        status = ::inflate(&stream, Z_NO_FLUSH);
        out.resize(before + room - stream.avail_out);
        if (status == Z_BUF_ERROR && stream.avail_in == 0) {
            break; // truncated but what came out is usable, as every reader accepts
        }
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            inflateEnd(&stream);
            error = QStringLiteral("corrupt deflate data (zlib %1)").arg(status);
            return std::nullopt;
        }
    }
    inflateEnd(&stream);
    // Decoded object streams stay in the parse cache for the whole validation: keep their bytes, not the last chunk.
    if (out.capacity() - out.size() > 4096) {
        out.squeeze();
    }
    return out;
}

std::optional<QByteArray> unpredict(const QByteArray& data, const PdfObject* parameters, QString& error)
{
    const PdfObject* predictorObject = parameters ? parameters->find("Predictor") : nullptr;
    const qint64 predictor = predictorObject && predictorObject->isInteger() ? predictorObject->integerValue() : 1;
    if (predictor == 1) {
        return data;
    }
    auto integerParameter = [parameters](const char* key, qint64 fallback) {
        const PdfObject* value = parameters->find(key);
        return value && value->isInteger() ? value->integerValue() : fallback;
    };
    const qint64 columns = integerParameter("Columns", 1);
    const qint64 colors = integerParameter("Colors", 1);
    const qint64 bits = integerParameter("BitsPerComponent", 8);
    if (columns < 1 || columns > 1'000'000 || colors < 1 || colors > 32
        || (bits != 1 && bits != 2 && bits != 4 && bits != 8 && bits != 16)) {
        error = QStringLiteral("unsupported predictor parameters");
        return std::nullopt;
    }
    const qint64 bytesPerPixel = std::max<qint64>(1, colors * bits / 8);
    const qint64 rowBytes = (columns * colors * bits + 7) / 8;
    if (predictor == 2) {
        if (bits != 8) {
            error = QStringLiteral("TIFF predictor with %1 bits is not supported").arg(bits);
            return std::nullopt;
        }
        QByteArray out = data;
        for (qint64 row = 0; row + rowBytes <= out.size(); row += rowBytes) {
            for (qint64 i = bytesPerPixel; i < rowBytes; ++i) {
                out[row + i] = static_cast<char>(out[row + i] + out[row + i - bytesPerPixel]);
            }
        }
        return out;
    }
    if (predictor < 10 || predictor > 15) {
        error = QStringLiteral("unknown predictor %1").arg(predictor);
        return std::nullopt;
    }
    QByteArray out;
    out.reserve(data.size());
    // Only the bytes present are decoded: a huge /Columns over a few bytes must not allocate rows of its size.
    const qint64 bufferBytes = std::min<qint64>(rowBytes, data.size());
    QByteArray previous(bufferBytes, '\0');
    QByteArray current(bufferBytes, '\0');
    for (qint64 position = 0; position < data.size(); position += rowBytes + 1) {
        const auto filter = static_cast<unsigned char>(data[position]);
        const qint64 available = std::min(rowBytes, data.size() - position - 1);
        for (qint64 i = 0; i < available; ++i) {
            const auto raw = static_cast<unsigned char>(data[position + 1 + i]);
            const int left = i >= bytesPerPixel ? static_cast<unsigned char>(current[i - bytesPerPixel]) : 0;
            const int up = static_cast<unsigned char>(previous[i]);
            const int upLeft = i >= bytesPerPixel ? static_cast<unsigned char>(previous[i - bytesPerPixel]) : 0;
            int value = raw;
            switch (filter) {
            case 0:
                break;
            case 1:
                value = raw + left;
                break;
            case 2:
                value = raw + up;
                break;
            case 3:
                value = raw + (left + up) / 2;
                break;
            case 4: {
                const int estimate = left + up - upLeft;
                const int distanceLeft = std::abs(estimate - left);
                const int distanceUp = std::abs(estimate - up);
                const int distanceUpLeft = std::abs(estimate - upLeft);
                const int paeth = distanceLeft <= distanceUp && distanceLeft <= distanceUpLeft ? left
                                  : distanceUp <= distanceUpLeft                               ? up
                                                                                               : upLeft;
                value = raw + paeth;
                break;
            }
            default:
                error = QStringLiteral("bad PNG row filter %1").arg(filter);
                return std::nullopt;
            }
            current[i] = static_cast<char>(value & 0xff);
        }
        out.append(current.constData(), available);
        std::swap(previous, current);
    }
    return out;
}

} // namespace

std::optional<QByteArray> decodeStream(const PdfObject& dictionary, QByteArrayView raw, qint64 maxOutput,
                                       QString& error)
{
    const PdfObject* filter = dictionary.find("Filter");
    const PdfObject* parameters = dictionary.find("DecodeParms");
    PdfArray filters;
    PdfArray parameterList;
    if (filter && filter->isName()) {
        filters.push_back(*filter);
        parameterList.push_back(parameters ? *parameters : PdfObject());
    } else if (filter && filter->isArray()) {
        filters = filter->arrayItems();
        if (parameters && parameters->isArray()) {
            parameterList = parameters->arrayItems();
        }
    } else if (filter && !filter->isNull()) {
        error = QStringLiteral("malformed /Filter");
        return std::nullopt;
    }
    QByteArray data = raw.toByteArray();
    if (data.size() > maxOutput) {
        error = QStringLiteral("stream longer than %1 bytes").arg(maxOutput);
        return std::nullopt;
    }
    for (size_t i = 0; i < filters.size(); ++i) {
        const PdfObject& name = filters[i];
        const PdfObject* parameter =
            i < parameterList.size() && parameterList[i].isDictionary() ? &parameterList[i] : nullptr;
        if (name.isName("FlateDecode") || name.isName("Fl")) {
            auto inflated = inflate(data, maxOutput, error);
            if (!inflated) {
                return std::nullopt;
            }
            auto plain = unpredict(*inflated, parameter, error);
            if (!plain) {
                return std::nullopt;
            }
            data = std::move(*plain);
        } else {
            error = QStringLiteral("filter /%1 is not supported here").arg(QString::fromLatin1(name.bytes()));
            return std::nullopt;
        }
    }
    return data;
}

QByteArray deflate(QByteArrayView data)
{
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    QByteArray out(static_cast<qsizetype>(size), '\0');
    compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.data()),
              static_cast<uLong>(data.size()), Z_DEFAULT_COMPRESSION);
    out.resize(static_cast<qsizetype>(size));
    return out;
}

} // namespace vanthu::signing::pdf
