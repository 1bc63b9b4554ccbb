// SPDX-License-Identifier: GPL-3.0-or-later
// Issuing: the number, the stamped PDF and the register row commit together, or nothing does.
#include "common/Sha256.h"
#include "core/registers/OutgoingService.h"
#include "core/registers/RegisterService.h"
#include "tests/support/Requests.h"
#include "tests/support/SimplePdf.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

using namespace vanthu;
using namespace vanthu::core;

TEST_CASE("issuing stores the stamped PDF with the number it was given", "[store][outgoing][issuing]")
{
    test::TestWorkspace fixture;
    OutgoingService outgoing(fixture.workspace());
    RegistrationReceipt seen;
    const AttachmentInput signedByLeader{QStringLiteral("signed.pdf"),
                                         test::simplePdf({QStringLiteral("Số: /QĐ-SNV")})};
    auto issued = outgoing.issueDocument(
        test::outgoingRequest(QStringLiteral("QĐ")), signedByLeader,
        [&](const RegistrationReceipt& numbered) -> Result<AttachmentInput> {
            seen = numbered;
            return AttachmentInput{QStringLiteral("issued.pdf"), test::simplePdf({numbered.code.printed()})};
        });
    REQUIRE(issued.has_value());
    CHECK(seen.code.display() == QStringLiteral("01/QĐ-SNV"));
    CHECK(seen.registerDate == QDate(2026, 3, 5));
    CHECK(issued->code.display() == seen.code.display());
    REQUIRE(issued->attachments.size() == 1);
    CHECK(issued->attachments.front().fileName == QStringLiteral("issued.pdf"));
    RegisterService registers(fixture.workspace());
    auto record = registers.document(issued->id);
    REQUIRE(record.has_value());
    REQUIRE(record->attachments.size() == 1);
    CHECK(record->fields.pageAmount == 1);
    auto bytes = registers.attachmentBytes(record->attachments.front());
    REQUIRE(bytes.has_value());
    CHECK(*bytes == test::simplePdf({QStringLiteral("Số: 01/QĐ-SNV")}));
    // The leader-signed file is the issued one's parent version, its blob kept.
    REQUIRE(record->versions.size() == 2);
    const DocumentVersion& leader = record->versions.at(0);
    const DocumentVersion& sealed = record->versions.at(1);
    CHECK(leader.kind == VersionKind::Signed);
    CHECK(leader.sha256 == sha256Hex(signedByLeader.bytes));
    CHECK_FALSE(leader.parentId.has_value());
    CHECK(sealed.kind == VersionKind::Issued);
    CHECK(sealed.parentId == std::optional<qint64>(leader.id));
    CHECK(sealed.sha256 == record->attachments.front().sha256);
    CHECK(fixture.workspace().blobs().get(leader.sha256).has_value());
}

TEST_CASE("a failed issuing step leaves no number used and nothing registered", "[store][outgoing][issuing]")
{
    test::TestWorkspace fixture;
    OutgoingService outgoing(fixture.workspace());
    const AttachmentInput signedByLeader{QStringLiteral("signed.pdf"),
                                         test::simplePdf({QStringLiteral("Số: /QĐ-SNV")})};
    auto failed = outgoing.issueDocument(
        test::outgoingRequest(QStringLiteral("QĐ")), signedByLeader,
        [](const RegistrationReceipt&) -> Result<AttachmentInput> {
            return Error{ErrorCode::InvalidInput, QStringLiteral("no seal"), QStringLiteral("test")};
        });
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().message == QStringLiteral("no seal"));
    auto notPdf = outgoing.issueDocument(test::outgoingRequest(QStringLiteral("QĐ")), signedByLeader,
                                         [](const RegistrationReceipt&) -> Result<AttachmentInput> {
                                             return AttachmentInput{QStringLiteral("x.pdf"), QByteArray("not a pdf")};
                                         });
    REQUIRE_FALSE(notPdf.has_value());
    // The next document gets 01: the failed attempts consumed nothing.
    auto next = outgoing.registerDocument(test::outgoingRequest(QStringLiteral("QĐ")));
    REQUIRE(next.has_value());
    CHECK(next->code.display() == QStringLiteral("01/QĐ-SNV"));
    RegisterService registers(fixture.workspace());
    auto resolved = registers.resolve(RegisterSelection{Direction::Outgoing, QString(), 0});
    REQUIRE(resolved.has_value());
    RegisterQuery query;
    query.seriesId = resolved->series.id;
    query.year = resolved->year;
    auto rows = registers.page(Direction::Outgoing, query);
    REQUIRE(rows.has_value());
    CHECK(rows->size() == 1);
}
