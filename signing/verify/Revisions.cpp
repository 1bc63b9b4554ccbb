// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/Revisions.h"

#include "signing/pdf/PdfParser.h"

#include <cstring>

namespace vanthu::signing::verify
{
using namespace pdf;

namespace
{

/** The offset of the next "%%EOF" at or after @p from, or -1 (memmem: the whole file is searched once). */
qsizetype nextEof(const QByteArray& pdf, qsizetype from)
{
    if (from >= pdf.size()) {
        return -1;
    }
    const void* found = memmem(pdf.constData() + from, static_cast<size_t>(pdf.size() - from), "%%EOF", 5);
    return found == nullptr ? -1 : static_cast<const char*>(found) - pdf.constData();
}

std::vector<qint64> findEnds(const QByteArray& pdf)
{
    std::vector<qint64> ends;
    for (qsizetype at = nextEof(pdf, 0); at >= 0; at = nextEof(pdf, at + 5)) {
        qint64 end = at + 5;
        if (end < pdf.size() && pdf[end] == '\r') {
            ++end;
        }
        if (end < pdf.size() && pdf[end] == '\n') {
            ++end;
        }
        ends.push_back(end);
    }
    return ends;
}

/** The position after whitespace and comments from @p offset (at most to @p limit). */
qint64 skipBlank(const QByteArray& bytes, qint64 offset, qint64 limit)
{
    PdfParser parser(QByteArrayView(bytes).first(limit), offset);
    parser.skipSpace();
    return parser.position();
}

} // namespace

Revisions::Revisions(const QByteArray& pdf, std::shared_ptr<PdfParseCache> cache)
    : m_bytes(pdf), m_cache(std::move(cache)), m_ends(findEnds(pdf))
{
}

Result<std::unique_ptr<Revisions>> Revisions::open(const QByteArray& pdf, const PdfLimits& limits,
                                                   const std::atomic<bool>* cancel)
{
    auto cache = std::make_shared<PdfParseCache>(limits, cancel);
    std::unique_ptr<Revisions> revisions(new Revisions(pdf, cache));
    auto opened = PdfFile::open(pdf, cache);
    if (!opened) {
        if (opened.error().code != ErrorCode::InvalidInput) {
            return opened.error();
        }
        // Viewers open such files by rebuilding them, so the validator judges what they then show.
        auto rebuilt = PdfFile::openRebuilt(pdf, cache);
        if (!rebuilt) {
            return opened.error();
        }
        opened = std::move(rebuilt);
    }
    revisions->m_final = std::move(*opened);
    return revisions;
}

PdfFile* Revisions::rebuiltFinal()
{
    if (m_final->rebuilt()) {
        return m_final.get();
    }
    if (!m_rebuilt) {
        auto rebuilt = PdfFile::openRebuilt(m_bytes, m_cache);
        m_rebuilt = rebuilt ? std::move(*rebuilt) : nullptr;
    }
    return m_rebuilt->get();
}

std::optional<qint64> Revisions::revisionCoveredBy(qint64 signedEnd) const
{
    for (auto it = m_ends.rbegin(); it != m_ends.rend(); ++it) {
        const qint64 end = *it;
        if (end > signedEnd) {
            // An EOL right after "%%EOF" may lie just outside the range: the revision is still covered whole.
            const qint64 eof = m_bytes.lastIndexOf("%%EOF", end - 1) + 5;
            if (eof <= signedEnd) {
                return end;
            }
            continue;
        }
        // Between that revision's end and the end of the signed bytes only whitespace and comments may lie.
        return skipBlank(m_bytes, end, signedEnd) >= signedEnd ? std::optional<qint64>(end) : std::nullopt;
    }
    return std::nullopt;
}

bool Revisions::onlyCommentsAfter(qint64 offset) const
{
    return skipBlank(m_bytes, offset, m_bytes.size()) >= m_bytes.size();
}

Result<PdfFile*> Revisions::revision(qint64 end)
{
    if (end >= m_bytes.size() && !m_final->rebuilt()) {
        return m_final.get();
    }
    if (const auto opened = m_revisions.find(end); opened != m_revisions.end()) {
        return opened->second.get();
    }
    if (const auto failed = m_failures.find(end); failed != m_failures.end()) {
        return failed->second;
    }
    auto opened = PdfFile::open(QByteArray::fromRawData(m_bytes.constData(), end), m_cache); // a view, not a copy
    if (!opened) {
        m_failures.emplace(end, opened.error());
        return opened.error();
    }
    PdfFile* result = opened->get();
    m_revisions.emplace(end, std::move(*opened));
    return result;
}

} // namespace vanthu::signing::verify
