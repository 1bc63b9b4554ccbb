// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/store/PdfRegistration.h"

#include "bench/store/BenchmarkData.h"
#include "common/Clock.h"
#include "common/VietnamTime.h"
#include "core/Workspace.h"
#include "core/registers/AgencyService.h"
#include "core/registers/IncomingService.h"
#include "core/registers/OutgoingService.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <fcntl.h>
#include <unistd.h>

namespace vanthu::bench
{
namespace
{

QByteArray basePdf()
{
    QFile file(QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/lo-classic.pdf"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read the sample PDF");
    }
    return file.readAll();
}

/** The sample made distinct: a comment after %%EOF changes the bytes, not what the page shows. */
QByteArray pdfNumber(const QByteArray& base, int index)
{
    return base + "\n% bench document " + QByteArray::number(index) + "\n";
}

void writeBare(const QString& path, const QByteArray& bytes, bool sync)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 || ::write(fd, bytes.constData(), static_cast<size_t>(bytes.size())) != bytes.size()
        || (sync && ::fsync(fd) != 0)) {
        qFatal("bare write failed");
    }
    ::close(fd);
}

void syncPath(const QString& path, bool wholeFileSystem)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || (wholeFileSystem ? ::syncfs(fd) : ::fsync(fd)) != 0) {
        qFatal("sync failed");
    }
    ::close(fd);
}

qint64 folderBytes(const QString& path)
{
    qint64 bytes = 0;
    QDirIterator files(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        bytes += QFileInfo(files.next()).size();
    }
    return bytes;
}

} // namespace

PdfRegistrationFigures measurePdfRegistration(const QString& root, int documents, int batch)
{
    PdfRegistrationFigures figures;
    const QByteArray base = basePdf();
    figures.pdfBytes = static_cast<double>(pdfNumber(base, documents).size());
    const QString workspacePath = QDir(root).filePath(QStringLiteral("workspace-pdf"));
    QDir(workspacePath).removeRecursively();
    ManualClock clock(QDateTime(QDate(2025, 1, 2), QTime(9, 0), QTimeZone(VietnamUtcOffsetSeconds)));
    core::WorkspaceOptions options;
    options.create = true;
    options.clock = &clock;
    options.actor = QStringLiteral("bench");
    auto workspace = core::Workspace::open(workspacePath, options);
    if (!workspace) {
        qFatal("open: %s", qPrintable(workspace.error().detail));
    }
    const core::AgencyProfile profile{QStringLiteral("Sở Nội vụ thành phố Hà Nội"),
                                      QStringLiteral("UBND thành phố Hà Nội"), QStringLiteral("SNV"),
                                      QStringLiteral("000.12.01.H26"), QStringLiteral("Hà Nội")};
    if (auto done = core::AgencyService(**workspace).initialise(profile); !done) {
        qFatal("init: %s", qPrintable(done.error().detail));
    }
    BenchmarkData data(20261207);
    QDate day = vietnamDate(clock.now());
    qint64 elapsed = 0;
    int made = 0;
    for (int done = 0; done < documents; done += batch) {
        QList<core::IncomingRequest> incoming;
        QList<core::OutgoingRequest> outgoing;
        data.next(qMin(batch, documents - done), incoming, outgoing, day);
        // The PDFs are made before the clock starts: a scanner or the mail hands them over.
        for (core::IncomingRequest& request : incoming) {
            request.attachments = {core::AttachmentInput{QStringLiteral("den.pdf"), pdfNumber(base, made++)}};
        }
        for (core::OutgoingRequest& request : outgoing) {
            request.attachments = {core::AttachmentInput{QStringLiteral("di.pdf"), pdfNumber(base, made++)}};
        }
        QElapsedTimer timer;
        timer.start();
        auto in = core::IncomingService(**workspace).registerBatch(incoming);
        auto out = core::OutgoingService(**workspace).registerBatch(outgoing);
        elapsed += timer.nsecsElapsed();
        if (!in || !out) {
            qFatal("register: %s", qPrintable((in ? out.error() : in.error()).detail));
        }
        day = day.addDays(1);
        clock.set(QDateTime(day, QTime(9, 0), QTimeZone(VietnamUtcOffsetSeconds)));
    }
    figures.documentsPerSecond = documents / (static_cast<double>(elapsed) / 1e9);
    (*workspace)->searchIndex().waitUntilIdle();
    if (auto checkpoint = (*workspace)->database().executeOnce(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        !checkpoint) {
        qFatal("checkpoint failed");
    }
    workspace->reset();
    figures.storeBytesPerDocument = static_cast<double>(folderBytes(workspacePath)) / documents;

    // The floor: the same bytes as bare files in one folder, each synced in turn, then the folder.
    const QString bare = QDir(root).filePath(QStringLiteral("bare-pdfs"));
    QDir(bare).removeRecursively();
    QDir().mkpath(bare);
    QElapsedTimer timer;
    timer.start();
    for (int index = 0; index < documents; ++index) {
        writeBare(QDir(bare).filePath(QString::number(index)), pdfNumber(base, index), true);
    }
    syncPath(bare, false);
    figures.bareFilesPerSecond = documents / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
    // And batched as the registration batches them: a batch written, then one flush of the file system.
    const QString batched = QDir(root).filePath(QStringLiteral("bare-pdfs-batched"));
    QDir(batched).removeRecursively();
    QDir().mkpath(batched);
    timer.restart();
    for (int done = 0; done < documents; done += batch) {
        for (int index = done; index < qMin(documents, done + batch); ++index) {
            writeBare(QDir(batched).filePath(QString::number(index)), pdfNumber(base, index), false);
        }
        syncPath(batched, true);
    }
    figures.bareBatchedFilesPerSecond = documents / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
    QDir(bare).removeRecursively();
    QDir(batched).removeRecursively();
    return figures;
}

} // namespace vanthu::bench
