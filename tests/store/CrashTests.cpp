// SPDX-License-Identifier: GPL-3.0-or-later
// A registering process is killed (SIGKILL) at random moments; after each kill the store must be consistent and
// every acknowledged registration present with its file.
#include "common/Sha256.h"
#include "core/audit/AuditService.h"
#include "core/registers/RegisterService.h"
#include "core/search/SearchService.h"
#include "tests/support/RawSql.h"
#include "tests/support/SimplePdf.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace vanthu;
using namespace vanthu::core;

namespace
{

struct Acknowledged
{
    qint64 id = 0;
    qint64 number = 0;
    QString sha256;
};

} // namespace

TEST_CASE("killing a registering process at random moments loses nothing acknowledged", "[store][crash]")
{
    test::TestWorkspace fixture;
    const QString path = fixture.path();
    const QString pdfPath = QDir(path).filePath(QStringLiteral("scan-template.pdf"));
    {
        QFile pdf(pdfPath);
        REQUIRE(pdf.open(QIODevice::WriteOnly));
        pdf.write(test::simplePdf({QStringLiteral("Scanned incoming letter")}));
    }
    QRandomGenerator random(20260305);
    QList<Acknowledged> acknowledged;
    constexpr int Kills = 50;
    int killsWithWorkInFlight = 0;
    for (int round = 0; round < Kills; ++round) {
        QProcess worker;
        worker.start(QStringLiteral(VANTHU_TEST_WORKER),
                     {path, QStringLiteral("incoming"), QStringLiteral("100000"), pdfPath});
        REQUIRE(worker.waitForStarted(10000));
        QByteArray output;
        if (round % 5 == 4) {
            // Every fifth kill lands at a random moment of start-up (opening, schema check, index catch-up).
            QThread::msleep(static_cast<unsigned long>(random.bounded(120)));
        } else {
            // The others wait until the worker has committed once, so they land in the middle of registering,
            // however slow the machine (sanitizers, CI).
            QElapsedTimer waited;
            waited.start();
            while (!output.contains("ACK ") && waited.elapsed() < 60000) {
                worker.waitForReadyRead(100);
                output += worker.readAllStandardOutput();
            }
            REQUIRE(output.contains("ACK "));
            QThread::msleep(static_cast<unsigned long>(random.bounded(80)));
        }
        worker.kill();
        REQUIRE(worker.waitForFinished(10000));
        CHECK(worker.exitStatus() == QProcess::CrashExit);
        output += worker.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        int acknowledgedThisRound = 0;
        for (const QByteArray& line : lines) {
            if (line.startsWith("ERR")) {
                FAIL("worker reported " << line.toStdString());
            }
            if (!line.startsWith("ACK ")) {
                continue;
            }
            const QList<QByteArray> fields = line.split(' ');
            acknowledged.append(
                {fields.at(1).toLongLong(), fields.at(3).toLongLong(), QString::fromLatin1(fields.at(4))});
            ++acknowledgedThisRound;
        }
        if (acknowledgedThisRound > 0) {
            ++killsWithWorkInFlight;
        }

        const QString databasePath = QDir(path).filePath(Workspace::databaseFileName());
        {
            test::RawSql raw(databasePath);
            REQUIRE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
            // Committed numbers form 1..n: no duplicate, no gap (acknowledged or not).
            const int rows = raw.scalar(QStringLiteral("SELECT count(*) FROM incoming_entry")).toInt();
            const int distinct = raw.scalar(QStringLiteral("SELECT count(DISTINCT arrival_number) FROM "
                                                           "incoming_entry"))
                                     .toInt();
            const int highest = raw.scalar(QStringLiteral("SELECT coalesce(max(arrival_number), 0) FROM "
                                                          "incoming_entry"))
                                    .toInt();
            REQUIRE(rows == distinct);
            REQUIRE(rows == highest);
            REQUIRE(rows >= acknowledged.size());
            const int orphanRows =
                raw.scalar(QStringLiteral(
                               "SELECT count(*) FROM document d WHERE NOT EXISTS (SELECT 1 FROM incoming_entry e WHERE "
                               "e.document_id = d.id)"))
                    .toInt();
            REQUIRE(orphanRows == 0);
        }
        fixture.reopen();
        RegisterService registers(fixture.workspace());
        for (const Acknowledged& ack : acknowledged) {
            auto record = registers.document(DocumentId{ack.id});
            REQUIRE(record.has_value());
            REQUIRE(record->incoming.has_value());
            REQUIRE(record->incoming->arrivalNumber == ack.number);
            REQUIRE(record->attachments.size() == 1);
            REQUIRE(record->attachments.front().sha256 == ack.sha256);
            auto bytes = registers.attachmentBytes(record->attachments.front());
            REQUIRE(bytes.has_value());
            REQUIRE(sha256Hex(*bytes) == ack.sha256);
        }
        auto audit = AuditService(fixture.workspace()).verify();
        REQUIRE(audit.has_value());
        REQUIRE(audit->intact());
        // The search index is derived: whatever the killed process did not index, the reopened workspace does.
        if (!acknowledged.isEmpty()) {
            auto page = SearchService(fixture.workspace())
                            .search({QStringLiteral("kiem thu dang ky"), {}, 1000, std::nullopt, std::nullopt});
            REQUIRE(page.has_value());
            test::RawSql raw(databasePath);
            const int registered = raw.scalar(QStringLiteral("SELECT count(*) FROM document")).toInt();
            REQUIRE(page->hits.size() == std::min(registered, 1000));
        }
    }
    INFO("acknowledged registrations: " << acknowledged.size());
    CHECK(acknowledged.size() > Kills);
    CHECK(killsWithWorkInFlight >= Kills * 4 / 5);
}
