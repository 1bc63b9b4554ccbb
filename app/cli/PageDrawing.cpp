// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PageDrawing.h"

#include "app/cli/CliContext.h"
#include "common/MappedFile.h"
#include "signing/poppler/PopplerBackend.h"
#include "signing/verify/LimitedProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace vanthu::cli
{
namespace
{

struct PageDrawingText
{
    Q_DECLARE_TR_FUNCTIONS(PageDrawingText)
};

// Enough for the documents a clerk signs; a file with more pages is compared on its first pages and its page count.
constexpr int maxDrawnPages = 200;
constexpr qint64 maxPixelsPerPage = 40'000'000;
const QString indexName = QStringLiteral("pages.txt");

#if defined(__SANITIZE_ADDRESS__)
constexpr bool builtWithAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool builtWithAddressSanitizer = true;
#else
constexpr bool builtWithAddressSanitizer = false;
#endif
#else
constexpr bool builtWithAddressSanitizer = false;
#endif

QString pageFile(int index)
{
    return QStringLiteral("page-%1.ppm").arg(index);
}

Error drawingFailed(const QString& detail)
{
    return Error{ErrorCode::Unsupported, PageDrawingText::tr("The pages could not be drawn."), detail};
}

/** pages.txt: "pages COUNT", then one line per drawn page "INDEX X0 Y0 X1 Y1 ROTATION". */
Result<signing::RenderedDocument> readDrawings(const QString& folder, int dpi)
{
    QFile index(QDir(folder).filePath(indexName));
    if (!index.open(QIODevice::ReadOnly)) {
        return drawingFailed(QStringLiteral("the renderer wrote no page list"));
    }
    signing::RenderedDocument document;
    document.dpi = dpi;
    const QList<QByteArray> lines = index.readAll().split('\n');
    const QList<QByteArray> head = lines.value(0).split(' ');
    if (head.size() != 2 || head[0] != "pages") {
        return drawingFailed(QStringLiteral("the renderer's page list is malformed"));
    }
    document.pageCount = head[1].toInt();
    for (qsizetype line = 1; line < lines.size(); ++line) {
        const QList<QByteArray> words = lines[line].split(' ');
        if (words.size() != 6) {
            continue;
        }
        QFile ppm(QDir(folder).filePath(pageFile(words[0].toInt())));
        if (!ppm.open(QIODevice::ReadOnly)) {
            return drawingFailed(QStringLiteral("a page drawing is missing"));
        }
        auto page = signing::readPpm(ppm.readAll());
        if (!page) {
            return drawingFailed(page.error().detail);
        }
        page->cropBox =
            QRectF(QPointF(words[1].toDouble(), words[2].toDouble()), QPointF(words[3].toDouble(), words[4].toDouble()))
                .normalized();
        page->rotation = words[5].toInt();
        document.pages.append(std::move(*page));
    }
    return document;
}

} // namespace

signing::PageRenderer childPageRenderer(int dpi)
{
    return [dpi](const QByteArray& pdf) -> Result<signing::RenderedDocument> {
        QTemporaryDir folder;
        if (!folder.isValid()) {
            return drawingFailed(QStringLiteral("no temporary folder"));
        }
        const QString input = folder.filePath(QStringLiteral("revision.pdf"));
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.flush()) {
            return drawingFailed(QStringLiteral("the revision could not be written to a temporary file"));
        }
        file.close();
        const QString output = folder.filePath(QStringLiteral("pages"));
        QDir().mkpath(output);
        signing::ProcessLimits limits;
        if constexpr (builtWithAddressSanitizer) {
            limits.addressSpaceBytes = 0; // the child is this very build: its shadow memory alone exceeds any limit
        }
        const signing::LimitedRun run = signing::runLimited(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("render-pages"), QStringLiteral("--dpi"), QString::number(dpi), input, output}, limits);
        if (!run.succeeded()) {
            return drawingFailed(
                QStringLiteral("renderer failed: %1 %2").arg(run.describe(), run.standardError.trimmed()));
        }
        return readDrawings(output, dpi);
    };
}

int runRenderPages(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption dpiOption(QStringLiteral("dpi"), QStringLiteral("Resolution."), QStringLiteral("dpi"),
                                       QStringLiteral("72"));
    parser.addOption(dpiOption);
    if (auto exit = context.parse(parser, QStringLiteral("Draw the pages of a PDF (used by verify --visual)."),
                                  QStringLiteral("FILE FOLDER"))) {
        return *exit;
    }
    const QStringList paths = parser.positionalArguments().mid(1);
    const int dpi = parser.value(dpiOption).toInt();
    if (paths.size() != 2 || dpi < 10 || dpi > 600) {
        return context.usage(QStringLiteral("render-pages FILE FOLDER [--dpi N]"));
    }
    auto backend = signing::popplerBackend();
    if (!backend) {
        return context.fail(backend.error());
    }
    auto file = MappedFile::open(paths[0], 2000LL * 1024 * 1024);
    if (!file) {
        return context.fail(file.error());
    }
    auto drawn = (*backend)->renderPages(file->bytes(), dpi, maxDrawnPages, maxPixelsPerPage);
    if (!drawn) {
        return context.fail(drawn.error());
    }
    const QDir folder(paths[1]);
    QByteArray index = "pages " + QByteArray::number(drawn->pageCount) + '\n';
    for (qsizetype page = 0; page < drawn->pages.size(); ++page) {
        const signing::RenderedPage& drawing = drawn->pages[page];
        QFile out(folder.filePath(pageFile(static_cast<int>(page))));
        const QByteArray ppm = signing::writePpm(drawing);
        if (!out.open(QIODevice::WriteOnly) || out.write(ppm) != ppm.size()) {
            return context.fail(Error{ErrorCode::Io, drawingFailed({}).message, out.fileName()});
        }
        const QRectF& crop = drawing.cropBox;
        index += QByteArray::number(page) + ' ' + QByteArray::number(crop.left(), 'f', 4) + ' '
                 + QByteArray::number(crop.top(), 'f', 4) + ' ' + QByteArray::number(crop.right(), 'f', 4) + ' '
                 + QByteArray::number(crop.bottom(), 'f', 4) + ' ' + QByteArray::number(drawing.rotation) + '\n';
    }
    QFile list(folder.filePath(indexName));
    if (!list.open(QIODevice::WriteOnly) || list.write(index) != index.size()) {
        return context.fail(Error{ErrorCode::Io, drawingFailed({}).message, list.fileName()});
    }
    return ExitOk;
}

} // namespace vanthu::cli
