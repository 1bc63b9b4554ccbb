// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/PdfInspector.h"

#include "signing/pdf/PdfFile.h"
#include "signing/poppler/PopplerBackend.h"

#include <QCoreApplication>

namespace vanthu::signing
{
namespace
{

struct PdfInspectorText
{
    Q_DECLARE_TR_FUNCTIONS(PdfInspectorText)
};

bool hasPdfHeader(const QByteArray& bytes)
{
    // ISO 32000-1 7.5.2 puts the header first; readers accept it within the first 1024 bytes.
    return bytes.left(1024).contains("%PDF-");
}

} // namespace

std::optional<PdfFacts> PdfInspector::quickCount(const QByteArray& pdf, const PdfInspectionLimits& limits)
{
    if (pdf.size() <= limits.maxFileBytes && hasPdfHeader(pdf)) {
        auto file = pdf::PdfFile::open(pdf);
        if (file && !(*file)->isEncrypted()) {
            auto pages = (*file)->pages();
            if (pages && !pages->empty() && pages->size() <= static_cast<std::size_t>(limits.maxPages)) {
                PdfFacts facts;
                facts.pageCount = static_cast<int>(pages->size());
                facts.textRead = false;
                return facts;
            }
        }
    }
    return std::nullopt;
}

Result<PdfFacts> PdfInspector::count(const QByteArray& pdf, const PdfInspectionLimits& limits)
{
    if (auto quick = quickCount(pdf, limits)) {
        return *quick;
    }
    return inspect(pdf, limits);
}

Result<PdfFacts> PdfInspector::inspect(const QByteArray& pdf, const PdfInspectionLimits& limits)
{
    if (pdf.size() > limits.maxFileBytes) {
        return Error{ErrorCode::InvalidInput,
                     PdfInspectorText::tr("The PDF is %1 MB, larger than the %2 MB allowed.")
                         .arg(pdf.size() / (1024 * 1024))
                         .arg(limits.maxFileBytes / (1024 * 1024)),
                     QStringLiteral("size %1").arg(pdf.size())};
    }
    if (!hasPdfHeader(pdf)) {
        return Error{ErrorCode::InvalidInput, PdfInspectorText::tr("The file is not a PDF document."),
                     QStringLiteral("no %PDF- header in the first 1024 bytes")};
    }
    auto backend = popplerBackend();
    if (!backend) {
        return backend.error();
    }
    return (*backend)->inspect(pdf, limits);
}

} // namespace vanthu::signing
