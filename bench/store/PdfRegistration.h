// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vanthu::bench
{

/** What registering documents with their own PDFs gave, beside the same PDFs written as bare files. */
struct PdfRegistrationFigures
{
    double documentsPerSecond = 0;
    double bareFilesPerSecond = 0;        ///< each file written and fsynced in turn, then its folder
    double bareBatchedFilesPerSecond = 0; ///< a batch written, one syncfs, as the registration batches its files
    double pdfBytes = 0;                  ///< size of each document's PDF
    double storeBytesPerDocument = 0;     ///< database + blobs, per document
};

/**
 * Registers @p documents documents through the real services, @p batch per transaction, each with a PDF of its own
 * (a real one-page Decree 30 PDF made distinct by a trailing comment) that is read, checked and made durable before
 * its row commits; then writes the same bytes as bare files in @p root. Issue 13's figure.
 */
[[nodiscard]] PdfRegistrationFigures measurePdfRegistration(const QString& root, int documents, int batch);

} // namespace vanthu::bench
