// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DroppedFiles.h"

#include <QMimeData>
#include <QUrl>

namespace vanthu::gui
{

QStringList droppedPdfFiles(const QMimeData* data)
{
    QStringList files;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            files.append(url.toLocalFile());
        }
    }
    return files;
}

} // namespace vanthu::gui
