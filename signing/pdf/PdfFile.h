// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/pdf/PdfParser.h"

#include <QByteArray>

#include <atomic>
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
    /** Objects parsed and graph items walked by one task together (a validation of all revisions). */
    qint64 maxWorkUnits = 50'000'000;
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

/** The sections of a chain, newest first; shared with the other views of the same file (see PdfParseCache). */
class XrefSections
{
public:
    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = XrefSection;
        using difference_type = std::ptrdiff_t;
        using pointer = const XrefSection*;
        using reference = const XrefSection&;
        explicit const_iterator(std::vector<std::shared_ptr<const XrefSection>>::const_iterator at) : m_at(at)
        {
        }
        reference operator*() const
        {
            return **m_at;
        }
        pointer operator->() const
        {
            return m_at->get();
        }
        const_iterator& operator++()
        {
            ++m_at;
            return *this;
        }
        friend bool operator==(const const_iterator&, const const_iterator&) = default;

    private:
        std::vector<std::shared_ptr<const XrefSection>>::const_iterator m_at;
    };
    [[nodiscard]] const XrefSection& front() const
    {
        return *m_items.front();
    }
    [[nodiscard]] const XrefSection& back() const
    {
        return *m_items.back();
    }
    [[nodiscard]] const XrefSection& operator[](size_t index) const
    {
        return *m_items[index];
    }
    [[nodiscard]] size_t size() const
    {
        return m_items.size();
    }
    [[nodiscard]] bool empty() const
    {
        return m_items.empty();
    }
    [[nodiscard]] const_iterator begin() const
    {
        return const_iterator(m_items.begin());
    }
    [[nodiscard]] const_iterator end() const
    {
        return const_iterator(m_items.end());
    }
    void push_back(std::shared_ptr<const XrefSection> section)
    {
        m_items.push_back(std::move(section));
    }

private:
    std::vector<std::shared_ptr<const XrefSection>> m_items;
};

/**
 * What several PdfFile views of one file share (the revisions of a signed file are prefixes of its bytes): the
 * cross-reference sections, objects and object streams already parsed, keyed by where they lie in the file, so each
 * is read once however many revisions use it; and one budget of decoded bytes and of work, with a cancel flag, for
 * the whole task (a validation). Not thread-safe: one task, one thread.
 */
class PdfParseCache
{
public:
    explicit PdfParseCache(PdfLimits limits = {}, const std::atomic<bool>* cancel = nullptr)
        : m_limits(limits), m_cancel(cancel)
    {
    }
    [[nodiscard]] const PdfLimits& limits() const
    {
        return m_limits;
    }
    [[nodiscard]] bool cancelled() const
    {
        return m_cancel != nullptr && m_cancel->load(std::memory_order_relaxed);
    }
    /** Counts @p units of work (objects parsed, items walked); false once the budget is spent. */
    bool spend(qint64 units)
    {
        m_work += units;
        return m_work <= m_limits.maxWorkUnits;
    }
    [[nodiscard]] bool exhausted() const
    {
        return m_work > m_limits.maxWorkUnits;
    }

private:
    friend class PdfFile;
    struct ObjectStream
    {
        QByteArray data;
        std::vector<std::pair<int, qint64>> members; ///< object number, offset within data
    };
    PdfLimits m_limits;
    const std::atomic<bool>* m_cancel = nullptr;
    qint64 m_work = 0;
    qint64 m_decodedBytes = 0;
    std::unordered_map<qint64, std::shared_ptr<const XrefSection>> m_sections;      ///< by offset
    std::unordered_map<qint64, std::shared_ptr<PdfIndirectObject>> m_objects;       ///< plain objects by offset
    std::unordered_map<qint64, std::shared_ptr<ObjectStream>> m_objectStreams;      ///< by the container's offset
    std::map<std::pair<qint64, int>, std::shared_ptr<PdfIndirectObject>> m_members; ///< (container offset, number)
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
    /** As open(), sharing what is parsed and the budgets with the other views of @p cache (same file's bytes). */
    [[nodiscard]] static Result<std::unique_ptr<PdfFile>> open(QByteArray bytes, std::shared_ptr<PdfParseCache> cache);
    /**
     * The file as a viewer rebuilds it when its cross-reference data is missing or wrong: every "N G obj" at the
     * start of a line, the later one winning (with a generation not lower), the members of the object streams it
     * finds where no plain object has their number, and the last trailer (classic, or an xref stream's
     * dictionary) that names a /Root, else the last catalog object. Errors: InvalidInput when nothing usable is
     * found.
     */
    [[nodiscard]] static Result<std::unique_ptr<PdfFile>> openRebuilt(QByteArray bytes,
                                                                      std::shared_ptr<PdfParseCache> cache);

    /** True for a view made by openRebuilt(). */
    [[nodiscard]] bool rebuilt() const
    {
        return m_rebuilt;
    }
    /** The entry in force per object number (free ones included), newest section first. */
    [[nodiscard]] const std::unordered_map<int, XrefEntry>& entries() const
    {
        return m_merged;
    }
    /** True when reading an object found a different number or generation at its offset, or none. */
    [[nodiscard]] bool misplacedObjects() const
    {
        return m_misplaced;
    }
    [[nodiscard]] PdfParseCache& cache()
    {
        return *m_cache;
    }

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
    [[nodiscard]] const XrefSections& sections() const
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
    /** The error when the shared work budget is spent (PdfLimits::maxWorkUnits). */
    [[nodiscard]] static Error tooComplex();

private:
    using ObjectStream = PdfParseCache::ObjectStream;

    PdfFile(QByteArray bytes, std::shared_ptr<PdfParseCache> cache);
    Result<void> readSections();
    Result<void> finishEntries();
    Result<std::shared_ptr<const XrefSection>> sectionAt(qint64 offset);
    Result<XrefSection> readSectionAt(qint64 offset);
    Result<XrefSection> readClassicSection(qint64 offset);
    Result<XrefSection> readStreamSection(qint64 offset);
    Result<const ObjectStream*> objectStream(int number);
    Result<std::shared_ptr<PdfIndirectObject>> parseAt(int number, qint64 offset);
    Result<void> collectPages(const PdfObject& node, int depth, std::vector<PdfRef>& out, std::vector<int>& visiting,
                              int& nodes);
    /** decodeStream within what is left of maxDecodedTotalBytes (shared by every view of the cache). */
    std::optional<QByteArray> decode(const PdfIndirectObject& object, QString& error);
    Result<void> rebuildByScanning();

    QByteArray m_bytes;
    std::shared_ptr<PdfParseCache> m_cache;
    const PdfLimits& m_limits;
    XrefSections m_sections;
    std::unordered_map<int, XrefEntry> m_merged;
    int m_objectCount = 0;
    bool m_rebuilt = false;
    bool m_misplaced = false;
    std::unordered_map<int, std::shared_ptr<PdfIndirectObject>> m_objects;
};

} // namespace vanthu::signing::pdf
