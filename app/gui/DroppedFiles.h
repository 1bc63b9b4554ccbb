// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QMimeData;

namespace vanthu::gui
{

/** The local PDF files (by their .pdf name) in a drag and drop; what every window that takes PDFs accepts. */
[[nodiscard]] QStringList droppedPdfFiles(const QMimeData* data);

} // namespace vanthu::gui
