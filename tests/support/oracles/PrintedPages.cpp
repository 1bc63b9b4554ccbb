// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/oracles/PrintedPages.h"

#include "tests/support/oracles/ToolRunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace vanthu::test
{

PdfInfo pdfinfo(const QString& path)
{
    const ToolRun run = runTool(QStringLiteral("pdfinfo"), {path});
    PdfInfo info;
    if (!run.succeeded()) {
        return info;
    }
    const QString out = QString::fromUtf8(run.standardOutput);
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)")).match(out);
    info.pages = pages.hasMatch() ? pages.captured(1).toInt() : 0;
    if (size.hasMatch()) {
        info.pageSize = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    }
    return info;
}

double inkShare(const QString& path, int page, int dpi)
{
    QTemporaryDir folder;
    const QString prefix = folder.filePath(QStringLiteral("page"));
    const ToolRun run =
        runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-gray"), QStringLiteral("-r"), QString::number(dpi),
                                             QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                             QString::number(page), QStringLiteral("-singlefile"), path, prefix});
    if (!run.succeeded()) {
        return 0.0;
    }
    // A binary PGM: "P5", width, height, maximum value, then one byte per pixel.
    const QByteArray pgm = readBytes(prefix + QStringLiteral(".pgm"));
    const QRegularExpressionMatch header = QRegularExpression(QStringLiteral("^P5\\s+(\\d+)\\s+(\\d+)\\s+255\\s"))
                                               .match(QString::fromLatin1(pgm.left(64)));
    if (!header.hasMatch()) {
        return 0.0;
    }
    const qsizetype pixels = header.captured(1).toLongLong() * header.captured(2).toLongLong();
    const QByteArray data = pgm.mid(header.capturedLength(0));
    if (pixels <= 0 || data.size() < pixels) {
        return 0.0;
    }
    qsizetype dark = 0;
    for (qsizetype index = 0; index < pixels; ++index) {
        dark += static_cast<unsigned char>(data.at(index)) < 128 ? 1 : 0;
    }
    return static_cast<double>(dark) / static_cast<double>(pixels);
}

} // namespace vanthu::test
