// SPDX-License-Identifier: GPL-3.0-or-later
// bench/app: figures of the desktop application, measured in this process on the offscreen platform.
//   --measure open-pdf (the default): a ~10 MB PDF signed once, from openFile() to its first page drawn, in two
//   ways: the whole DocumentViewer (reading, poppler, drawing, with the signature check starting beside it on the
//   other core) and PdfView alone (read, open, draw); beside them poppler's own pdftoppm drawing page 1 at the same
//   96 dpi (one process run, start to exit). Interleaved, median of N runs after one warm-up each; every run's page
//   is checked to hold ink, so that a fast run is an honest one. Target of issue 5: ≤ 300 ms.
//   --measure cold-start: the application started until its main window is painted with the register's first rows
//   (VANTHU_EXIT_WHEN_READY), on a demo workspace or --workspace, beside the same binary showing an empty window.
//   --measure register-order: ordering the largest incoming register of --workspace by each column (what a click on
//   a header costs, off the GUI thread), beside number order (an index walk without sorting: the floor).
//   vanthu-bench-app [--measure open-pdf] [--runs N] [--megabytes MB] [--dir FOLDER] [--cli PATH] [--source ROOT]
#include "app/gui/viewer/DocumentViewer.h"
#include "app/gui/viewer/PdfDocument.h"
#include "app/gui/viewer/PdfView.h"
#include "bench/common/BenchSupport.h"
#include "bench/common/Spawn.h"
#include "core/Workspace.h"
#include "core/registers/RegisterListing.h"
#include "core/registers/RegisterService.h"

#include <poppler-version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <array>

using namespace vanthu;
using namespace vanthu::bench;

namespace
{

constexpr int TimeoutMilliseconds = 60000;
/** The resolution of every drawing compared: pdftoppm's -r and the view's zoom on a 96 dpi screen. */
constexpr int Dpi = 96;

/** True when @p image has a dark pixel: page 1 of the input holds text. */
bool hasInk(const QImage& image)
{
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (qGray(image.pixel(x, y)) < 128) {
                return true;
            }
        }
    }
    return false;
}

/** Runs the event loop until page 1 of @p view is drawn; aborts after a minute. */
void waitForFirstPage(gui::PdfView& view, const char* what)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] { loop.exit(1); });
    const auto connection = QObject::connect(&view, &gui::PdfView::pageDrawn, &loop, [&](int page) {
        if (page == 0) {
            loop.exit(0);
        }
    });
    timeout.start(TimeoutMilliseconds);
    const int status = view.isDrawn(0) ? 0 : loop.exec();
    QObject::disconnect(connection);
    if (status != 0) {
        abortWith(QStringLiteral("%1: page 1 was not drawn within a minute").arg(QString::fromLatin1(what)));
    }
    if (!hasInk(view.pageImage(0))) {
        abortWith(QStringLiteral("%1: page 1 was drawn blank").arg(QString::fromLatin1(what)));
    }
}

/** The pages of the previous run and any signature check still going are gone before the clock starts. */
void settle(gui::DocumentViewer& viewer, gui::PdfView& view)
{
    viewer.closeDocument();
    view.setDocument(nullptr);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
}

double openInViewer(gui::DocumentViewer& viewer, gui::PdfView& alone, const QString& file)
{
    settle(viewer, alone);
    QElapsedTimer clock;
    clock.start();
    viewer.openFile(file);
    waitForFirstPage(*viewer.pdfView(), "DocumentViewer");
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

double openInView(gui::DocumentViewer& viewer, gui::PdfView& alone, const QString& file)
{
    settle(viewer, alone);
    QElapsedTimer clock;
    clock.start();
    auto bytes = gui::PdfDocument::readFile(file);
    if (!bytes) {
        abortWith(bytes.error().message);
    }
    auto document = gui::PdfDocument::open(*bytes);
    if (!document) {
        abortWith(document.error().message);
    }
    alone.setDocument(*document);
    waitForFirstPage(alone, "PdfView");
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

double openInPdftoppm(const Setup& setup, const QString& file)
{
    const QString prefix = setup.path(QStringLiteral("pdftoppm-page"));
    const double ms = timedRun(setup, "pdftoppm",
                               {QStringLiteral("pdftoppm"), QStringLiteral("-f"), QStringLiteral("1"),
                                QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-r"), QString::number(Dpi),
                                QStringLiteral("-singlefile"), file, prefix},
                               false);
    if (QFileInfo(prefix + QStringLiteral(".ppm")).size() == 0) {
        abortWith(QStringLiteral("pdftoppm wrote no page"));
    }
    return ms;
}

void measureOpenPdf(Setup& setup, int runs, int megabytes)
{
    const QString big = setup.path(QStringLiteral("big-%1mb.pdf").arg(megabytes));
    makeBigPdf(setup, big, megabytes);
    makeKeys(setup);
    const QString file = setup.path(QStringLiteral("signed-big.pdf"));
    QFile::remove(file);
    (void)timedRun(setup, "vanthu-cli sign",
                   {setup.cli, QStringLiteral("sign"), QStringLiteral("--in"), big, QStringLiteral("--out"), file,
                    QStringLiteral("--p12"), setup.p12},
                   true);

    gui::DocumentViewer viewer;
    viewer.resize(1280, 900);
    viewer.show();
    gui::PdfView alone;
    alone.resize(900, 900);
    alone.show();
    QCoreApplication::processEvents();
    const double zoom = Dpi / double(viewer.pdfView()->logicalDpiX());
    viewer.pdfView()->setZoom(zoom);
    alone.setZoom(zoom);

    auto probe = gui::PdfDocument::readFile(file);
    const int pages = probe ? (*gui::PdfDocument::open(*probe))->pageCount() : 0;
    line("input: %s, %lld bytes, %d pages: make-test-pdfs big %d (lo-2pages.pdf, then pages of incompressible "
         "images), signed once by vanthu-cli (invisible); page 1 is text",
         qPrintable(QFileInfo(file).fileName()), static_cast<long long>(QFileInfo(file).size()), pages, megabytes);
    line("drawn at %d dpi everywhere (zoom %.2f on a %d dpi offscreen screen, device pixel ratio %.1f); the file is "
         "in the page cache for every tool (warm)",
         Dpi, zoom, viewer.pdfView()->logicalDpiX(), viewer.pdfView()->devicePixelRatioF());
    line("");

    const std::array<const char*, 3> names{"DocumentViewer", "PdfView alone", "pdftoppm (peer)"};
    const std::array<const char*, 3> notes{
        "openFile() to page 1 drawn; the signature check starts beside it",
        "read, poppler open, page 1 drawn on the render thread, back on the GUI thread",
        "-f 1 -l 1 -r 96: one process, start to exit, PPM written"};
    const std::vector<Timing> timings = interleave(runs, names.size(), [&](std::size_t index) {
        switch (index) {
        case 0:
            return openInViewer(viewer, alone, file);
        case 1:
            return openInView(viewer, alone, file);
        default:
            return openInPdftoppm(setup, file);
        }
    });
    settle(viewer, alone);
    line("median (min-max) from opening to the first page drawn:");
    for (std::size_t index = 0; index < names.size(); ++index) {
        line("  %-16s %-26s %s", names.at(index), qPrintable(timingText(timings.at(index), 1, "ms")), notes.at(index));
    }
    const double median = timings.at(0).median;
    line("ratio (medians): DocumentViewer / pdftoppm %.2fx", median / timings.at(2).median);
    line("target ≤ 300 ms: %s (DocumentViewer %.1f ms)", median <= 300 ? "met" : "NOT met", median);
}

/** One start of the desktop application until it reports its main window painted ("ready"), wall time. */
double startOnce(const Setup& setup, const QStringList& command)
{
    // Its own settings folder: the demo defaults the application writes never touch the person's settings.
    const QByteArrayList environment{QByteArrayLiteral("QT_QPA_PLATFORM=offscreen"),
                                     QByteArrayLiteral("VANTHU_EXIT_WHEN_READY=1"),
                                     "XDG_CONFIG_HOME=" + setup.path(QStringLiteral("config")).toUtf8(),
                                     "XDG_DATA_HOME=" + setup.path(QStringLiteral("data")).toUtf8()};
    const Spawned run = spawnAndWait(command, setup.log, environment);
    if (!run.startError.isEmpty() || run.exitCode != 0 || !readText(setup.log).contains(QLatin1String("ready"))) {
        abortWith(QStringLiteral("%1 did not start (exit %2): %3")
                      .arg(command.join(QLatin1Char(' ')))
                      .arg(run.exitCode)
                      .arg(run.startError.isEmpty() ? readText(setup.log) : run.startError));
    }
    return run.milliseconds;
}

void measureColdStart(Setup& setup, int runs, QString workspace, double targetMs)
{
    if (workspace.isEmpty()) {
        workspace = setup.path(QStringLiteral("demo-workspace"));
        if (!QFileInfo::exists(workspace + QStringLiteral("/vanthu.db"))) {
            (void)timedRun(setup, "vanthu-cli demo",
                           {setup.cli, QStringLiteral("demo"), QStringLiteral("--workspace"), workspace}, false);
        }
    }
    const QString app = QStringLiteral(VANTHU_BENCH_APP);
    line("workspace: %s (%lld bytes of database); the application and its libraries are in the page cache after the "
         "warm-up (a second start, as people start it)",
         qPrintable(workspace), static_cast<long long>(QFileInfo(workspace + QStringLiteral("/vanthu.db")).size()));
    line("");
    const std::array<const char*, 2> names{"vanthu", "empty window (floor)"};
    const std::array<const char*, 2> notes{
        "exec to the main window painted with the incoming register's first rows",
        "the same binary and libraries showing an empty QMainWindow: what any Qt Widgets window costs"};
    const std::vector<Timing> timings = interleave(runs, names.size(), [&](std::size_t index) {
        return index == 0 ? startOnce(setup, {app, QStringLiteral("--workspace"), workspace})
                          : startOnce(setup, {app, QStringLiteral("--startup-floor")});
    });
    line("median (min-max), process start to a usable window:");
    for (std::size_t index = 0; index < names.size(); ++index) {
        line("  %-22s %-26s %s", names.at(index), qPrintable(timingText(timings.at(index), 1, "ms")), notes.at(index));
    }
    const double median = timings.at(0).median;
    line("above the floor: %.1f ms", median - timings.at(1).median);
    line("target ≤ %.0f ms: %s (vanthu %.1f ms)", targetMs, median <= targetMs ? "met" : "NOT met", median);
}

void measureRegisterOrder(Setup& setup, int runs, QString workspaceFolder)
{
    if (workspaceFolder.isEmpty()) {
        workspaceFolder = setup.path(QStringLiteral("demo-workspace"));
        if (!QFileInfo::exists(workspaceFolder + QStringLiteral("/vanthu.db"))) {
            (void)timedRun(setup, "vanthu-cli demo",
                           {setup.cli, QStringLiteral("demo"), QStringLiteral("--workspace"), workspaceFolder}, false);
        }
    }
    auto workspace = core::Workspace::open(workspaceFolder);
    if (!workspace) {
        abortWith(workspace.error().message);
    }
    auto resolved = core::RegisterService(**workspace).resolve({core::Direction::Incoming, QString(), 0});
    if (!resolved) {
        abortWith(resolved.error().message);
    }
    core::RegisterListing listing;
    listing.seriesId = resolved->series.id;
    listing.year = resolved->year;
    const std::array<std::pair<const char*, core::RegisterOrder>, 6> orders{{
        {"number (floor)", core::RegisterOrder::Number},
        {"date", core::RegisterOrder::Date},
        {"number/symbol", core::RegisterOrder::Code},
        {"type and subject", core::RegisterOrder::Subject},
        {"issuing agency", core::RegisterOrder::Party},
        {"urgency", core::RegisterOrder::Urgency},
    }};
    qsizetype entries = 0;
    const std::vector<Timing> timings = interleave(runs, orders.size(), [&](std::size_t index) {
        core::RegisterListing ordered = listing;
        ordered.order = orders.at(index).second;
        QElapsedTimer clock;
        clock.start();
        auto ids = core::listRegisterIds(workspaceFolder, ordered);
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (!ids) {
            abortWith(ids.error().message);
        }
        entries = ids->size();
        return ms;
    });
    line("register %s %d of %s: %lld entries", qPrintable(resolved->series.code), resolved->year,
         qPrintable(workspaceFolder), static_cast<long long>(entries));
    line("");
    line("median (min-max), the whole register ordered (ids of every entry, on a thread of its own connection):");
    for (std::size_t index = 0; index < orders.size(); ++index) {
        line("  %-18s %s", orders.at(index).first, qPrintable(timingText(timings.at(index), 1, "ms")));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    setBenchName("bench/app");
    QCommandLineParser parser;
    const CommonOptions common(parser, QStringLiteral(VANTHU_BENCH_CLI), QStringLiteral(VANTHU_SOURCE_DIR));
    const QCommandLineOption measureOption(QStringLiteral("measure"),
                                           QStringLiteral("What to measure: open-pdf, cold-start or register-order."),
                                           QStringLiteral("what"), QStringLiteral("open-pdf"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QStringLiteral("cold-start, register-order: the workspace to open (default: a new demo workspace); e.g. the "
                       "1,000,000-document "
                       "one `scripts/bench store --documents 1000000 --dir D` keeps in D/workspace."),
        QStringLiteral("folder"));
    const QCommandLineOption targetOption(QStringLiteral("target-ms"),
                                          QStringLiteral("cold-start: the target (1000 for the demo workspace, 2000 "
                                                         "for 1,000,000 documents)."),
                                          QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption sizeOption(QStringLiteral("megabytes"), QStringLiteral("Size of the PDF to open."),
                                        QStringLiteral("mb"), QStringLiteral("10"));
    parser.addOption(measureOption);
    parser.addOption(sizeOption);
    parser.addOption(workspaceOption);
    parser.addOption(targetOption);
    parser.addHelpOption();
    parser.process(application);
    const int runs = common.runs(parser);
    const int megabytes = positiveNumber(parser, sizeOption);
    QTemporaryDir temporary;
    Setup setup = common.setup(parser, temporary.path());

    const QString measure = parser.value(measureOption);
    if (measure == QLatin1String("cold-start")) {
        line("bench/app cold-start: %d runs after 1 warm-up each, interleaved, wall time (steady clock), offscreen",
             runs);
        printMachine(setup);
        measureColdStart(setup, runs, parser.value(workspaceOption), positiveNumber(parser, targetOption));
        return 0;
    }
    if (measure == QLatin1String("register-order")) {
        line("bench/app register-order: %d runs after 1 warm-up each, orders interleaved, wall time (steady clock)",
             runs);
        printMachine(setup);
        measureRegisterOrder(setup, runs, parser.value(workspaceOption));
        return 0;
    }
    if (measure != QLatin1String("open-pdf")) {
        abortWith(
            QStringLiteral("unknown --measure %1 (available: open-pdf, cold-start, register-order)").arg(measure));
    }
    line("bench/app open-pdf: %d runs after 1 warm-up per tool, tools interleaved, wall time (steady clock), in %s",
         runs, qPrintable(setup.root));
    printMachine(setup);
    line("tools: vanthu %s (Qt %s, poppler-qt6 %s, platform %s); pdftoppm %s", VANTHU_VERSION, qVersion(),
         POPPLER_VERSION, qPrintable(QGuiApplication::platformName()), qPrintable(pdfsigVersion(setup)));
    measureOpenPdf(setup, runs, megabytes);
    return 0;
}
