// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/IncomingService.h"
#include "core/registers/OutgoingService.h"
#include "core/search/SearchIndexWriter.h"
#include "core/search/SearchQuery.h"
#include "core/search/SearchService.h"
#include "tests/support/Requests.h"
#include "tests/support/SimplePdf.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace vanthu;
using namespace vanthu::core;

namespace
{

struct SearchFixture
{
    test::TestWorkspace fixture;
    DocumentId approval; // "Đồng ý chủ trương …", incoming, QĐ
    DocumentId project;  // "Đề án …", outgoing công văn
    DocumentId withPdf;  // the word "transparency" only in its PDF
    DocumentId urgent;   // khẩn, outgoing QĐ to Bộ Tài chính

    SearchFixture()
    {
        IncomingService incoming(fixture.workspace());
        OutgoingService outgoing(fixture.workspace());
        IncomingRequest first = test::incomingRequest(5);
        first.fields.subject = QStringLiteral("Đồng ý chủ trương đầu tư trường học");
        approval = incoming.registerDocument(first)->id;
        fixture.clock().advanceSeconds(86400);
        OutgoingRequest second = test::outgoingRequest();
        second.subject = QStringLiteral("V/v góp ý Đề án vị trí việc làm");
        project = outgoing.registerDocument(second)->id;
        IncomingRequest third = test::incomingRequest(6);
        third.fields.subject = QStringLiteral("Về việc báo cáo năm");
        third.attachments = {
            AttachmentInput{QStringLiteral("a.pdf"), test::simplePdf({QStringLiteral("Budget transparency review")})}};
        withPdf = incoming.registerDocument(third)->id;
        fixture.clock().advanceSeconds(86400);
        OutgoingRequest fourth = test::outgoingRequest(QStringLiteral("QĐ"));
        fourth.subject = QStringLiteral("Về việc khen thưởng");
        fourth.urgency = Urgency::Urgent;
        fourth.recipients = {Recipient{QString(), QStringLiteral("Bộ Tài chính")}};
        urgent = outgoing.registerDocument(fourth)->id;
    }

    QList<qint64> find(const QString& text, const SearchFilter& filter = {})
    {
        auto page = SearchService(fixture.workspace()).search({text, filter, 50, std::nullopt, std::nullopt});
        REQUIRE(page.has_value());
        QList<qint64> ids;
        for (const SearchHit& hit : page->hits) {
            ids.append(hit.row.id.value);
        }
        return ids;
    }
};

} // namespace

TEST_CASE("search folds Vietnamese: without diacritics, with them, and đ as d", "[store][search]")
{
    SearchFixture data;
    CHECK(data.find(QStringLiteral("dong y")) == QList<qint64>{data.approval.value});
    CHECK(data.find(QStringLiteral("đồng ý")) == QList<qint64>{data.approval.value});
    CHECK(data.find(QStringLiteral("ĐỒNG Ý")) == QList<qint64>{data.approval.value});
    CHECK(data.find(QStringLiteral("de an")) == QList<qint64>{data.project.value});
    CHECK(data.find(QStringLiteral("Đề án")) == QList<qint64>{data.project.value});
    CHECK(data.find(QStringLiteral("QD")).contains(data.urgent.value));
    CHECK(data.find(QStringLiteral("QĐ")).contains(data.approval.value));
}

TEST_CASE("search covers number/symbol, agencies, receivers and the PDF text", "[store][search]")
{
    SearchFixture data;
    CHECK(data.find(QStringLiteral("05/QĐ-UBND")).front() == data.approval.value);
    CHECK(data.find(QStringLiteral("ba dinh")).contains(data.approval.value));
    CHECK(data.find(QStringLiteral("bo tai chinh")) == QList<qint64>{data.urgent.value});
    CHECK(data.find(QStringLiteral("transparency")) == QList<qint64>{data.withPdf.value});
    CHECK(data.find(QStringLiteral("transpar")) == QList<qint64>{data.withPdf.value}); // still typing
    CHECK(data.find(QStringLiteral("nothing like this")).isEmpty());
}

TEST_CASE("search filters by register, type, dates and urgency", "[store][search]")
{
    SearchFixture data;
    SearchFilter outgoingOnly;
    outgoingOnly.direction = Direction::Outgoing;
    CHECK(data.find(QString(), outgoingOnly) == QList<qint64>{data.urgent.value, data.project.value});
    SearchFilter decisions;
    decisions.typeKey = QStringLiteral("quyet-dinh");
    CHECK(data.find(QString(), decisions) == QList<qint64>{data.urgent.value, data.withPdf.value, data.approval.value});
    SearchFilter firstDay;
    firstDay.toDate = QDate(2026, 3, 5);
    CHECK(data.find(QString(), firstDay) == QList<qint64>{data.approval.value});
    SearchFilter urgentOnly;
    urgentOnly.urgency = Urgency::Urgent;
    CHECK(data.find(QStringLiteral("khen thuong"), urgentOnly) == QList<qint64>{data.urgent.value});
    CHECK(data.find(QStringLiteral("dong y"), urgentOnly).isEmpty());
}

TEST_CASE("words together rank before words apart, and pages continue by cursor", "[store][search]")
{
    test::TestWorkspace fixture;
    IncomingService incoming(fixture.workspace());
    QList<qint64> together;
    QList<qint64> apart;
    for (int index = 0; index < 6; ++index) {
        IncomingRequest request = test::incomingRequest(index + 1);
        request.fields.subject = index % 2 == 0 ? QStringLiteral("Triển khai đề án chuyển đổi số")
                                                : QStringLiteral("Đề nghị góp ý, giữ an toàn thông tin");
        const qint64 id = incoming.registerDocument(request)->id.value;
        (index % 2 == 0 ? together : apart).prepend(id);
    }
    SearchService search(fixture.workspace());
    auto first = search.search({QStringLiteral("de an"), {}, 4, std::nullopt, std::nullopt});
    REQUIRE(first.has_value());
    REQUIRE(first->hits.size() == 4);
    CHECK(first->hits.at(0).phraseMatch);
    CHECK(first->hits.at(0).row.id.value == together.at(0));
    CHECK(first->hits.at(2).row.id.value == together.at(2));
    CHECK_FALSE(first->hits.at(3).phraseMatch);
    CHECK(first->hits.at(3).row.id.value == apart.at(0));
    REQUIRE(first->next.has_value());
    auto second = search.search({QStringLiteral("de an"), {}, 4, first->next, std::nullopt});
    REQUIRE(second.has_value());
    REQUIRE(second->hits.size() == 2);
    CHECK(second->hits.at(0).row.id.value == apart.at(1));
    CHECK(second->hits.at(1).row.id.value == apart.at(2));
    CHECK_FALSE(second->next.has_value());
}

TEST_CASE("search text never reaches FTS5 as syntax", "[store][search]")
{
    SearchFixture data;
    for (const QString& hostile :
         {QStringLiteral("\"unbalanced"), QStringLiteral("a OR b NOT c"), QStringLiteral("subject:x*"),
          QStringLiteral("NEAR(a b)"), QStringLiteral("*"), QStringLiteral("')); DROP TABLE document; --")}) {
        auto page = SearchService(data.fixture.workspace()).search({hostile, {}, 10, std::nullopt, std::nullopt});
        CHECK(page.has_value());
    }
    const SearchQuery query(QStringLiteral("Đề \"án vị\" trí"));
    CHECK(query.tokens()
          == QStringList{QStringLiteral("de"), QStringLiteral("an"), QStringLiteral("vi"), QStringLiteral("tri")});
    CHECK(query.phraseExpression() == QStringLiteral("\"de an vi tri\"*"));
    CHECK(query.allTermsExpression() == QStringLiteral("\"de\" AND \"an vi\" AND \"tri\"*"));
}

TEST_CASE("a number/symbol search looks at the number/symbol only, as one token", "[store][search]")
{
    SearchFixture data;
    const SearchQuery code(QStringLiteral("05/QĐ-UBND"));
    CHECK(code.isDocumentCode());
    CHECK(code.documentCodeExpression() == QStringLiteral("code:\"05qdubnd\"*"));
    CHECK(SearchQuery(QStringLiteral("QĐ-UBND")).isDocumentCode());
    CHECK(SearchQuery(QStringLiteral("05/")).isDocumentCode());
    CHECK_FALSE(SearchQuery(QStringLiteral("đồng ý")).isDocumentCode());
    CHECK_FALSE(SearchQuery(QStringLiteral("05")).isDocumentCode());
    CHECK(data.find(QStringLiteral("05/QĐ-UBND")) == QList<qint64>{data.approval.value});
    CHECK(data.find(QStringLiteral("05/qd-ubnd")) == QList<qint64>{data.approval.value});
    CHECK(data.find(QStringLiteral("06/QĐ")) == QList<qint64>{data.withPdf.value});
    CHECK(data.find(QStringLiteral("QD-UBND")) == QList<qint64>{data.withPdf.value, data.approval.value});
    CHECK(data.find(QStringLiteral("01/SNV-VP")) == QList<qint64>{data.project.value});
}

TEST_CASE("a lost search index is rebuilt from the registers and the stored PDFs", "[store][search]")
{
    SearchFixture data;
    data.fixture.workspace().searchIndex().waitUntilIdle();
    const QString indexPath = QDir(data.fixture.path()).filePath(Workspace::searchFileName());
    // Close everything, remove the index and its journal, open again.
    data.fixture.closeWorkspace();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(indexPath + suffix);
    }
    REQUIRE_FALSE(QFile::exists(indexPath));
    data.fixture.reopen();
    // The window's bounded wait: true once the rebuild is done, well within the limit for three documents.
    CHECK(data.fixture.workspace().searchIndex().waitUntilIdleFor(std::chrono::seconds(60)));
    CHECK(data.find(QStringLiteral("transparency")) == QList<qint64>{data.withPdf.value});
    SearchRequest bounded{QStringLiteral("transparency"), {}, 10, std::nullopt, std::chrono::seconds(60)};
    auto page = SearchService(data.fixture.workspace()).search(bounded);
    REQUIRE(page.has_value());
    CHECK(page->indexComplete);
    CHECK(page->hits.size() == 1);
}
