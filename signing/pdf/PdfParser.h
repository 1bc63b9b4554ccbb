// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/pdf/PdfObject.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace vanthu::signing::pdf
{

/** Where a stream's raw (still encoded) bytes lie in the file. */
struct PdfStreamSpan
{
    qint64 offset = 0;
    qint64 length = 0;
};

/** "N G obj ... endobj" as found in the file: the value, and for streams where the data is. */
struct PdfIndirectObject
{
    PdfRef ref;
    PdfObject value;
    std::optional<PdfStreamSpan> stream;
    qint64 offset = 0;          ///< of the object number
    qint64 end = 0;             ///< just after "endobj" (or after the value if "endobj" is missing)
    bool duplicateKeys = false; ///< a dictionary of the value names a key twice
};

/**
 * A bounded reader of PDF syntax over bytes it does not own. Every failure is reported (error()), never thrown;
 * nesting is limited so a hostile file cannot exhaust the stack, and the items of one array or dictionary so one
 * object cannot take unbounded memory or time. A position outside the data reads as the end of the data.
 */
class PdfParser
{
public:
    static constexpr int maxNesting = 64;
    static constexpr qsizetype maxContainerItems = 1'000'000;

    explicit PdfParser(QByteArrayView data, qint64 position = 0) : m_data(data), m_position(clamped(position))
    {
    }
    /** The parser keeps a view: a temporary byte array would be gone before the first read. */
    explicit PdfParser(QByteArray&& data, qint64 position = 0) = delete;

    [[nodiscard]] qint64 position() const
    {
        return m_position;
    }
    void seek(qint64 position)
    {
        m_position = clamped(position);
    }
    [[nodiscard]] const QString& error() const
    {
        return m_error;
    }
    /** A dictionary read so far named one key twice (readers differ on which value wins). */
    [[nodiscard]] bool duplicateKeys() const
    {
        return m_duplicateKeys;
    }

    /** Reads one value (a reference "N G R" included). */
    [[nodiscard]] std::optional<PdfObject> readObject();
    /**
     * Reads "N G obj <value> [stream...endstream] endobj" at the current position. @p streamLength resolves an
     * indirect /Length (return nullopt when unknown); when the length is missing or wrong, "endstream" is searched.
     */
    template <typename LengthResolver>
    [[nodiscard]] std::optional<PdfIndirectObject> readIndirectObject(LengthResolver&& streamLength);

    /** Skips whitespace and comments. */
    void skipSpace();
    /** Reads a keyword or number token without interpreting it (empty at a delimiter or the end). */
    [[nodiscard]] QByteArrayView readToken();
    /** Reads an unsigned integer token; nullopt (position unchanged) when there is none. */
    [[nodiscard]] std::optional<qint64> readUnsigned();
    /** True and consumes @p keyword if it comes next as a whole token. */
    bool consumeKeyword(QByteArrayView keyword);

    [[nodiscard]] static bool isWhitespace(char c);
    [[nodiscard]] static bool isDelimiter(char c);

private:
    [[nodiscard]] qint64 clamped(qint64 position) const
    {
        return position >= 0 && position <= m_data.size() ? position : m_data.size();
    }
    std::optional<PdfObject> readValue(int depth);
    std::optional<PdfObject> readLiteralString();
    std::optional<PdfObject> readHexString();
    std::optional<PdfObject> readName();
    std::optional<PdfObject> readNumberOrReference();
    std::optional<PdfIndirectObject> finishIndirect(PdfIndirectObject object, std::optional<qint64> declaredLength);
    bool fail(QString message);

    QByteArrayView m_data;
    qint64 m_position = 0;
    QString m_error;
    bool m_duplicateKeys = false;
};

template <typename LengthResolver>
std::optional<PdfIndirectObject> PdfParser::readIndirectObject(LengthResolver&& streamLength)
{
    PdfIndirectObject object;
    skipSpace();
    object.offset = m_position;
    const auto number = readUnsigned();
    const auto generation = number ? readUnsigned() : std::nullopt;
    if (!number || !generation || !consumeKeyword("obj")) {
        fail(QStringLiteral("no 'N G obj' at offset %1").arg(object.offset));
        return std::nullopt;
    }
    if (*number > 0x7fffffff || *generation > 65535) {
        fail(QStringLiteral("object number out of range at offset %1").arg(object.offset));
        return std::nullopt;
    }
    object.ref = PdfRef{static_cast<int>(*number), static_cast<int>(*generation)};
    auto value = readValue(0);
    if (!value) {
        return std::nullopt;
    }
    object.value = std::move(*value);
    object.duplicateKeys = m_duplicateKeys;
    std::optional<qint64> declaredLength;
    if (const PdfObject* length = object.value.find("Length")) {
        if (length->isInteger()) {
            declaredLength = length->integerValue();
        } else if (length->isReference()) {
            declaredLength = streamLength(length->referenceValue());
        }
    }
    return finishIndirect(std::move(object), declaredLength);
}

} // namespace vanthu::signing::pdf
