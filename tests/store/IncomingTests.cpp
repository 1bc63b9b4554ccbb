// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Sha256.h"
#include "core/registers/AttachmentIntake.h"
#include "core/registers/IncomingService.h"
#include "core/registers/RegisterService.h"
#include "signing/PdfInspector.h"
#include "tests/support/Requests.h"
#include "tests/support/SimplePdf.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

using namespace vanthu;
using namespace vanthu::core;

TEST_CASE("arrival numbers run continuously within the year and restart on 1 January", "[store][incoming]")
{
    test::TestWorkspace fixture;
    IncomingService incoming(fixture.workspace());
    for (int number = 1; number <= 3; ++number) {
        auto receipt = incoming.registerDocument(test::incomingRequest(number));
        REQUIRE(receipt.has_value());
        CHECK(receipt->number == number);
        CHECK(receipt->seriesCode == QStringLiteral("DEN"));
        CHECK(receipt->registerDate == QDate(2026, 3, 5));
    }
    fixture.clock().set(test::TestWorkspace::vietnamTime(2027, 1, 2, 8, 0));
    auto nextYear = incoming.registerDocument(test::incomingRequest(90));
    REQUIRE(nextYear.has_value());
    CHECK(nextYear->year == 2027);
    CHECK(nextYear->number == 1);
}

TEST_CASE("the incoming register keeps every column of Phụ lục IV", "[store][incoming]")
{
    test::TestWorkspace fixture;
    IncomingRequest request = test::incomingRequest(12);
    request.fields.dueDate = QDate(2026, 3, 20);
    request.fields.urgency = Urgency::Urgent;
    request.transferDate = QDate(2026, 3, 5);
    request.attachments = {AttachmentInput{QStringLiteral("12_QD-UBND.pdf"), test::simplePdf({QStringLiteral("x")})}};
    auto receipt = IncomingService(fixture.workspace()).registerDocument(request);
    REQUIRE(receipt.has_value());
    auto record = RegisterService(fixture.workspace()).document(receipt->id);
    REQUIRE(record.has_value());
    REQUIRE(record->incoming.has_value());
    CHECK(record->incoming->arrivalDate == QDate(2026, 3, 5));
    CHECK(record->incoming->arrivalNumber == 1);
    CHECK(record->incoming->toPlaces == QStringLiteral("Phòng Cải cách hành chính"));
    CHECK(record->incoming->transferDate == QDate(2026, 3, 5));
    CHECK(record->fields.code.display() == QStringLiteral("12/QĐ-UBND"));
    CHECK(record->fields.issuedDate == QDate(2026, 3, 2));
    CHECK(record->fields.organName == QStringLiteral("UBND quận Ba Đình"));
    CHECK(record->fields.typeKey == QStringLiteral("quyet-dinh"));
    CHECK(record->fields.dueDate == QDate(2026, 3, 20));
    CHECK(record->fields.urgency == Urgency::Urgent);
    CHECK(record->fields.pageAmount == 1);
    CHECK(record->createdBy == QStringLiteral("test.clerk"));
}

TEST_CASE("registering the same document twice needs an explicit override with a reason", "[store][incoming][dup]")
{
    test::TestWorkspace fixture;
    IncomingService incoming(fixture.workspace());
    auto first = incoming.registerDocument(test::incomingRequest(5));
    REQUIRE(first.has_value());

    SECTION("same agency, number/symbol and date, the agency written differently")
    {
        IncomingRequest again = test::incomingRequest(5);
        again.fields.organId.clear();
        again.fields.organName = QStringLiteral("ubnd QUẬN  Ba Đình");
        auto refused = incoming.registerDocument(again);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::Duplicate);
        CHECK(refused.error().message.contains(QStringLiteral("1/2026")));
        again.duplicateOverride.allowed = true;
        CHECK(incoming.registerDocument(again).error().code == ErrorCode::InvalidInput); // no reason
        again.duplicateOverride.reason = QStringLiteral("Bản gửi lại có chữ ký bổ sung");
        auto accepted = incoming.registerDocument(again);
        REQUIRE(accepted.has_value());
        CHECK(accepted->number == 2);
        REQUIRE(accepted->duplicateOf.has_value());
        CHECK(*accepted->duplicateOf == first->id);
    }
    SECTION("same edXML DocumentId, other metadata")
    {
        IncomingRequest withId = test::incomingRequest(6);
        withId.fields.edxmlDocumentId = QStringLiteral("001.00.00.H26,2026/03/02,06/QĐ-UBND");
        REQUIRE(incoming.registerDocument(withId).has_value());
        IncomingRequest sameId = test::incomingRequest(7);
        sameId.fields.edxmlDocumentId = withId.fields.edxmlDocumentId;
        CHECK(incoming.registerDocument(sameId).error().code == ErrorCode::Duplicate);
    }
    SECTION("a different date or another agency is not a duplicate")
    {
        IncomingRequest otherDate = test::incomingRequest(5);
        otherDate.fields.issuedDate = QDate(2026, 3, 3);
        CHECK(incoming.registerDocument(otherDate).has_value());
        IncomingRequest otherAgency = test::incomingRequest(5);
        otherAgency.fields.organId = QStringLiteral("002.00.00.H26");
        otherAgency.fields.organName = QStringLiteral("UBND quận Hoàn Kiếm");
        CHECK(incoming.registerDocument(otherAgency).has_value());
    }
}

TEST_CASE("secret incoming documents go to the secret register", "[store][incoming]")
{
    test::TestWorkspace fixture;
    IncomingRequest request = test::incomingRequest();
    request.fields.secrecy = Secrecy::Secret;
    auto receipt = IncomingService(fixture.workspace()).registerDocument(request);
    REQUIRE(receipt.has_value());
    CHECK(receipt->seriesCode == QStringLiteral("DEN-MAT"));
    CHECK(receipt->number == 1);
}

TEST_CASE("incoming fields are validated with messages that name the field", "[store][incoming]")
{
    test::TestWorkspace fixture;
    IncomingService incoming(fixture.workspace());
    IncomingRequest noSubject = test::incomingRequest();
    noSubject.fields.subject = QStringLiteral("   ");
    CHECK(incoming.registerDocument(noSubject).error().code == ErrorCode::InvalidInput);
    IncomingRequest future = test::incomingRequest();
    future.fields.issuedDate = QDate(2026, 3, 6);
    CHECK(incoming.registerDocument(future).error().message.contains(QStringLiteral("06/03/2026")));
    IncomingRequest lateDeadline = test::incomingRequest();
    lateDeadline.fields.dueDate = QDate(2026, 3, 1);
    CHECK(incoming.registerDocument(lateDeadline).error().code == ErrorCode::InvalidInput);
    IncomingRequest longAgency = test::incomingRequest();
    longAgency.fields.organName = QString(201, QChar(0x1EA1));
    CHECK(incoming.registerDocument(longAgency).error().message.contains(QStringLiteral("201")));
    IncomingRequest badType = test::incomingRequest();
    badType.fields.typeKey = QStringLiteral("CV");
    CHECK(incoming.registerDocument(badType).error().code == ErrorCode::InvalidInput);
    // Decomposed input is stored composed (NFC).
    IncomingRequest decomposed = test::incomingRequest();
    decomposed.fields.subject = QStringLiteral("Về việc  đề án").normalized(QString::NormalizationForm_D);
    auto receipt = incoming.registerDocument(decomposed);
    REQUIRE(receipt.has_value());
    CHECK(RegisterService(fixture.workspace()).document(receipt->id)->fields.subject
          == QStringLiteral("Về việc đề án"));
}

TEST_CASE("a batch is registered all or nothing", "[store][incoming][batch]")
{
    test::TestWorkspace fixture;
    IncomingService incoming(fixture.workspace());
    QList<IncomingRequest> batch{test::incomingRequest(1), test::incomingRequest(2), test::incomingRequest(1)};
    auto refused = incoming.registerBatch(batch);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::Duplicate);
    CHECK(refused.error().message.startsWith(QStringLiteral("Document 3")));
    batch.removeLast();
    auto accepted = incoming.registerBatch(batch);
    REQUIRE(accepted.has_value());
    CHECK(accepted->size() == 2);
    CHECK(accepted->front().number == 1); // the refused batch took no number
}

TEST_CASE("register pages are read by keyset, newest first or in order", "[store][incoming][list]")
{
    test::TestWorkspace fixture;
    IncomingService incoming(fixture.workspace());
    for (int number = 1; number <= 25; ++number) {
        REQUIRE(incoming.registerDocument(test::incomingRequest(number)).has_value());
    }
    RegisterService registers(fixture.workspace());
    auto resolved = registers.resolve({Direction::Incoming, QString(), 0});
    REQUIRE(resolved.has_value());
    CHECK(resolved->year == 2026);
    RegisterQuery query;
    query.seriesId = resolved->series.id;
    query.year = resolved->year;
    query.limit = 10;
    auto first = registers.page(Direction::Incoming, query);
    REQUIRE(first.has_value());
    REQUIRE(first->size() == 10);
    CHECK(first->front().number == 25);
    query.afterNumber = first->back().number;
    auto second = registers.page(Direction::Incoming, query);
    REQUIRE(second.has_value());
    CHECK(second->front().number == 15);
    query.ascending = true;
    query.afterNumber.reset();
    CHECK(registers.page(Direction::Incoming, query)->front().number == 1);
    auto all = registers.allRows(*resolved, {});
    REQUIRE(all.has_value());
    CHECK(all->size() == 25);
}

TEST_CASE("a batch's files are hashed and counted on several threads, with the same result as one by one",
          "[store][incoming][batch]")
{
    test::TestWorkspace fixture;
    QList<IncomingRequest> batch;
    QList<QByteArray> pdfs;
    for (int index = 0; index < 24; ++index) {
        QStringList pages;
        for (int page = 0; page <= index % 3; ++page) {
            pages.append(QStringLiteral("van ban %1 trang %2").arg(index).arg(page + 1));
        }
        pdfs.append(test::simplePdf(pages));
        IncomingRequest request = test::incomingRequest(100 + index);
        request.attachments = {AttachmentInput{QStringLiteral("den-%1.pdf").arg(index), pdfs.back()}};
        batch.append(request);
    }
    // The facts a batch computes on four threads are those computed one by one.
    const IntakeFacts facts = IntakeFacts::compute(pdfs, 4);
    for (const QByteArray& pdf : pdfs) {
        const IntakeFacts::Facts* found = facts.find(pdf);
        REQUIRE(found != nullptr);
        CHECK(found->sha256 == sha256Hex(pdf));
        REQUIRE(found->pages.has_value());
        CHECK(found->pages->pageCount == signing::PdfInspector::count(pdf)->pageCount);
    }
    CHECK(facts.find(QByteArray(pdfs.front().constData(), pdfs.front().size())) == nullptr); // another buffer

    auto registered = IncomingService(fixture.workspace()).registerBatch(batch);
    REQUIRE(registered.has_value());
    REQUIRE(registered->size() == 24);
    for (int index = 0; index < 24; ++index) {
        const AttachmentRecord& stored = registered->at(index).attachments.front();
        CHECK(stored.sha256 == sha256Hex(pdfs.at(index)));
        CHECK(stored.pageCount == index % 3 + 1);
        auto bytes = fixture.workspace().blobs().get(stored.sha256);
        REQUIRE(bytes.has_value());
        CHECK(*bytes == pdfs.at(index));
    }
    // A file that is no PDF, in the middle of a large batch, still refuses the batch and names the item.
    batch = {};
    for (int index = 0; index < 12; ++index) {
        IncomingRequest request = test::incomingRequest(200 + index);
        request.attachments = {AttachmentInput{QStringLiteral("x.pdf"),
                                               index == 7 ? QByteArray("not a pdf at all")
                                                          : test::simplePdf({QStringLiteral("x %1").arg(index)})}};
        batch.append(request);
    }
    auto refused = IncomingService(fixture.workspace()).registerBatch(batch);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("8")));
}
