// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace vanthu::signing
{

/** What registration needs to know about a PDF: its page count and its text layer (for full-text search). */
struct PdfFacts
{
    int pageCount = 0;
    /** The text layer of all pages in reading order, NFC, cut at PdfInspectionLimits::maxTextCharacters. */
    QString text;
    bool textTruncated = false;
    /** False from PdfInspector::count(): the text layer was not read (it is read later, by the search indexer). */
    bool textRead = true;
};

/** Bounds that keep a hostile or huge file from exhausting memory or time. */
struct PdfInspectionLimits
{
    qint64 maxFileBytes = 512LL * 1024 * 1024;
    int maxPages = 20000;
    qsizetype maxTextCharacters = 1'000'000;
};

/**
 * Reads page count and text layer of a PDF given as bytes. Never throws.
 * Errors: InvalidInput when the bytes are not a PDF, are damaged beyond repair, are password-protected, or exceed
 * the limits. Thread-safe: each call works on its own document.
 */
class PdfInspector final
{
public:
    [[nodiscard]] static Result<PdfFacts> inspect(const QByteArray& pdf, const PdfInspectionLimits& limits = {});
    /**
     * The page count alone, through the project's own PDF reader (a cross-reference table and the page tree, no
     * content decoded): what registration needs before its commit, about twenty times faster than inspect(). A
     * file that reader refuses, or an encrypted one, goes through inspect(), whose facts (text included) and errors
     * are returned, so the same files are accepted and refused either way.
     */
    [[nodiscard]] static Result<PdfFacts> count(const QByteArray& pdf, const PdfInspectionLimits& limits = {});
    /**
     * count()'s first step alone: the project's own reader, nothing else; nullopt where count() would go on to
     * inspect(). Pure and thread-safe, so a batch can count its files on several threads.
     */
    [[nodiscard]] static std::optional<PdfFacts> quickCount(const QByteArray& pdf,
                                                            const PdfInspectionLimits& limits = {});
};

} // namespace vanthu::signing
