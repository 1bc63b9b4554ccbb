// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pdf/IncrementalUpdate.h"

#include "signing/pdf/PdfFilters.h"

#include <QCryptographicHash>

namespace vanthu::signing::pdf
{

IncrementalUpdate::IncrementalUpdate(PdfFile& base) : m_base(base), m_nextNumber(base.objectCount())
{
}

PdfRef IncrementalUpdate::allocate()
{
    return PdfRef{m_nextNumber++, 0};
}

void IncrementalUpdate::put(PdfRef ref, PdfObject value)
{
    m_objects[ref.number] = Pending{ref, serialize(value)};
}

void IncrementalUpdate::putStream(PdfRef ref, PdfObject dictionary, QByteArray encoded)
{
    dictionary.set("Length", PdfObject::integer(encoded.size()));
    QByteArray body = serialize(dictionary);
    body.append("\nstream\n").append(encoded).append("\nendstream");
    m_objects[ref.number] = Pending{ref, std::move(body)};
}

void IncrementalUpdate::putSerialized(PdfRef ref, QByteArray body)
{
    m_objects[ref.number] = Pending{ref, std::move(body)};
}

qint64 IncrementalUpdate::bodyOffset(PdfRef ref)
{
    return QByteArray::number(ref.number).size() + 1 + QByteArray::number(ref.generation).size() + 5;
}

namespace
{

/** Trailer keys that describe the document rather than one cross-reference section. */
bool isDocumentTrailerKey(const QByteArray& key)
{
    return key == "Root" || key == "Info" || key == "ID" || key == "Encrypt";
}

QByteArray updatedId(const PdfObject* oldId, const QByteArray& newContent)
{
    const QByteArray second = QCryptographicHash::hash(newContent, QCryptographicHash::Md5);
    if (oldId && oldId->isArray() && !oldId->arrayItems().empty() && oldId->arrayItems()[0].isString()) {
        return serialize(PdfObject::array({oldId->arrayItems()[0], PdfObject::string(second, true)}));
    }
    return serialize(PdfObject::array({PdfObject::string(second, true), PdfObject::string(second, true)}));
}

} // namespace

WrittenUpdate IncrementalUpdate::write() const
{
    WrittenUpdate written;
    const QByteArray& base = m_base.bytes();
    written.appendixStart = base.size();
    QByteArray& out = written.appendix;
    if (!base.endsWith('\n') && !base.endsWith('\r')) {
        out.append('\n');
    }
    for (const auto& [number, pending] : m_objects) {
        written.objectOffsets[number] = written.appendixStart + out.size();
        out.append(QByteArray::number(pending.ref.number))
            .append(' ')
            .append(QByteArray::number(pending.ref.generation))
            .append(" obj\n")
            .append(pending.body)
            .append("\nendobj\n");
    }

    PdfObject trailer = PdfObject::dictionary();
    int size = std::max(m_base.objectCount(), m_nextNumber);
    for (const auto& [key, value] : m_base.trailer().entries()) {
        if (isDocumentTrailerKey(key) && key != "ID") {
            trailer.set(key, value);
        }
    }
    const QByteArray id = updatedId(m_base.trailer().find("ID"), out);
    PdfParser idParser(id);
    trailer.set("ID", *idParser.readObject());
    trailer.set("Prev", PdfObject::integer(m_base.lastXrefOffset()));

    if (!m_base.usesXrefStreams()) {
        written.xrefOffset = written.appendixStart + out.size();
        out.append("xref\n");
        auto entry = m_objects.begin();
        while (entry != m_objects.end()) {
            auto runEnd = entry;
            int count = 0;
            while (runEnd != m_objects.end() && runEnd->first == entry->first + count) {
                ++runEnd;
                ++count;
            }
            out.append(QByteArray::number(entry->first)).append(' ').append(QByteArray::number(count)).append('\n');
            for (auto it = entry; it != runEnd; ++it) {
                out.append(QByteArray::number(written.objectOffsets.at(it->first)).rightJustified(10, '0'))
                    .append(' ')
                    .append(QByteArray::number(it->second.ref.generation).rightJustified(5, '0'))
                    .append(" n\r\n");
            }
            entry = runEnd;
        }
        trailer.entries().insert(trailer.entries().begin(), {"Size", PdfObject::integer(size)});
        out.append("trailer\n").append(serialize(trailer)).append('\n');
    } else {
        // The xref stream is an object of its own and lists itself.
        const int streamNumber = size;
        size += 1;
        written.xrefOffset = written.appendixStart + out.size();
        std::map<int, std::pair<qint64, int>> rows;
        for (const auto& [number, pending] : m_objects) {
            rows[number] = {written.objectOffsets.at(number), pending.ref.generation};
        }
        rows[streamNumber] = {written.xrefOffset, 0};
        const int offsetWidth = written.xrefOffset > 0xffffffffLL ? 8 : 4;
        QByteArray data;
        PdfArray index;
        auto row = rows.begin();
        while (row != rows.end()) {
            auto runEnd = row;
            int count = 0;
            while (runEnd != rows.end() && runEnd->first == row->first + count) {
                ++runEnd;
                ++count;
            }
            index.push_back(PdfObject::integer(row->first));
            index.push_back(PdfObject::integer(count));
            for (auto it = row; it != runEnd; ++it) {
                data.append('\1');
                for (int shift = (offsetWidth - 1) * 8; shift >= 0; shift -= 8) {
                    data.append(static_cast<char>((it->second.first >> shift) & 0xff));
                }
                data.append(static_cast<char>((it->second.second >> 8) & 0xff));
                data.append(static_cast<char>(it->second.second & 0xff));
            }
            row = runEnd;
        }
        const QByteArray encoded = deflate(data);
        PdfObject dictionary = PdfObject::dictionary({
            {"Type", PdfObject::name("XRef")},
            {"Size", PdfObject::integer(size)},
            {"W", PdfObject::array({PdfObject::integer(1), PdfObject::integer(offsetWidth), PdfObject::integer(2)})},
            {"Index", PdfObject::array(std::move(index))},
            {"Filter", PdfObject::name("FlateDecode")},
            {"Length", PdfObject::integer(encoded.size())},
        });
        for (auto& [key, value] : trailer.entries()) {
            dictionary.set(key, value);
        }
        out.append(QByteArray::number(streamNumber))
            .append(" 0 obj\n")
            .append(serialize(dictionary))
            .append("\nstream\n")
            .append(encoded)
            .append("\nendstream\nendobj\n");
    }
    out.append("startxref\n").append(QByteArray::number(written.xrefOffset)).append("\n%%EOF\n");
    return written;
}

} // namespace vanthu::signing::pdf
