// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "signing/pdf/PdfParser.h"

#include <QByteArray>

#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

namespace vanthu::signing::pdf
{

/** Bounds that keep a hostile file from exhausting memory or time (docs/decisions.md, decision 30). */
struct PdfLimits
{
    qint64 maxFileBytes = 2LL * 1024 * 1024 * 1024 - 1; // QByteArray's own limit
    int maxObjects = 10'000'000; ///< /Size, object numbers, and the xref entries of all sections together
    int maxXrefSections = 4096;  ///< length of the /Prev chain
    qint64 maxDecodedStreamBytes = 256LL * 1024 * 1024; ///< one stream after its filters
    qint64 maxDecodedTotalBytes = 1024LL * 1024 * 1024; ///< all streams one PdfFile decodes, together
    /** Decoded bytes per encoded byte (above 64 KiB): one Flate pass reaches at most 1032, nested passes far more. */
    qint64 maxDecodeRatio = 1100;
    int maxPages = 100'000;     ///< leaves of the page tree; at most twice as many nodes are visited
    int maxReferenceChain = 32; ///< "1 0 R" pointing at "2 0 R" pointing at ...
};

/** One row of a cross-reference section. */
struct XrefEntry
{
    enum class Type
    {
        Free,
        InFile,         ///< location = byte offset
        InObjectStream, ///< location = object stream number, index = position inside it
    };
    Type type = Type::Free;
    qint64 location = 0;
    int generationOrIndex = 0;
};

/** One cross-reference section (a classic table with its trailer, or an xref stream) as written in the file. */
struct XrefSection
{
    qint64 offset = 0; ///< where "xref" or the xref stream object starts
    bool isStream = false;
    PdfObject trailer; ///< the trailer dictionary, or the xref stream's dictionary
    std::map<int, XrefEntry> entries;
    qint64 previous = -1;     ///< /Prev
    qint64 hybridStream = -1; ///< /XRefStm of a hybrid file's classic section
};

/**
 * A PDF file read through its cross-reference chain: the newest section first, then /Prev back to the original.
 * Objects are parsed only when asked for and cached. Nothing here writes; IncrementalUpdate appends to bytes().
 * Not thread-safe (caches).
 */
class PdfFile
{
public:
    /** Errors: InvalidInput when the bytes are not a PDF or the cross-reference chain is damaged or too large. */
    [[nodiscard]] static Result<std::unique_ptr<PdfFile>> open(QByteArray bytes, const PdfLimits& limits = {});

    [[nodiscard]] const QByteArray& bytes() const
    {
        return m_bytes;
    }
    /** The newest trailer (for an xref stream: its dictionary). */
    [[nodiscard]] const PdfObject& trailer() const
    {
        return m_sections.front().trailer;
    }
    /** Newest first. */
    [[nodiscard]] const std::vector<XrefSection>& sections() const
    {
        return m_sections;
    }
    /** The value of the last startxref: what a new section's /Prev must point at. */
    [[nodiscard]] qint64 lastXrefOffset() const
    {
        return m_sections.front().offset;
    }
    /** True when the newest section is an xref stream, so an update must write one too (ISO 32000-1 §7.5.8.4). */
    [[nodiscard]] bool usesXrefStreams() const
    {
        return m_sections.front().isStream;
    }
    /** The trailer's /Size: the first object number free for new objects. */
    [[nodiscard]] int objectCount() const
    {
        return m_objectCount;
    }
    [[nodiscard]] bool isEncrypted() const
    {
        return trailer().find("Encrypt") != nullptr;
    }
    /** The entry in force for @p number (newest section that mentions it), or nullptr. */
    [[nodiscard]] const XrefEntry* entry(int number) const;

    /** The indirect object @p number as currently in force (value and, for streams, where its data lies). */
    [[nodiscard]] Result<const PdfIndirectObject*> indirect(int number);
    /** The value of @p ref; a missing or free object is null, as ISO 32000-1 §7.3.10 says. */
    [[nodiscard]] Result<PdfObject> object(PdfRef ref);
    /** Follows references until a direct value. */
    [[nodiscard]] Result<PdfObject> resolve(const PdfObject& value);
    /** Decoded data of stream object @p number. */
    [[nodiscard]] Result<QByteArray> streamData(int number);

    /** The catalog's reference (/Root). */
    [[nodiscard]] Result<PdfRef> catalogRef() const;
    /** The pages in order, as references to their page objects. */
    [[nodiscard]] Result<std::vector<PdfRef>> pages();

    /** The error every structural failure becomes, with @p detail for the log. */
    [[nodiscard]] static Error damaged(const QString& detail);

private:
    struct ObjectStream
    {
        QByteArray data;
        std::vector<std::pair<int, qint64>> members; ///< object number, offset within data
    };

    PdfFile(QByteArray bytes, PdfLimits limits);
    Result<void> readSections();
    Result<XrefSection> readSectionAt(qint64 offset);
    Result<XrefSection> readClassicSection(qint64 offset);
    Result<XrefSection> readStreamSection(qint64 offset);
    Result<const ObjectStream*> objectStream(int number);
    Result<void> collectPages(const PdfObject& node, int depth, std::vector<PdfRef>& out, std::vector<int>& visiting,
                              int& nodes);
    /** decodeStream within what is left of maxDecodedTotalBytes. */
    std::optional<QByteArray> decode(const PdfIndirectObject& object, QString& error);

    QByteArray m_bytes;
    PdfLimits m_limits;
    std::vector<XrefSection> m_sections;
    std::unordered_map<int, XrefEntry> m_merged;
    int m_objectCount = 0;
    qint64 m_decodedBytes = 0;
    std::unordered_map<int, std::unique_ptr<PdfIndirectObject>> m_objects;
    std::unordered_map<int, std::unique_ptr<ObjectStream>> m_objectStreams;
};

} // namespace vanthu::signing::pdf
