// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/oracles/PdftoppmRenderer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <map>

namespace vanthu::test
{
namespace
{

Error rendererFailed(const QString& detail)
{
    return Error{ErrorCode::Unsupported, QStringLiteral("The pages could not be drawn."),
                 QStringLiteral("renderer failed: ") + detail};
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct PageGeometry
{
    QRectF cropBox;
    int rotation = 0;
};

/** pdfinfo -box: "Pages: N", and per page "Page    1 rot:  90" and "Page    1 CropBox: x0 y0 x1 y1". */
std::map<int, PageGeometry> readGeometry(const QString& text, int& pageCount)
{
    std::map<int, PageGeometry> pages;
    static const QRegularExpression count(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    static const QRegularExpression rotation(QStringLiteral("^Page\\s+(\\d+) rot:\\s+(-?\\d+)"),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression crop(
        QStringLiteral("^Page\\s+(\\d+) CropBox:\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch counted = count.match(text);
    pageCount = counted.hasMatch() ? counted.captured(1).toInt() : 0;
    for (auto match = rotation.globalMatch(text); match.hasNext();) {
        const auto found = match.next();
        pages[found.captured(1).toInt() - 1].rotation = ((found.captured(2).toInt() % 360) + 360) % 360;
    }
    for (auto match = crop.globalMatch(text); match.hasNext();) {
        const auto found = match.next();
        pages[found.captured(1).toInt() - 1].cropBox =
            QRectF(QPointF(found.captured(2).toDouble(), found.captured(3).toDouble()),
                   QPointF(found.captured(4).toDouble(), found.captured(5).toDouble()))
                .normalized();
    }
    return pages;
}

} // namespace

bool pdftoppmAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

Result<signing::RenderedDocument> renderWithPdftoppm(const QByteArray& pdf, const PdftoppmOptions& options)
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdftoppm.isEmpty() || pdfinfo.isEmpty()) {
        return rendererFailed(QStringLiteral("pdftoppm or pdfinfo is not installed"));
    }
    QTemporaryDir folder;
    const QString input = folder.filePath(QStringLiteral("revision.pdf"));
    QFile file(input);
    if (!folder.isValid() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.flush()) {
        return rendererFailed(QStringLiteral("cannot write a temporary file"));
    }
    file.close();
    const QString last = QString::number(options.maxPages);
    const QString infoPath = folder.filePath(QStringLiteral("info.txt"));
    const signing::LimitedRun info = signing::runLimited(
        pdfinfo, {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), last, QStringLiteral("-box"), input},
        options.limits, infoPath);
    if (!info.succeeded()) {
        return rendererFailed(QStringLiteral("pdfinfo: ") + info.describe());
    }
    const QString prefix = folder.filePath(QStringLiteral("page"));
    const signing::LimitedRun drawing = signing::runLimited(
        pdftoppm,
        {QStringLiteral("-r"), QString::number(options.dpi), QStringLiteral("-cropbox"), QStringLiteral("-forcenum"),
         QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), last, input, prefix},
        options.limits);
    if (!drawing.succeeded()) {
        return rendererFailed(QStringLiteral("pdftoppm: ") + drawing.describe());
    }
    signing::RenderedDocument document;
    document.dpi = options.dpi;
    const std::map<int, PageGeometry> geometry =
        readGeometry(QString::fromUtf8(fileBytes(infoPath)), document.pageCount);
    // pdftoppm pads the page number to the width of the last page's: page-1.ppm, or page-01.ppm ... page-12.ppm.
    const QStringList drawings = QDir(folder.path()).entryList({QStringLiteral("page-*.ppm")}, QDir::Files, QDir::Name);
    if (drawings.size() != std::min(document.pageCount, options.maxPages)) {
        return rendererFailed(
            QStringLiteral("pdftoppm drew %1 of %2 pages").arg(drawings.size()).arg(document.pageCount));
    }
    for (qsizetype index = 0; index < drawings.size(); ++index) {
        auto page = signing::readPpm(fileBytes(folder.filePath(drawings[index])));
        if (!page) {
            return rendererFailed(page.error().detail);
        }
        const auto found = geometry.find(static_cast<int>(index));
        if (found == geometry.end()) {
            return rendererFailed(QStringLiteral("pdfinfo gave no box for page %1").arg(index + 1));
        }
        page->cropBox = found->second.cropBox;
        page->rotation = found->second.rotation;
        document.pages.append(std::move(*page));
    }
    return document;
}

signing::PageRenderer pdftoppmRenderer(const PdftoppmOptions& options)
{
    return [options](const QByteArray& pdf) {
        return renderWithPdftoppm(pdf, options);
    };
}

} // namespace vanthu::test
