// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/pdf/PdfFile.h"

#include <map>

namespace vanthu::signing::pdf
{

/** The bytes an update appends, and where each object landed (absolute file offsets). */
struct WrittenUpdate
{
    QByteArray appendix;      ///< to be written right after the base file's last byte
    qint64 appendixStart = 0; ///< = base file size
    std::map<int, qint64> objectOffsets;
    qint64 xrefOffset = 0;
};

/**
 * Builds one incremental update (ISO 32000-1 §7.5.6) on top of a PdfFile: only the objects put here are written,
 * then a cross-reference section of the base's own flavour (classic table, or xref stream) whose /Prev points at the
 * base's last section, and a trailer that keeps /Root, /Info and the first /ID string. Nothing is freed and no
 * object number is reused, so every earlier revision stays intact and reconstructible.
 */
class IncrementalUpdate
{
public:
    explicit IncrementalUpdate(PdfFile& base);

    /** A fresh object number, above every number the base has ever used. */
    [[nodiscard]] PdfRef allocate();
    /** Writes @p value as object @p ref (new, or a changed version of an existing object). */
    void put(PdfRef ref, PdfObject value);
    /** Writes a stream object; /Length is set here from @p encoded. */
    void putStream(PdfRef ref, PdfObject dictionary, QByteArray encoded);
    /** Writes object @p ref with an already serialised body (a dictionary whose byte layout the caller controls). */
    void putSerialized(PdfRef ref, QByteArray body);
    /** Where @p number's body starts, relative to the object's own offset ("N G obj\n" precedes it). */
    [[nodiscard]] static qint64 bodyOffset(PdfRef ref);
    [[nodiscard]] bool contains(int number) const
    {
        return m_objects.contains(number);
    }

    /** Serialises the update. */
    [[nodiscard]] WrittenUpdate write() const;

private:
    struct Pending
    {
        PdfRef ref;
        QByteArray body; ///< everything between "N G obj\n" and "\nendobj\n"
    };
    PdfFile& m_base;
    int m_nextNumber = 0;
    std::map<int, Pending> m_objects;
};

} // namespace vanthu::signing::pdf
