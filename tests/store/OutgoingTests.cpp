// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/OutgoingService.h"
#include "core/registers/RegisterService.h"
#include "core/registers/SeriesService.h"
#include "tests/support/Requests.h"
#include "tests/support/SimplePdf.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

#include <atomic>

using namespace vanthu;
using namespace vanthu::core;

TEST_CASE("outgoing documents are numbered 01, 02, … with the Decree 30 symbol", "[store][outgoing]")
{
    test::TestWorkspace fixture;
    OutgoingService outgoing(fixture.workspace());
    auto first = outgoing.registerDocument(test::outgoingRequest(QStringLiteral("cong-van")));
    REQUIRE(first.has_value());
    CHECK(first->number == 1);
    CHECK(first->code.display() == QStringLiteral("01/SNV-VP"));
    CHECK(first->seriesCode == QStringLiteral("VB"));
    CHECK(first->registerDate == QDate(2026, 3, 5));
    auto second = outgoing.registerDocument(test::outgoingRequest(QStringLiteral("QĐ")));
    REQUIRE(second.has_value());
    CHECK(second->code.display() == QStringLiteral("02/QĐ-SNV"));
    auto record = RegisterService(fixture.workspace()).document(second->id);
    REQUIRE(record.has_value());
    CHECK(record->fields.organName == QStringLiteral("Sở Nội vụ thành phố Hà Nội"));
    CHECK(record->fields.issuedDate == QDate(2026, 3, 5));
    REQUIRE(record->outgoing.has_value());
    CHECK(record->outgoing->recipients.size() == 1);
    CHECK(record->outgoing->recipients.front().organId == QStringLiteral("000.00.00.G09"));
}

TEST_CASE("numbering restarts at 01 on 1 January, Vietnam time", "[store][outgoing][year]")
{
    test::TestWorkspace fixture;
    OutgoingService outgoing(fixture.workspace());
    fixture.clock().set(test::TestWorkspace::vietnamTime(2026, 12, 31, 23, 58));
    for (int index = 0; index < 3; ++index) {
        REQUIRE(outgoing.registerDocument(test::outgoingRequest()).has_value());
    }
    // 00:01 on 1 January in Hà Nội is still 31 December in UTC.
    fixture.clock().set(test::TestWorkspace::vietnamTime(2027, 1, 1, 0, 1));
    auto newYear = outgoing.registerDocument(test::outgoingRequest());
    REQUIRE(newYear.has_value());
    CHECK(newYear->year == 2027);
    CHECK(newYear->number == 1);
    CHECK(newYear->code.display() == QStringLiteral("01/SNV-VP"));
    CHECK(newYear->registerDate == QDate(2027, 1, 1));
}

TEST_CASE("secret documents and copies take their own series", "[store][outgoing][series]")
{
    test::TestWorkspace fixture;
    OutgoingService outgoing(fixture.workspace());
    OutgoingRequest secret = test::outgoingRequest();
    secret.secrecy = Secrecy::Confidential;
    auto secretReceipt = outgoing.registerDocument(secret);
    REQUIRE(secretReceipt.has_value());
    CHECK(secretReceipt->seriesCode == QStringLiteral("MAT"));
    CHECK(secretReceipt->number == 1);
    auto copy = outgoing.registerDocument(test::outgoingRequest(QStringLiteral("SY")));
    REQUIRE(copy.has_value());
    CHECK(copy->seriesCode == QStringLiteral("SAO"));
    CHECK(copy->code.display() == QStringLiteral("01/SY-SNV"));
    auto ordinary = outgoing.registerDocument(test::outgoingRequest());
    REQUIRE(ordinary.has_value());
    CHECK(ordinary->seriesCode == QStringLiteral("VB"));
    CHECK(ordinary->number == 1);
    // A secret document may not be put into the general series by hand.
    OutgoingRequest misfiled = secret;
    misfiled.seriesCode = QStringLiteral("VB");
    auto refused = outgoing.registerDocument(misfiled);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("a legal normative type gets its own series and the year in its symbol", "[store][outgoing][series]")
{
    test::TestWorkspace fixture;
    OutgoingRequest request = test::outgoingRequest(QStringLiteral("QĐ"));
    request.legalNormative = true;
    OutgoingService outgoing(fixture.workspace());
    auto withoutSeries = outgoing.registerDocument(request);
    REQUIRE_FALSE(withoutSeries.has_value());
    CHECK(withoutSeries.error().code == ErrorCode::NotFound);
    NumberingSeries series;
    series.code = QStringLiteral("qppl-qd");
    series.name = QStringLiteral("Quyết định quy phạm pháp luật");
    series.direction = Direction::Outgoing;
    series.scope = SeriesScope::Types;
    series.typeKeys = {QStringLiteral("QĐ")};
    series.legalNormative = true;
    auto added = SeriesService(fixture.workspace()).add(series);
    REQUIRE(added.has_value());
    CHECK(added->code == QStringLiteral("QPPL-QD"));
    CHECK(added->typeKeys == QStringList{QStringLiteral("quyet-dinh")});
    auto receipt = outgoing.registerDocument(request);
    REQUIRE(receipt.has_value());
    CHECK(receipt->seriesCode == QStringLiteral("QPPL-QD"));
    CHECK(receipt->code.display() == QStringLiteral("01/2026/QĐ-SNV"));
    // Administrative decisions stay in the general series.
    auto administrative = outgoing.registerDocument(test::outgoingRequest(QStringLiteral("QĐ")));
    REQUIRE(administrative.has_value());
    CHECK(administrative->seriesCode == QStringLiteral("VB"));
}

TEST_CASE("series configuration errors are refused", "[store][series]")
{
    test::TestWorkspace fixture;
    SeriesService service(fixture.workspace());
    NumberingSeries duplicateGeneral{
        0, QStringLiteral("VB2"), QStringLiteral("Thứ hai"), Direction::Outgoing, SeriesScope::General, {}, false, {}};
    auto second = service.add(duplicateGeneral);
    REQUIRE_FALSE(second.has_value());
    CHECK(second.error().code == ErrorCode::Conflict);
    NumberingSeries badCode{0,
                            QStringLiteral("a b"),
                            QStringLiteral("x"),
                            Direction::Outgoing,
                            SeriesScope::Types,
                            {QStringLiteral("CT")},
                            false,
                            {}};
    CHECK(service.add(badCode).error().code == ErrorCode::InvalidInput);
    NumberingSeries incomingTypes{0,
                                  QStringLiteral("DEN-QD"),
                                  QStringLiteral("x"),
                                  Direction::Incoming,
                                  SeriesScope::Types,
                                  {QStringLiteral("QĐ")},
                                  false,
                                  {}};
    CHECK(service.add(incomingTypes).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("outgoing registration checks its fields before taking a number", "[store][outgoing]")
{
    test::TestWorkspace fixture;
    OutgoingService outgoing(fixture.workspace());
    OutgoingRequest noRecipient = test::outgoingRequest();
    noRecipient.recipients.clear();
    CHECK(outgoing.registerDocument(noRecipient).error().code == ErrorCode::InvalidInput);
    OutgoingRequest noUnit = test::outgoingRequest();
    noUnit.draftingUnit.clear();
    CHECK(outgoing.registerDocument(noUnit).error().code == ErrorCode::InvalidInput);
    OutgoingRequest noSigner = test::outgoingRequest();
    noSigner.signerName.clear();
    CHECK(outgoing.registerDocument(noSigner).error().code == ErrorCode::InvalidInput);
    OutgoingRequest notPdf = test::outgoingRequest();
    notPdf.attachments = {AttachmentInput{QStringLiteral("letter.docx"), QByteArray("PK\x03\x04 not a pdf")}};
    auto refused = outgoing.registerDocument(notPdf);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("letter.docx")));
    // None of the failures used up a number.
    auto accepted = outgoing.registerDocument(test::outgoingRequest());
    REQUIRE(accepted.has_value());
    CHECK(accepted->number == 1);
}

TEST_CASE("attachments are stored with hash, size and page count", "[store][outgoing][attachments]")
{
    test::TestWorkspace fixture;
    OutgoingRequest request = test::outgoingRequest();
    const QByteArray main = test::simplePdf({QStringLiteral("Page one"), QStringLiteral("Page two")});
    const QByteArray annex = test::simplePdf({QStringLiteral("Annex")});
    request.attachments = {AttachmentInput{QStringLiteral("/some/path/main.pdf"), main},
                           AttachmentInput{QStringLiteral("annex.pdf"), annex}};
    auto receipt = OutgoingService(fixture.workspace()).registerDocument(request);
    REQUIRE(receipt.has_value());
    REQUIRE(receipt->attachments.size() == 2);
    CHECK(receipt->attachments.at(0).fileName == QStringLiteral("main.pdf"));
    CHECK(receipt->attachments.at(0).pageCount == 2);
    CHECK(receipt->attachments.at(0).size == main.size());
    CHECK(receipt->attachments.at(1).pageCount == 1);
    auto record = RegisterService(fixture.workspace()).document(receipt->id);
    REQUIRE(record.has_value());
    CHECK(record->fields.pageAmount == 2);
    CHECK(*RegisterService(fixture.workspace()).attachmentBytes(record->attachments.at(1)) == annex);
}

TEST_CASE("Cancel stops a batch registration before its commit and no number is used", "[store][outgoing]")
{
    test::TestWorkspace fixture;
    OutgoingService outgoing(fixture.workspace());
    QList<OutgoingRequest> batch;
    for (int index = 0; index < 2500; ++index) {
        batch.append(test::outgoingRequest());
    }
    std::atomic<bool> cancelled{false};
    int lastDone = 0;
    int lastTotal = 0;
    // Cancel is pressed once the writing has begun (progress past the preparation of all items).
    const TaskToken token(&cancelled, [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
        if (done > 2500) {
            cancelled = true;
        }
    });
    auto stopped = outgoing.registerBatch(batch, token);
    REQUIRE_FALSE(stopped.has_value());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    CHECK(lastTotal == 5000);
    CHECK(lastDone > 2500);
    CHECK(lastDone < 5000);
    // Nothing was numbered: the next document gets 01.
    auto next = outgoing.registerDocument(test::outgoingRequest());
    REQUIRE(next.has_value());
    CHECK(next->number == 1);

    // An item that fails names its place in the batch, and the whole batch is refused.
    batch = {test::outgoingRequest(), test::outgoingRequest()};
    batch[1].subject.clear();
    auto refused = outgoing.registerBatch(batch);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("2")));
    auto after = outgoing.registerDocument(test::outgoingRequest());
    REQUIRE(after.has_value());
    CHECK(after->number == 2);
}
