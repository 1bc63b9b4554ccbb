// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/poppler/PopplerTextReader.h"

#include <QCoreApplication>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <mutex>

namespace vanthu::signing::pdf
{
namespace
{

struct PdfInspectorText
{
    Q_DECLARE_TR_FUNCTIONS(PdfInspectorText)
};

void discardPopplerMessage(const std::string&, void*)
{
    // Poppler prints parser complaints about damaged files to stderr; they may quote file content, so they are
    // dropped rather than logged.
}

void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function(discardPopplerMessage, nullptr); });
}

Error notReadable(const QString& detail)
{
    return Error{
        ErrorCode::InvalidInput,
        PdfInspectorText::tr("The file is not a readable PDF document. Check that it is a PDF and is not damaged."),
        detail};
}

} // namespace

Result<PdfFacts> readWithPoppler(const QByteArray& pdf, const PdfInspectionLimits& limits)
{
    silencePoppler();
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(pdf.constData(), static_cast<int>(pdf.size())));
    if (!document) {
        return notReadable(QStringLiteral("poppler could not load the document"));
    }
    if (document->is_locked()) {
        return Error{ErrorCode::InvalidInput,
                     PdfInspectorText::tr("The PDF is protected by a password. Register an unprotected copy."),
                     QStringLiteral("document is locked")};
    }
    const int pageCount = document->pages();
    if (pageCount <= 0) {
        return notReadable(QStringLiteral("document has no pages"));
    }
    if (pageCount > limits.maxPages) {
        return Error{
            ErrorCode::InvalidInput,
            PdfInspectorText::tr("The PDF has %1 pages, more than the %2 allowed.").arg(pageCount).arg(limits.maxPages),
            QStringLiteral("page count %1").arg(pageCount)};
    }
    PdfFacts facts;
    facts.pageCount = pageCount;
    for (int index = 0; index < pageCount; ++index) {
        std::unique_ptr<poppler::page> page(document->create_page(index));
        if (!page) {
            continue;
        }
        const poppler::byte_array utf8 = page->text().to_utf8();
        const QString pageText = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
        if (!facts.text.isEmpty()) {
            facts.text.append(QLatin1Char('\n'));
        }
        facts.text.append(pageText);
        if (facts.text.size() > limits.maxTextCharacters) {
            facts.text.truncate(limits.maxTextCharacters);
            facts.textTruncated = true;
            break;
        }
    }
    facts.text = facts.text.normalized(QString::NormalizationForm_C);
    return facts;
}

} // namespace vanthu::signing::pdf
