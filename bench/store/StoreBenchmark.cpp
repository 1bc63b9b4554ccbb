// SPDX-License-Identifier: GPL-3.0-or-later
// bench/store: the figures of issue 2 at a million documents, each printed beside SQLite's own floor.
//   vanthu-bench-store [--documents N] [--batch B] [--dir FOLDER]
#include "bench/store/BenchmarkData.h"
#include "bench/store/PdfRegistration.h"
#include "bench/store/SqliteFloor.h"
#include "common/VietnamTime.h"
#include "core/Workspace.h"
#include "core/registers/AgencyService.h"
#include "core/registers/IncomingService.h"
#include "core/registers/OutgoingService.h"
#include "core/registers/RegisterService.h"
#include "core/search/SearchIndexWriter.h"
#include "core/search/SearchQuery.h"
#include "core/search/SearchService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace vanthu;

namespace
{

constexpr quint32 Seed = 20200305;

double milliseconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(fraction * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

void line(const char* format, auto... values)
{
    std::printf(format, values...);
    std::printf("\n");
    std::fflush(stdout);
}

std::unique_ptr<core::Workspace> openWorkspace(const QString& path, const Clock* clock, bool create)
{
    core::WorkspaceOptions options;
    options.create = create;
    options.clock = clock;
    options.actor = QStringLiteral("bench");
    auto workspace = core::Workspace::open(path, options);
    if (!workspace) {
        qFatal("open: %s", qPrintable(workspace.error().detail));
    }
    return std::move(*workspace);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption documentsOption(QStringLiteral("documents"), QStringLiteral("Documents to register."),
                                             QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Documents per transaction."),
                                         QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Folder for the workspaces (kept)."),
                                       QStringLiteral("folder"));
    const QCommandLineOption searchOnlyOption(QStringLiteral("search-only"),
                                              QStringLiteral("Only run the searches on the workspace kept in --dir."));
    const QCommandLineOption pdfDocumentsOption(
        QStringLiteral("pdf-documents"), QStringLiteral("Documents registered with a PDF each (issue 13's figure)."),
        QStringLiteral("n"), QStringLiteral("20000"));
    parser.addOptions({documentsOption, batchOption, dirOption, searchOnlyOption, pdfDocumentsOption});
    parser.addHelpOption();
    parser.process(application);
    const int documents = parser.value(documentsOption).toInt();
    const int batch = parser.value(batchOption).toInt();
    QTemporaryDir temporary;
    const QString root = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(root);
    const QString workspacePath = QDir(root).filePath(QStringLiteral("workspace"));

    const bool searchOnly = parser.isSet(searchOnlyOption);
    line("bench/store: %d documents, batches of %d, SQLite %s, in %s", documents, batch, sqlite3_libversion(),
         qPrintable(root));

    ManualClock clock(QDateTime(QDate(2025, 1, 2), QTime(9, 0), QTimeZone(VietnamUtcOffsetSeconds)));
    if (!searchOnly) {
        QDir(workspacePath).removeRecursively();
        // 1. Bulk registration through the real services: validation, numbering, register rows, audit chain, index.
        auto workspace = openWorkspace(workspacePath, &clock, true);
        const core::AgencyProfile profile{QStringLiteral("Sở Nội vụ thành phố Hà Nội"),
                                          QStringLiteral("UBND thành phố Hà Nội"), QStringLiteral("SNV"),
                                          QStringLiteral("000.12.01.H26"), QStringLiteral("Hà Nội")};
        if (auto done = core::AgencyService(*workspace).initialise(profile); !done) {
            qFatal("init: %s", qPrintable(done.error().detail));
        }
        bench::BenchmarkData data(Seed);
        double registrationMs = 0;
        QDate day = vietnamDate(clock.now());
        for (int done = 0; done < documents; done += batch) {
            QList<core::IncomingRequest> incoming;
            QList<core::OutgoingRequest> outgoing;
            data.next(qMin(batch, documents - done), incoming, outgoing, day);
            QElapsedTimer timer;
            timer.start();
            auto in = core::IncomingService(*workspace).registerBatch(incoming);
            auto out = core::OutgoingService(*workspace).registerBatch(outgoing);
            registrationMs += milliseconds(timer);
            if (!in || !out) {
                qFatal("register: %s", qPrintable((in ? out.error() : in.error()).detail));
            }
            day = day.addDays(1);
            clock.set(QDateTime(day, QTime(9, 0), QTimeZone(VietnamUtcOffsetSeconds)));
        }
        const double rate = documents / (registrationMs / 1000.0);
        QElapsedTimer indexTimer;
        indexTimer.start();
        workspace->searchIndex().waitUntilIdle();
        const double searchableRate = documents / ((registrationMs + milliseconds(indexTimer)) / 1000.0);
        const double floorRate =
            bench::SqliteFloor::insertRate(QDir(root).filePath(QStringLiteral("floor.db")), Seed, documents, batch);
        line("bulk registration:  %.0f documents/s  (target >= 20000; registered, numbered, audited; %.0f/s until the "
             "last one is also searchable; floor, bare rows through SQLite's C API: %.0f/s)",
             rate, searchableRate, floorRate);

        // 1b. With a PDF of its own per document, made durable before its row commits (issue 13).
        const int pdfDocuments = parser.value(pdfDocumentsOption).toInt();
        if (pdfDocuments > 0) {
            const bench::PdfRegistrationFigures pdf =
                bench::measurePdfRegistration(root, pdfDocuments, std::min(batch, 1000));
            line("bulk registration with PDFs: %.0f documents/s over %d documents, each with its own %.0f KB PDF "
                 "read, checked and durable before its row commits (target >= 20000/s, or >= 80%% of the bare-file "
                 "floor); floor, the same PDFs as bare files: %.0f files/s fsynced one by one (%.0f%%), %.0f "
                 "files/s batched with one syncfs per batch as registration does (%.0f%%); %.0f KB stored per "
                 "document",
                 pdf.documentsPerSecond, pdfDocuments, pdf.pdfBytes / 1024.0, pdf.bareFilesPerSecond,
                 100.0 * pdf.documentsPerSecond / pdf.bareFilesPerSecond, pdf.bareBatchedFilesPerSecond,
                 100.0 * pdf.documentsPerSecond / pdf.bareBatchedFilesPerSecond, pdf.storeBytesPerDocument / 1024.0);
        }

        // 2. Size on disk.
        if (auto checkpoint = workspace->database().executeOnce(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            !checkpoint) {
            qFatal("checkpoint failed");
        }
        workspace.reset();
        const qint64 bytes = QFileInfo(QDir(workspacePath).filePath(core::Workspace::databaseFileName())).size();
        const qint64 indexBytes = QFileInfo(QDir(workspacePath).filePath(core::Workspace::searchFileName())).size();
        const qint64 floorBytes = QFileInfo(QDir(root).filePath(QStringLiteral("floor.db"))).size();
        line("database size:      %.0f bytes per document: registers and audit trail %.0f, search index %.0f (%.1f MB "
             "in all; bare rows: %.0f bytes per document)",
             static_cast<double>(bytes + indexBytes) / documents, static_cast<double>(bytes) / documents,
             static_cast<double>(indexBytes) / documents, (bytes + indexBytes) / 1e6,
             static_cast<double>(floorBytes) / documents);

        // 3. First page of a register on a freshly opened workspace (schema check and PRAGMAs included).
        QList<double> firstPages;
        QList<double> floorPages;
        for (int round = 0; round < 11; ++round) {
            for (const core::Direction direction : {core::Direction::Incoming, core::Direction::Outgoing}) {
                QElapsedTimer timer;
                timer.start();
                auto fresh = openWorkspace(workspacePath, &clock, false);
                core::RegisterService registers(*fresh);
                auto resolved = registers.resolve({direction, QString(), 0});
                core::RegisterQuery query;
                query.seriesId = resolved->series.id;
                query.year = resolved->year;
                query.limit = 50;
                auto page = registers.page(direction, query);
                if (!page || page->size() != 50) {
                    qFatal("first page failed");
                }
                firstPages.append(milliseconds(timer));
                floorPages.append(
                    bench::SqliteFloor::firstPageTime(QDir(workspacePath).filePath(core::Workspace::databaseFileName()),
                                                      direction == core::Direction::Incoming));
            }
        }
        line("first register page: median %.1f ms, max %.1f ms  (target <= 50 ms; open + migrate check + 50 rows; "
             "floor, raw query on a new connection: median %.1f ms)",
             percentile(firstPages, 0.5), percentile(firstPages, 1.0), percentile(floorPages, 0.5));
    }
    // 4. Search: 100 mixed queries, with and without diacritics, through the service clerks use.
    auto searchWorkspace = openWorkspace(workspacePath, &clock, false);
    core::SearchService search(*searchWorkspace);
    // The first search of a process opens the index connection and waits for the start-up check; it is reported
    // apart from the steady state.
    QElapsedTimer warmTimer;
    warmTimer.start();
    if (!search.search({QStringLiteral("văn bản"), {}, 50, std::nullopt, std::nullopt})) {
        qFatal("warm-up search failed");
    }
    line("first search of a new process: %.1f ms (opens search.db, checks the index is complete)",
         milliseconds(warmTimer));
    const QStringList queries = bench::BenchmarkData::searches();
    QList<double> times;
    QStringList expressions;
    int withResults = 0;
    for (const QString& text : queries) {
        QElapsedTimer timer;
        timer.start();
        auto page = search.search({text, {}, 50, std::nullopt, std::nullopt});
        times.append(milliseconds(timer));
        if (!page) {
            qFatal("search failed: %s", qPrintable(page.error().detail));
        }
        withResults += page->hits.isEmpty() ? 0 : 1;
        expressions.append(core::SearchQuery(text).phraseExpression());
    }
    const QList<double> floorTimes =
        bench::SqliteFloor::searchTimes(QDir(workspacePath).filePath(core::Workspace::searchFileName()), expressions);
    QList<qsizetype> order(times.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return times.at(a) > times.at(b); });
    for (qsizetype rank = 0; rank < 5; ++rank) {
        line("  slow query: %6.1f ms (FTS5 alone %6.1f ms)  %s", times.at(order.at(rank)),
             floorTimes.at(order.at(rank)), qPrintable(queries.at(order.at(rank))));
    }
    line("search:             p50 %.1f ms, p95 %.1f ms, max %.1f ms over %lld queries, %d with results  (target p95 "
         "<= 30 ms; floor, the phrase query alone on FTS5: p50 %.1f ms, p95 %.1f ms)",
         percentile(times, 0.5), percentile(times, 0.95), percentile(times, 1.0), static_cast<long long>(times.size()),
         withResults, percentile(floorTimes, 0.5), percentile(floorTimes, 0.95));
    return 0;
}
