// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditService.h"
#include "core/registers/IncomingService.h"
#include "core/registers/OutgoingService.h"
#include "tests/support/RawSql.h"
#include "tests/support/Requests.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vanthu;
using namespace vanthu::core;

namespace
{

QString databasePath(test::TestWorkspace& fixture)
{
    return QDir(fixture.path()).filePath(Workspace::databaseFileName());
}

void registerSome(test::TestWorkspace& fixture)
{
    for (int number = 1; number <= 4; ++number) {
        REQUIRE(IncomingService(fixture.workspace()).registerDocument(test::incomingRequest(number)).has_value());
        REQUIRE(OutgoingService(fixture.workspace()).registerDocument(test::outgoingRequest()).has_value());
    }
}

QList<AuditProblem::Kind> kinds(const AuditReport& report)
{
    QList<AuditProblem::Kind> list;
    for (const AuditProblem& problem : report.problems) {
        list.append(problem.kind);
    }
    return list;
}

} // namespace

TEST_CASE("every change is in the audit trail and the chain verifies", "[store][audit]")
{
    test::TestWorkspace fixture;
    registerSome(fixture);
    AuditService audit(fixture.workspace());
    auto report = audit.verify();
    REQUIRE(report.has_value());
    CHECK(report->intact());
    // agency + 5 default series + 8 documents
    CHECK(report->entriesChecked == 14);
    auto history = audit.documentHistory(DocumentId{1});
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 1);
    CHECK(history->front().action == QStringLiteral("register"));
    CHECK(history->front().actor == QStringLiteral("test.clerk"));
    const QJsonObject payload = QJsonDocument::fromJson(history->front().payload.toUtf8()).object();
    CHECK(payload.value(QStringLiteral("code")).toString() == QStringLiteral("01/QĐ-UBND"));
    CHECK(payload.value(QStringLiteral("incoming")).toObject().value(QStringLiteral("arrivalNumber")).toInt() == 1);
}

TEST_CASE("the database refuses to change or delete audit entries and register rows", "[store][audit]")
{
    test::TestWorkspace fixture;
    registerSome(fixture);
    test::RawSql raw(databasePath(fixture));
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE audit_event SET actor = 'x' WHERE seq = 3")));
    CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = 3")));
    CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM document WHERE id = 1")));
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE outgoing_entry SET number = 9 WHERE document_id = 2")));
    CHECK(raw.lastError().contains(QStringLiteral("never changes")));
}

TEST_CASE("audit verify finds edited, removed, reordered and truncated entries", "[store][audit][tamper]")
{
    test::TestWorkspace fixture;
    registerSome(fixture);
    test::RawSql raw(databasePath(fixture));
    // An attacker with the file can drop the guard triggers; the hash chain still tells.
    REQUIRE(raw.exec(QStringLiteral("DROP TRIGGER audit_event_append_only_update")));
    REQUIRE(raw.exec(QStringLiteral("DROP TRIGGER audit_event_append_only_delete")));
    AuditService audit(fixture.workspace());

    SECTION("an edited payload")
    {
        REQUIRE(raw.exec(QStringLiteral("UPDATE audit_event SET payload = replace(payload, '01/QĐ-UBND', "
                                        "'09/QĐ-UBND') WHERE seq = 7")));
        auto report = audit.verify();
        REQUIRE(report.has_value());
        CHECK(kinds(*report) == QList<AuditProblem::Kind>{AuditProblem::Kind::Edited});
        CHECK(report->problems.front().seq == 7);
    }
    SECTION("an edited actor or time")
    {
        REQUIRE(raw.exec(QStringLiteral("UPDATE audit_event SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 9")));
        auto report = audit.verify();
        CHECK(kinds(*report) == QList<AuditProblem::Kind>{AuditProblem::Kind::Edited});
    }
    SECTION("an entry removed from the middle")
    {
        REQUIRE(raw.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = 8")));
        auto report = audit.verify();
        REQUIRE(report.has_value());
        CHECK(kinds(*report).contains(AuditProblem::Kind::Missing));
        CHECK(kinds(*report).contains(AuditProblem::Kind::UnauditedDocument));
    }
    SECTION("two entries swapped, sequence numbers kept")
    {
        REQUIRE(raw.exec(QStringLiteral("UPDATE audit_event SET seq = -1 WHERE seq = 9")));
        REQUIRE(raw.exec(QStringLiteral("UPDATE audit_event SET seq = 9 WHERE seq = 10")));
        REQUIRE(raw.exec(QStringLiteral("UPDATE audit_event SET seq = 10 WHERE seq = -1")));
        auto report = audit.verify();
        REQUIRE(report.has_value());
        CHECK(kinds(*report).contains(AuditProblem::Kind::Edited));
        CHECK(kinds(*report).contains(AuditProblem::Kind::BrokenLink));
    }
    SECTION("a whole chain rebuilt after a removal still breaks at the removed link")
    {
        // Removing the last entries and moving the head back is the one edit that keeps every link; the
        // document those entries registered is then unaudited.
        REQUIRE(raw.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = 14")));
        auto report = audit.verify();
        REQUIRE(report.has_value());
        CHECK(kinds(*report).contains(AuditProblem::Kind::TailRemoved));
        REQUIRE(raw.exec(QStringLiteral("UPDATE audit_head SET seq = 13, hash = (SELECT hash FROM audit_event WHERE "
                                        "seq = 13)")));
        auto afterHead = audit.verify();
        CHECK(kinds(*afterHead) == QList<AuditProblem::Kind>{AuditProblem::Kind::UnauditedDocument});
    }
    SECTION("a document inserted behind the application's back")
    {
        REQUIRE(raw.exec(QStringLiteral(
            "INSERT INTO document (direction, type_key, issued_date, organ_name, subject, register_date, created_at, "
            "created_by, uid) VALUES ('incoming', 'cong-van', '2026-03-01', 'X', 'forged', '2026-03-05', 'now', 'x', "
            "'00000000-0000-4000-8000-000000000001')")));
        auto report = audit.verify();
        CHECK(kinds(*report) == QList<AuditProblem::Kind>{AuditProblem::Kind::UnauditedDocument});
    }
}
