// SPDX-License-Identifier: GPL-3.0-or-later
// The document's life (issue 13): identity, lifecycle states, versions and the event log with its outbox.
#include "core/Workspace.h"
#include "core/domain/DocumentState.h"
#include "core/events/DocumentEvents.h"
#include "core/registers/CorrectionService.h"
#include "core/registers/IncomingService.h"
#include "core/registers/OutgoingService.h"
#include "core/registers/RegisterService.h"
#include "core/search/SearchService.h"
#include "core/store/AuditRepository.h"
#include "core/store/EventRepository.h"
#include "core/store/migrations/Migrations.h"
#include "tests/support/RawSql.h"
#include "tests/support/Requests.h"
#include "tests/support/SimplePdf.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

using namespace vanthu;
using namespace vanthu::core;

namespace
{

bool isUuid(const QString& text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace

TEST_CASE("The lifecycle table: every state named once, every step written down, the rest refused with a reason",
          "[store][lifecycle]")
{
    QSet<QString> keys;
    for (const DocumentState state : allStates()) {
        const QString key = stateKey(state);
        CHECK_FALSE(keys.contains(key));
        keys.insert(key);
        CHECK(parseState(key) == state);
        CHECK_FALSE(stateName(state).isEmpty());
    }
    CHECK(keys.size() == 20);
    CHECK_FALSE(parseState(QStringLiteral("archived")).has_value());

    // Every state is reached from a way in: none is a dead entry in the table.
    QSet<DocumentState> reached;
    QList<DocumentState> pending;
    for (const DocumentEntry entry :
         {DocumentEntry::ReceivedUnregistered, DocumentEntry::RegisteredIncoming, DocumentEntry::Drafted,
          DocumentEntry::SignedElsewhere, DocumentEntry::IssuedOutgoing}) {
        pending.append(initialState(entry));
    }
    while (!pending.isEmpty()) {
        const DocumentState state = pending.takeLast();
        if (reached.contains(state)) {
            continue;
        }
        reached.insert(state);
        for (const DocumentState next : allowedTransitions(state)) {
            CHECK(checkTransition(state, next).has_value());
            pending.append(next);
        }
    }
    CHECK(reached.size() == 20);
    CHECK(initialState(DocumentEntry::SignedElsewhere) == DocumentState::Signed);

    SECTION("an incoming document is never issued")
    {
        auto refused = checkTransition(DocumentState::Registered, DocumentState::Issued);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(refused.error().message.contains(QStringLiteral("belongs to documents the agency issues")));
    }
    SECTION("a draft is approved before it is signed, and the refusal says what can come next")
    {
        auto refused = checkTransition(DocumentState::Draft, DocumentState::Signed);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(stateName(DocumentState::InReview)));
        CHECK(refused.error().detail == QStringLiteral("transition draft -> signed"));
    }
    SECTION("a disposed document has no next step, and no state moves to itself")
    {
        CHECK(allowedTransitions(DocumentState::Disposed).isEmpty());
        CHECK(checkTransition(DocumentState::Disposed, DocumentState::Filed)
                  .error()
                  .message.contains(QStringLiteral("nothing more happens")));
        CHECK(checkTransition(DocumentState::Issued, DocumentState::Issued)
                  .error()
                  .message.contains(QStringLiteral("already")));
    }
}

TEST_CASE("Registering gives a uid, the first state, a version per file and one event in the outbox",
          "[store][lifecycle]")
{
    test::TestWorkspace fixture;
    IncomingRequest incoming = test::incomingRequest(7);
    incoming.attachments = {AttachmentInput{QStringLiteral("7_UBND.pdf"), test::simplePdf({QStringLiteral("main")})},
                            AttachmentInput{QStringLiteral("phu-luc.pdf"), test::simplePdf({QStringLiteral("annex")})}};
    auto received = IncomingService(fixture.workspace()).registerDocument(incoming);
    REQUIRE(received.has_value());
    auto issued = OutgoingService(fixture.workspace()).registerDocument(test::outgoingRequest());
    REQUIRE(issued.has_value());

    RegisterService registers(fixture.workspace());
    const DocumentRecord in = *registers.document(received->id);
    const DocumentRecord out = *registers.document(issued->id);
    CHECK(isUuid(in.uid));
    CHECK(isUuid(out.uid));
    CHECK(in.uid != out.uid);
    CHECK(in.state == DocumentState::Registered);
    CHECK(out.state == DocumentState::Issued);
    CHECK(in.senderOrganId == incoming.fields.organId);
    REQUIRE(in.versions.size() == 2);
    CHECK(in.versions[0].number == 1);
    CHECK(in.versions[1].attachmentOrdinal == in.attachments[1].ordinal);
    CHECK(in.versions[1].sha256 == in.attachments[1].sha256);
    CHECK(in.versions[0].kind == VersionKind::Received);
    CHECK(std::all_of(out.versions.begin(), out.versions.end(),
                      [](const DocumentVersion& version) { return version.kind == VersionKind::Issued; }));

    EventRepository events(fixture.workspace().database());
    auto queued = events.outbox(100);
    REQUIRE(queued.has_value());
    REQUIRE(queued->size() == 2);
    const EventRecord& first = queued->front();
    CHECK(isUuid(first.id));
    CHECK(first.documentUid == in.uid);
    CHECK(first.type == QLatin1String(events::documentRegistered));
    CHECK(first.schema == events::documentRegisteredSchema);

    // The payload is the whole record in the event's own schema: another desk rebuilds the document from it.
    auto decoded = events::decodeRegistered(first);
    REQUIRE(decoded.has_value());
    CHECK(decoded->uid == in.uid);
    CHECK(decoded->state == in.state);
    CHECK(decoded->fields.subject == in.fields.subject);
    CHECK(decoded->fields.code.notation == in.fields.code.notation);
    CHECK(decoded->incoming->arrivalNumber == in.incoming->arrivalNumber);
    CHECK(decoded->incoming->arrivedAt == in.incoming->arrivedAt);
    REQUIRE(decoded->versions.size() == 2);
    CHECK(decoded->versions[1].sha256 == in.versions[1].sha256);
    auto decodedOut = events::decodeRegistered(queued->at(1));
    REQUIRE(decodedOut.has_value());
    CHECK(decodedOut->outgoing->number == out.outgoing->number);
    CHECK(decodedOut->outgoing->recipients.size() == out.outgoing->recipients.size());

    // The audit trail names the event of the same change.
    auto history = AuditRepository(fixture.workspace().database())
                       .entriesFor(QStringLiteral("document"), QString::number(received->id.value));
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 1);
    const QJsonObject audited = QJsonDocument::fromJson(history->front().payload.toUtf8()).object();
    CHECK(audited.value(QStringLiteral("event")).toString() == first.id);
    CHECK(audited.value(QStringLiteral("uid")).toString() == in.uid);

    SECTION("pushed events leave the outbox and stay in the log")
    {
        REQUIRE(events.markPushed({first.seq}).has_value());
        CHECK(events.outbox(100)->size() == 1);
        CHECK(events.eventsFor(in.uid)->size() == 1);
    }
    SECTION("a newer schema is refused, a damaged payload is reported")
    {
        EventRecord newer = first;
        newer.schema = events::documentRegisteredSchema + 1;
        CHECK(events::decodeRegistered(newer).error().code == ErrorCode::Unsupported);
        EventRecord damaged = first;
        damaged.payload = damaged.payload.left(damaged.payload.size() / 2);
        CHECK(events::decodeRegistered(damaged).error().code == ErrorCode::Corrupt);
        EventRecord otherDocument = first;
        otherDocument.documentUid = out.uid;
        CHECK(events::decodeRegistered(otherDocument).error().code == ErrorCode::Corrupt);
    }
    SECTION("versions, events and uids are never changed or removed")
    {
        test::RawSql raw(fixture.path() + QStringLiteral("/") + Workspace::databaseFileName());
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE document_version SET kind = 'draft'")));
        CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM document_version")));
        CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM event")));
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE event SET payload = '{}'")));
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE document SET uid = '00000000-0000-4000-8000-000000000002'")));
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE document SET state = 'archived'")));
    }
}

TEST_CASE("An event is written in the transaction of its change: a failure after it leaves neither",
          "[store][lifecycle]")
{
    test::TestWorkspace fixture;
    IncomingRequest first = test::incomingRequest(3);
    first.attachments = {AttachmentInput{QStringLiteral("3.pdf"), test::simplePdf({QStringLiteral("three")})}};
    REQUIRE(IncomingService(fixture.workspace()).registerDocument(first).has_value());
    {
        // The audit entry is written after the event: make it fail, as a full disk or a kill would.
        test::RawSql raw(fixture.path() + QStringLiteral("/") + Workspace::databaseFileName());
        REQUIRE(raw.exec(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_event BEGIN SELECT "
                                        "RAISE(ABORT, 'test: the audit trail refuses'); END")));
    }
    IncomingRequest second = test::incomingRequest(4);
    second.attachments = {AttachmentInput{QStringLiteral("4.pdf"), test::simplePdf({QStringLiteral("four")})}};
    CHECK_FALSE(IncomingService(fixture.workspace()).registerDocument(second).has_value());
    test::RawSql raw(fixture.path() + QStringLiteral("/") + Workspace::databaseFileName());
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM document")).toInt() == 1);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM document_version")).toInt()
          == raw.scalar(QStringLiteral("SELECT count(*) FROM attachment")).toInt());
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM event")).toInt() == 1);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 1);
}

TEST_CASE("A schema-2 workspace is upgraded to the document's life and keeps every record", "[store][migration]")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("workspace"));
    test::copyFolder(QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/db/schema-v2"), path);
    const QString databasePath = QDir(path).filePath(Workspace::databaseFileName());
    {
        test::RawSql raw(databasePath);
        REQUIRE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 2);
    }
    auto workspace = Workspace::open(path);
    REQUIRE(workspace.has_value());
    CHECK((*workspace)->migration().fromVersion == 2);
    CHECK((*workspace)->migration().toVersion == migrations::all().back().version);
    CHECK_FALSE((*workspace)->migration().backupPath.isEmpty());

    RegisterService registers(**workspace);
    QSet<QString> uids;
    int outgoing = 0;
    for (qint64 id = 1; id <= 6; ++id) {
        auto record = registers.document(DocumentId{id});
        REQUIRE(record.has_value());
        CHECK(isUuid(record->uid));
        uids.insert(record->uid);
        CHECK(record->state
              == (record->direction == Direction::Incoming ? DocumentState::Registered : DocumentState::Issued));
        outgoing += record->direction == Direction::Outgoing ? 1 : 0;
        REQUIRE(record->versions.size() == record->attachments.size());
        for (qsizetype i = 0; i < record->versions.size(); ++i) {
            CHECK(record->versions[i].sha256 == record->attachments[i].sha256);
            CHECK(registers.attachmentBytes(record->attachments[i]).has_value());
        }
        if (record->direction == Direction::Incoming) {
            CHECK(record->senderOrganId == record->fields.organId);
        }
        auto history = EventRepository((*workspace)->database()).eventsFor(record->uid);
        REQUIRE(history.has_value());
        REQUIRE(history->size() == 1);
        CHECK(history->front().type == QStringLiteral("document.imported"));
        const QJsonObject payload = QJsonDocument::fromJson(history->front().payload).object();
        CHECK(payload.value(QStringLiteral("documentId")).toInteger() == id);
    }
    CHECK(uids.size() == 6);
    CHECK(outgoing == 2);
    CHECK(EventRepository((*workspace)->database()).outbox(100)->size() == 6);

    // Registration goes on in the upgraded workspace, with its own event after the imported ones.
    auto next = IncomingService(**workspace).registerDocument(test::incomingRequest(4242));
    REQUIRE(next.has_value());
    CHECK(EventRepository((*workspace)->database()).outbox(100)->size() == 7);
}

TEST_CASE("A correction keeps the old value, the new one and the reason, and the register shows the new one",
          "[store][lifecycle][correction]")
{
    test::TestWorkspace fixture;
    IncomingRequest request = test::incomingRequest(9);
    request.attachments = {AttachmentInput{QStringLiteral("9.pdf"), test::simplePdf({QStringLiteral("nine")})}};
    auto receipt = IncomingService(fixture.workspace()).registerDocument(request);
    REQUIRE(receipt.has_value());
    CorrectionService corrections(fixture.workspace());
    const QString before = request.fields.subject;

    auto corrected = corrections.correct(FieldCorrection{receipt->id, QStringLiteral("subject"),
                                                         QStringLiteral("Về việc tuyển dụng viên chức năm 2026"),
                                                         QStringLiteral("lỗi đánh máy")});
    REQUIRE(corrected.has_value());
    CHECK(corrected->fields.subject == QStringLiteral("Về việc tuyển dụng viên chức năm 2026"));
    auto rows = RegisterService(fixture.workspace()).rows({receipt->id});
    REQUIRE(rows.has_value());
    CHECK(rows->front().subject == QStringLiteral("Về việc tuyển dụng viên chức năm 2026"));

    auto transfer =
        corrections.correct(FieldCorrection{receipt->id, QStringLiteral("transferDate"), QStringLiteral("2026-03-06"),
                                            QStringLiteral("ngày chuyển ghi nhầm")});
    REQUIRE(transfer.has_value());
    CHECK(transfer->incoming->transferDate == QDate(2026, 3, 6));

    auto history = corrections.history(receipt->id);
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 3);
    CHECK(history->at(1).type == QLatin1String(events::documentCorrected));
    const QJsonObject change = QJsonDocument::fromJson(history->at(1).payload).object();
    CHECK(change.value(QStringLiteral("from")).toString() == before);
    CHECK(change.value(QStringLiteral("to")).toString() == corrected->fields.subject);
    CHECK(change.value(QStringLiteral("reason")).toString() == QStringLiteral("lỗi đánh máy"));
    auto audit = AuditRepository(fixture.workspace().database())
                     .entriesFor(QStringLiteral("document"), QString::number(receipt->id.value));
    REQUIRE(audit.has_value());
    REQUIRE(audit->size() == 3);
    CHECK(audit->at(1).action == QStringLiteral("correct"));
    CHECK(QJsonDocument::fromJson(audit->at(1).payload.toUtf8()).object().value(QStringLiteral("event")).toString()
          == history->at(1).id);

    // The search index follows the corrected subject.
    fixture.workspace().searchIndex().waitUntilIdle();
    auto found = SearchService(fixture.workspace()).search({QStringLiteral("tuyen dung vien chuc"), {}, 10, {}, {}});
    REQUIRE(found.has_value());
    CHECK(found->hits.size() == 1);

    SECTION("refused: no reason, a number, the same value, a bad date")
    {
        CHECK(corrections.correct(FieldCorrection{receipt->id, QStringLiteral("subject"), QStringLiteral("x"), {}})
                  .error()
                  .code
              == ErrorCode::InvalidInput);
        auto number = corrections.correct(
            FieldCorrection{receipt->id, QStringLiteral("arrivalNumber"), QStringLiteral("10"), QStringLiteral("r")});
        REQUIRE_FALSE(number.has_value());
        CHECK(number.error().message.contains(QStringLiteral("voided instead")));
        CHECK(corrections
                  .correct(FieldCorrection{receipt->id, QStringLiteral("subject"), corrected->fields.subject,
                                           QStringLiteral("r")})
                  .error()
                  .message.contains(QStringLiteral("nothing to correct")));
        CHECK(corrections
                  .correct(FieldCorrection{receipt->id, QStringLiteral("issuedDate"), QStringLiteral("5/3/2026"),
                                           QStringLiteral("r")})
                  .error()
                  .code
              == ErrorCode::InvalidInput);
        CHECK(
            corrections.correct(FieldCorrection{receipt->id, QStringLiteral("subject"), QString(), QStringLiteral("r")})
                .error()
                .code
            == ErrorCode::InvalidInput); // the subject is required
        CHECK(corrections.history(receipt->id)->size() == 3);
    }
}

TEST_CASE("The recipients of an outgoing entry are corrected as a list: the register, the search and the history "
          "follow",
          "[store][lifecycle][correction]")
{
    test::TestWorkspace fixture;
    auto receipt = OutgoingService(fixture.workspace()).registerDocument(test::outgoingRequest(QStringLiteral("QĐ")));
    REQUIRE(receipt.has_value());
    CorrectionService corrections(fixture.workspace());
    CHECK(CorrectionService::correctableFields(Direction::Outgoing).contains(QStringLiteral("recipients")));
    CHECK_FALSE(CorrectionService::correctableFields(Direction::Incoming).contains(QStringLiteral("recipients")));

    auto corrected = corrections.correct(FieldCorrection{
        receipt->id, QStringLiteral("recipients"),
        QStringLiteral("000.00.00.G09|Bộ Nội vụ\nSở Tài chính thành phố Hà Nội; Kho bạc Nhà nước Hà Nội"),
        QStringLiteral("thiếu nơi nhận")});
    REQUIRE(corrected.has_value());
    REQUIRE(corrected->outgoing->recipients.size() == 3);
    CHECK(corrected->outgoing->recipients.at(0).organId == QStringLiteral("000.00.00.G09"));
    CHECK(corrected->outgoing->recipients.at(2).organName == QStringLiteral("Kho bạc Nhà nước Hà Nội"));

    // Read back from the store, not from the returned record.
    auto stored = RegisterService(fixture.workspace()).document(receipt->id);
    REQUIRE(stored.has_value());
    REQUIRE(stored->outgoing->recipients.size() == 3);
    CHECK(stored->outgoing->recipients.at(1).organName == QStringLiteral("Sở Tài chính thành phố Hà Nội"));
    auto rows = RegisterService(fixture.workspace()).rows({receipt->id});
    REQUIRE(rows.has_value());
    CHECK(rows->front().receivers.contains(QStringLiteral("Kho bạc Nhà nước Hà Nội")));

    auto history = corrections.history(receipt->id);
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 2);
    const QJsonObject change = QJsonDocument::fromJson(history->at(1).payload).object();
    CHECK(change.value(QStringLiteral("from")).toString() == QStringLiteral("000.00.00.G09|Bộ Nội vụ"));
    CHECK(change.value(QStringLiteral("to")).toString().count(QLatin1Char('\n')) == 2);

    fixture.workspace().searchIndex().waitUntilIdle();
    auto found = SearchService(fixture.workspace()).search({QStringLiteral("kho bac nha nuoc"), {}, 10, {}, {}});
    REQUIRE(found.has_value());
    CHECK(found->hits.size() == 1);

    // An empty list is refused; the entry keeps its recipients.
    auto empty = corrections.correct(
        FieldCorrection{receipt->id, QStringLiteral("recipients"), QStringLiteral(" ; \n"), QStringLiteral("x")});
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().code == ErrorCode::InvalidInput);
    CHECK(RegisterService(fixture.workspace()).document(receipt->id)->outgoing->recipients.size() == 3);
}

TEST_CASE("A number given by mistake is voided with its reason and never given again", "[store][lifecycle][correction]")
{
    test::TestWorkspace fixture;
    OutgoingService outgoing(fixture.workspace());
    auto first = outgoing.registerDocument(test::outgoingRequest());
    REQUIRE(first.has_value());
    CorrectionService corrections(fixture.workspace());
    CHECK(corrections.voidNumber(first->id, QString()).error().code == ErrorCode::InvalidInput);
    auto voided = corrections.voidNumber(first->id, QStringLiteral("cấp số nhầm cho văn bản chưa ký"));
    REQUIRE(voided.has_value());
    CHECK(voided->voidReason == QStringLiteral("cấp số nhầm cho văn bản chưa ký"));

    auto second = outgoing.registerDocument(test::outgoingRequest());
    REQUIRE(second.has_value());
    CHECK(second->number == first->number + 1);

    auto rows = RegisterService(fixture.workspace()).rows({first->id, second->id});
    REQUIRE(rows.has_value());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).voidReason == QStringLiteral("cấp số nhầm cho văn bản chưa ký"));
    CHECK(rows->at(1).voidReason.isEmpty());

    CHECK(corrections.voidNumber(first->id, QStringLiteral("again")).error().code == ErrorCode::Conflict);
    CHECK(
        corrections
            .correct(FieldCorrection{first->id, QStringLiteral("subject"), QStringLiteral("x y"), QStringLiteral("r")})
            .error()
            .code
        == ErrorCode::Conflict);
    auto history = corrections.history(first->id);
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 2);
    CHECK(history->back().type == QLatin1String(events::documentVoided));
    CHECK(QJsonDocument::fromJson(history->back().payload).object().value(QStringLiteral("number")).toInteger()
          == first->number);
    test::RawSql raw(fixture.path() + QStringLiteral("/") + Workspace::databaseFileName());
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE document SET void_reason = NULL")));
}
