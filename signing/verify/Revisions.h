// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/pdf/PdfFile.h"

#include <QByteArray>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace vanthu::signing::verify
{

/**
 * Every revision of one signed file, each opened once: the views share one PdfParseCache, so an object or a
 * cross-reference section is parsed once however many revisions and signatures use it, and one decoding and work
 * budget (with the caller's cancel flag) bounds the whole validation. Revisions are found from the file itself
 * (every "%%EOF"), not only through /Prev. Not thread-safe.
 */
class Revisions
{
public:
    /** The final file is opened through its cross-reference data, or rebuilt by scanning when that is broken. */
    [[nodiscard]] static Result<std::unique_ptr<Revisions>> open(const QByteArray& pdf, const pdf::PdfLimits& limits,
                                                                 const std::atomic<bool>* cancel);

    [[nodiscard]] const QByteArray& bytes() const
    {
        return m_bytes;
    }
    /** The file as a viewer reads it: through its cross-reference data, or rebuilt when that is broken. */
    [[nodiscard]] pdf::PdfFile& final()
    {
        return *m_final;
    }
    /** The final file rebuilt by scanning, as a viewer does when an entry is wrong; nullptr when that fails. */
    [[nodiscard]] pdf::PdfFile* rebuiltFinal();
    /** The final view needed rebuilding: its cross-reference data is missing, unparseable, or points wrongly. */
    [[nodiscard]] bool finalNeedsRebuilding() const
    {
        return m_final->rebuilt() || m_final->misplacedObjects();
    }

    /** Offsets just after each "%%EOF" (and one EOL), ascending. */
    [[nodiscard]] const std::vector<qint64>& ends() const
    {
        return m_ends;
    }
    /**
     * The revision a signature whose signed bytes end at @p signedEnd covers whole (signing.md §4 rule 5): the one
     * whose "%%EOF" lies before it with nothing but whitespace and comments in between, nor any later revision's
     * content. Returns the end offset of that revision's "%%EOF" line, or nullopt.
     */
    [[nodiscard]] std::optional<qint64> revisionCoveredBy(qint64 signedEnd) const;
    /** True when only whitespace and comments follow @p offset to the end of the file. */
    [[nodiscard]] bool onlyCommentsAfter(qint64 offset) const;

    /** The revision ending at @p end (a prefix view of the bytes), opened once; an error when it cannot be read. */
    [[nodiscard]] Result<pdf::PdfFile*> revision(qint64 end);

    [[nodiscard]] pdf::PdfParseCache& cache()
    {
        return *m_cache;
    }

private:
    Revisions(const QByteArray& pdf, std::shared_ptr<pdf::PdfParseCache> cache);

    QByteArray m_bytes;
    std::shared_ptr<pdf::PdfParseCache> m_cache;
    std::vector<qint64> m_ends;
    std::unique_ptr<pdf::PdfFile> m_final;
    std::optional<std::unique_ptr<pdf::PdfFile>> m_rebuilt;
    std::map<qint64, std::unique_ptr<pdf::PdfFile>> m_revisions;
    std::map<qint64, Error> m_failures;
};

} // namespace vanthu::signing::verify
