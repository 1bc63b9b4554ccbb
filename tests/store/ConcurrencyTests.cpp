// SPDX-License-Identifier: GPL-3.0-or-later
// Several processes take numbers from the same series at the same moment: no duplicate, no gap.
#include "core/audit/AuditService.h"
#include "tests/support/RawSql.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QSet>

#include <memory>
#include <vector>

using namespace vanthu;

TEST_CASE("concurrent processes never share or skip an outgoing number", "[store][concurrency]")
{
    test::TestWorkspace fixture;
    const QString path = fixture.path();
    constexpr int Processes = 4;
    constexpr int PerProcess = 60;
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int index = 0; index < Processes; ++index) {
        auto worker = std::make_unique<QProcess>();
        worker->start(QStringLiteral(VANTHU_TEST_WORKER),
                      {path, QStringLiteral("outgoing"), QString::number(PerProcess)});
        workers.push_back(std::move(worker));
    }
    QList<qint64> numbers;
    for (auto& worker : workers) {
        REQUIRE(worker->waitForFinished(120000));
        CHECK(worker->exitCode() == 0);
        qint64 previous = 0;
        for (const QByteArray& line : worker->readAllStandardOutput().split('\n')) {
            if (!line.startsWith("ACK ")) {
                continue;
            }
            const qint64 number = line.split(' ').at(3).toLongLong();
            CHECK(number > previous); // each process sees its own numbers rising
            previous = number;
            numbers.append(number);
        }
    }
    REQUIRE(numbers.size() == Processes * PerProcess);
    const QSet<qint64> distinct(numbers.begin(), numbers.end());
    CHECK(distinct.size() == numbers.size());
    for (qint64 number = 1; number <= Processes * PerProcess; ++number) {
        CHECK(distinct.contains(number));
    }
    test::RawSql raw(QDir(path).filePath(core::Workspace::databaseFileName()));
    CHECK(raw.scalar(QStringLiteral("SELECT count(DISTINCT number) FROM outgoing_entry")).toInt()
          == Processes * PerProcess);
    CHECK(raw.scalar(QStringLiteral("SELECT max(number) FROM outgoing_entry")).toInt() == Processes * PerProcess);
}

TEST_CASE("audit verify reads one snapshot while another process registers", "[store][concurrency][audit]")
{
    test::TestWorkspace fixture;
    QProcess worker;
    worker.start(QStringLiteral(VANTHU_TEST_WORKER),
                 {fixture.path(), QStringLiteral("outgoing"), QStringLiteral("1500")});
    REQUIRE(worker.waitForStarted(10000));
    int verifications = 0;
    // waitForFinished(0) lets QProcess notice the end of the worker without an event loop.
    while (!worker.waitForFinished(0)) {
        auto report = core::AuditService(fixture.workspace()).verify();
        REQUIRE(report.has_value());
        INFO("verification " << verifications);
        REQUIRE(report->intact());
        ++verifications;
    }
    CHECK(worker.exitStatus() == QProcess::NormalExit);
    CHECK(worker.exitCode() == 0);
    CHECK(verifications > 20);
    auto final = core::AuditService(fixture.workspace()).verify();
    REQUIRE(final.has_value());
    CHECK(final->intact());
    CHECK(final->entriesChecked == 6 + 1500);
}
