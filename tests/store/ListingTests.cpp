// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/IncomingService.h"
#include "core/registers/OutgoingService.h"
#include "core/registers/RegisterListing.h"
#include "core/registers/RegisterService.h"
#include "tests/support/Requests.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

#include <future>

using namespace vanthu;
using namespace vanthu::core;

namespace
{

struct Entry
{
    const char* subject;
    const char* organ;
    const char* notation;
    int codeNumber;
    const char* typeKey;
    Urgency urgency;
};

// Arrival numbers 1–6 in this order; the subjects and agencies start with letters Vietnamese sorts by their base
// letter ("Đ" with "D", "Ấ" with "A"), where a byte order would put every accented letter after "z".
const Entry Entries[] = {
    {"Đề án chuyển đổi số", "UBND quận Đống Đa", "QĐ-UBND", 7, "quyet-dinh", Urgency::Normal},
    {"Ấn định lịch tiếp dân", "Sở Tài chính", "TB-STC", 30, "thong-bao", Urgency::Urgent},
    {"Báo cáo kết quả an toàn thông tin", "Bộ Nội vụ", "BC-BNV", 2, "cong-van", Urgency::Normal},
    {"Dự toán ngân sách năm 2027", "UBND quận Ba Đình", "QĐ-UBND", 12, "quyet-dinh", Urgency::Flash},
    {"Zalo công vụ: hướng dẫn sử dụng", "Ủy ban nhân dân phường Yên Hòa", "HD-UBND", 4, "huong-dan", Urgency::Normal},
    {"Kế hoạch cải cách hành chính", "Ấp Bắc", "KH-UBND", 3, "ke-hoach", Urgency::Urgent},
};

struct ListingFixture
{
    test::TestWorkspace fixture;
    RegisterListing listing;

    ListingFixture()
    {
        IncomingService incoming(fixture.workspace());
        for (const Entry& entry : Entries) {
            IncomingRequest request = test::incomingRequest(entry.codeNumber);
            request.fields.subject = QString::fromUtf8(entry.subject);
            request.fields.organName = QString::fromUtf8(entry.organ);
            request.fields.organId.clear();
            request.fields.code.notation = QString::fromUtf8(entry.notation);
            request.fields.typeKey = QString::fromUtf8(entry.typeKey);
            request.fields.urgency = entry.urgency;
            REQUIRE(incoming.registerDocument(request).has_value());
        }
        auto resolved = RegisterService(fixture.workspace()).resolve({Direction::Incoming, QString(), 0});
        REQUIRE(resolved.has_value());
        listing.seriesId = resolved->series.id;
        listing.year = resolved->year;
        fixture.workspace().searchIndex().waitUntilIdle();
    }

    /** The arrival numbers of the listing, in its order. */
    QList<qint64> numbers()
    {
        auto ids = listRegisterIds(fixture.workspace().directory(), listing);
        REQUIRE(ids.has_value());
        auto rows = RegisterService(fixture.workspace()).rows(*ids);
        REQUIRE(rows.has_value());
        QList<qint64> list;
        for (const RegisterRow& row : *rows) {
            list.append(row.number);
        }
        return list;
    }
};

} // namespace

TEST_CASE("a register lists newest first by default and in number order on request", "[store][listing]")
{
    ListingFixture f;
    CHECK(f.numbers() == QList<qint64>{6, 5, 4, 3, 2, 1});
    f.listing.ascending = true;
    CHECK(f.numbers() == QList<qint64>{1, 2, 3, 4, 5, 6});
}

TEST_CASE("a register orders text columns by base letter, not by byte", "[store][listing]")
{
    ListingFixture f;
    f.listing.order = RegisterOrder::Party;
    f.listing.ascending = true;
    // Ấp Bắc, Bộ Nội vụ, Sở Tài chính, UBND quận Ba Đình, UBND quận Đống Đa, Ủy ban nhân dân phường Yên Hòa.
    CHECK(f.numbers() == QList<qint64>{6, 3, 2, 4, 1, 5});
    f.listing.ascending = false;
    CHECK(f.numbers() == QList<qint64>{5, 1, 4, 2, 3, 6});
}

TEST_CASE("a register orders by type and subject, by number/symbol and by urgency", "[store][listing]")
{
    ListingFixture f;
    f.listing.ascending = true;
    f.listing.order = RegisterOrder::Subject;
    // cong-van, huong-dan, ke-hoach, quyet-dinh ("Đề án" before "Dự toán": "de" < "du"), thong-bao.
    CHECK(f.numbers() == QList<qint64>{3, 5, 6, 1, 4, 2});
    f.listing.order = RegisterOrder::Code;
    // BC-BNV 2, HD-UBND 4, KH-UBND 3, QĐ-UBND 7 then 12 (numbers compared as numbers), TB-STC 30.
    CHECK(f.numbers() == QList<qint64>{3, 5, 6, 1, 4, 2});
    f.listing.order = RegisterOrder::Urgency;
    f.listing.ascending = false;
    // Hỏa tốc, then Khẩn (newest first among equals), then the ordinary ones newest first.
    CHECK(f.numbers() == QList<qint64>{4, 6, 2, 5, 3, 1});
}

TEST_CASE("a register is narrowed by type, urgency and a search without diacritics", "[store][listing]")
{
    ListingFixture f;
    f.listing.typeKey = QStringLiteral("quyet-dinh");
    CHECK(f.numbers() == QList<qint64>{4, 1});
    f.listing.typeKey.clear();
    f.listing.urgency = Urgency::Urgent;
    CHECK(f.numbers() == QList<qint64>{6, 2});
    f.listing.urgency.reset();
    f.listing.text = QStringLiteral("chuyen doi so");
    CHECK(f.numbers() == QList<qint64>{1});
    f.listing.text = QStringLiteral("AN TOÀN THÔNG TIN");
    CHECK(f.numbers() == QList<qint64>{3});
    f.listing.text = QStringLiteral("QD-UBND");
    CHECK(f.numbers() == QList<qint64>{4, 1});
    f.listing.text = QStringLiteral("khong co van ban nay");
    CHECK(f.numbers().isEmpty());
}

TEST_CASE("the outgoing register orders by the first recipient and by issue date", "[store][listing]")
{
    test::TestWorkspace fixture;
    OutgoingService outgoing(fixture.workspace());
    for (const char* recipient : {"Văn phòng Chính phủ", "Ban Tổ chức Thành ủy", "Đài Phát thanh Hà Nội"}) {
        OutgoingRequest request = test::outgoingRequest();
        request.recipients = {Recipient{QString(), QString::fromUtf8(recipient)},
                              Recipient{QString(), QStringLiteral("Bộ Nội vụ")}};
        REQUIRE(outgoing.registerDocument(request).has_value());
    }
    auto resolved = RegisterService(fixture.workspace()).resolve({Direction::Outgoing, QString(), 0});
    REQUIRE(resolved.has_value());
    RegisterListing listing;
    listing.direction = Direction::Outgoing;
    listing.seriesId = resolved->series.id;
    listing.year = resolved->year;
    listing.order = RegisterOrder::Party;
    listing.ascending = true;
    auto ids = listRegisterIds(fixture.workspace().directory(), listing);
    REQUIRE(ids.has_value());
    auto rows = RegisterService(fixture.workspace()).rows(*ids);
    REQUIRE(rows.has_value());
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(0).receivers.startsWith(QStringLiteral("Ban Tổ chức")));
    CHECK(rows->at(1).receivers.startsWith(QStringLiteral("Đài Phát thanh")));
    CHECK(rows->at(2).receivers.startsWith(QStringLiteral("Văn phòng")));
    listing.order = RegisterOrder::Date;
    ids = listRegisterIds(fixture.workspace().directory(), listing);
    REQUIRE(ids.has_value());
    CHECK(ids->size() == 3);
}

TEST_CASE("a register listing runs on another thread beside the workspace's own connection", "[store][listing]")
{
    ListingFixture f;
    f.listing.order = RegisterOrder::Subject;
    f.listing.text = QStringLiteral("UBND");
    const QString directory = f.fixture.workspace().directory();
    const RegisterListing listing = f.listing;
    auto future = std::async(std::launch::async, [directory, listing] { return listRegisterIds(directory, listing); });
    // The workspace keeps registering while the other thread reads.
    REQUIRE(IncomingService(f.fixture.workspace()).registerDocument(test::incomingRequest(99)).has_value());
    const Result<QList<DocumentId>> ids = future.get();
    REQUIRE(ids.has_value());
    CHECK(ids->size() >= 3);
}

TEST_CASE("a listing of a workspace that does not exist is an error, not an empty register", "[store][listing]")
{
    RegisterListing listing;
    listing.text = QStringLiteral("x");
    auto ids = listRegisterIds(QStringLiteral("/nonexistent/vanthu-workspace"), listing);
    REQUIRE_FALSE(ids.has_value());
    CHECK_FALSE(ids.error().message.isEmpty());
}
