// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registers/PdfTextRecognizer.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace vanthu::gui
{

/** A PDF handed in for registration, read once: its bytes, a small image of page 1 and what its text says. */
struct PdfFirstPage
{
    QString path;
    QByteArray bytes;
    QImage preview;
    core::RecognisedDocument recognised;
    QString error; ///< why the file could not be read as a PDF; empty when it could
};

/**
 * Reads @p path, draws page 1 about @p previewWidth pixels wide and recognises its header from the text layer
 * (poppler-qt6). Thread-safe: runs on worker threads, one poppler document per call.
 */
[[nodiscard]] PdfFirstPage readPdfFirstPage(const QString& path, int previewWidth = 220);

} // namespace vanthu::gui
