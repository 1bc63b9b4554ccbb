// SPDX-License-Identifier: GPL-3.0-or-later
// The issuing kill loop: a process issuing leader-signed documents (check, number, seal, store) is killed with SIGKILL
// at random moments. After every kill the workspace holds each document whole or not at all: numbers 1..n with no
// gap and no duplicate, every issued PDF stored, hash-checked, sealed over its leader-signed parent version, every
// acknowledged issuing present, the audit trail intact. VANTHU_SOAK_RUNS sets the number of kills (5 in scripts/test,
// 60 in `scripts/soak issuing`).
#include "common/Sha256.h"
#include "core/Workspace.h"
#include "core/audit/AuditService.h"
#include "core/registers/RegisterService.h"
#include "signing/verify/Validation.h"
#include "tests/issuing/IssuingSupport.h"
#include "tests/support/RawSql.h"
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

int soakRuns()
{
    const int runs = qEnvironmentVariableIntValue("VANTHU_SOAK_RUNS");
    return runs > 0 ? runs : 5;
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

bool intact(signing::Verdict verdict)
{
    return verdict != signing::Verdict::Invalid && verdict != signing::Verdict::Modified
           && verdict != signing::Verdict::NoSignature;
}

} // namespace

TEST_CASE("killing an issuing process at random moments leaves each document whole or absent", "[issuing][crash]")
{
    test::SigningFixture signing;
    test::LeaderSignedDecision decision(signing);
    test::TestWorkspace fixture;
    const QString path = fixture.path();
    const QString databasePath = QDir(path).filePath(Workspace::databaseFileName());
    const QString leaderPdf = writeFile(QDir(path).filePath(QStringLiteral("leader.pdf")), decision.pdf);
    const QString sealPng = writeFile(QDir(path).filePath(QStringLiteral("seal.png")), decision.seal);
    const QString agencyP12 = signing.pki().identity(test::TestPki::Identity::AgencyRsa3072).p12;
    fixture.closeWorkspace();

    QRandomGenerator random(20261207);
    QList<Acknowledged> acknowledged;
    QSet<qint64> validated;
    const int runs = soakRuns();
    int killsWithWorkInFlight = 0;
    for (int round = 0; round < runs; ++round) {
        QProcess worker;
        worker.start(QStringLiteral(VANTHU_ISSUING_WORKER),
                     {path, agencyP12, QStringLiteral("1234"), leaderPdf, sealPng, QStringLiteral("100000")});
        REQUIRE(worker.waitForStarted(10000));
        QByteArray output;
        if (round % 5 == 4) {
            // Every fifth kill lands at a random moment of start-up (opening, key, first check).
            QThread::msleep(static_cast<unsigned long>(random.bounded(400)));
        } else {
            // The others wait for one commit, so they land in the middle of issuing, however slow the machine.
            QElapsedTimer waited;
            waited.start();
            while (!output.contains("ACK ") && !output.contains("ERR") && waited.elapsed() < 120000) {
                worker.waitForReadyRead(100);
                output += worker.readAllStandardOutput();
            }
            INFO(output.toStdString() << worker.readAllStandardError().toStdString());
            REQUIRE(output.contains("ACK "));
            QThread::msleep(static_cast<unsigned long>(random.bounded(200)));
        }
        worker.kill();
        REQUIRE(worker.waitForFinished(10000));
        output += worker.readAllStandardOutput();
        int acknowledgedThisRound = 0;
        for (const QByteArray& line : output.split('\n')) {
            if (line.startsWith("ERR")) {
                FAIL("worker reported " << line.toStdString());
            }
            if (line.startsWith("ACK ")) {
                const QList<QByteArray> fields = line.split(' ');
                REQUIRE(fields.size() == 4);
                acknowledged.append(
                    {fields.at(1).toLongLong(), fields.at(2).toLongLong(), QString::fromLatin1(fields.at(3))});
                ++acknowledgedThisRound;
            }
        }
        if (acknowledgedThisRound > 0) {
            ++killsWithWorkInFlight;
        }

        int documents = 0;
        {
            test::RawSql raw(databasePath);
            REQUIRE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
            documents = raw.scalar(QStringLiteral("SELECT count(*) FROM document")).toInt();
            // Numbers 1..n: none given twice, none skipped, committed or not acknowledged.
            REQUIRE(raw.scalar(QStringLiteral("SELECT count(*) FROM outgoing_entry")).toInt() == documents);
            REQUIRE(raw.scalar(QStringLiteral("SELECT count(DISTINCT number) FROM outgoing_entry")).toInt()
                    == documents);
            REQUIRE(raw.scalar(QStringLiteral("SELECT coalesce(max(number), 0) FROM outgoing_entry")).toInt()
                    == documents);
            REQUIRE(documents >= acknowledged.size());
            // Each document whole: the leader-signed version, the issued one as its child, a check of each, one
            // registration event.
            REQUIRE(raw.scalar(QStringLiteral("SELECT count(*) FROM document_version v JOIN document_version p ON "
                                              "v.parent_id = p.id AND p.document_id = v.document_id WHERE v.kind = "
                                              "'issued' AND p.kind = 'signed'"))
                        .toInt()
                    == documents);
            REQUIRE(raw.scalar(QStringLiteral("SELECT count(*) FROM document_version")).toInt() == 2 * documents);
            REQUIRE(raw.scalar(QStringLiteral("SELECT count(*) FROM verification_report")).toInt() == 2 * documents);
            REQUIRE(raw.scalar(QStringLiteral("SELECT count(*) FROM attachment")).toInt() == documents);
        }
        fixture.reopen();
        RegisterService registers(fixture.workspace());
        for (const Acknowledged& ack : acknowledged) {
            auto record = registers.document(DocumentId{ack.id});
            REQUIRE(record.has_value());
            REQUIRE(record->outgoing.has_value());
            REQUIRE(record->outgoing->number == ack.number);
            REQUIRE(record->attachments.size() == 1);
            REQUIRE(record->attachments.front().sha256 == ack.sha256);
        }
        // Every committed document, acknowledged or not: its issued PDF readable, hash-checked, sealed over the
        // leader's bytes, and (once per document) accepted by the validator.
        for (qint64 id = 1; id <= documents; ++id) {
            auto record = registers.document(DocumentId{id});
            REQUIRE(record.has_value());
            REQUIRE(record->attachments.size() == 1);
            auto bytes = registers.attachmentBytes(record->attachments.front());
            REQUIRE(bytes.has_value());
            REQUIRE(bytes->startsWith(decision.pdf));
            if (!validated.contains(id) && (id == documents || validated.size() < 3 * (round + 1))) {
                signing::ValidationOptions offline;
                offline.trustAnchorsDer = {signing.pki().rootDer()};
                offline.checkRevocationOnline = false;
                auto report = signing::validatePdf(*bytes, offline);
                REQUIRE(report.has_value());
                REQUIRE(report->signatures.size() == 2);
                REQUIRE(intact(report->verdict));
                validated.insert(id);
            }
        }
        auto audit = AuditService(fixture.workspace()).verify();
        REQUIRE(audit.has_value());
        REQUIRE(audit->intact());
        fixture.closeWorkspace();
    }
    INFO("acknowledged issuings: " << acknowledged.size());
    CHECK(acknowledged.size() >= runs * 4 / 5);
    CHECK(killsWithWorkInFlight >= runs * 4 / 5);
}
