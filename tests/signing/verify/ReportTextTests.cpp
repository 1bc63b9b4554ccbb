// SPDX-License-Identifier: GPL-3.0-or-later
// The clerk-facing words of a validation report, in Vietnamese and in English, with the translator installed the
// way vanthu-cli and the desktop application install it.
#include "signing/verify/ReportText.h"
#include "signing/verify/Validation.h"
#include "tests/signing/support/SigningFixture.h"
#include "translations/Translations.h"

#include <catch2/catch.hpp>

using namespace vanthu;
using namespace vanthu::signing;
using vanthu::test::SigningFixture;
using vanthu::test::TestPki;

namespace
{

/** A signed one-pager and the same bytes with one signed byte changed, validated offline against the test root. */
struct Reports
{
    ValidationReport valid;
    ValidationReport tampered;
};

Reports validAndTampered()
{
    SigningFixture fixture;
    const auto key = fixture.key(TestPki::Identity::LeaderRsa2048);
    const auto signedPdf = PadesSigner::sign(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), *key,
                                             SigningFixture::request());
    REQUIRE(signedPdf.has_value());
    ValidationOptions options;
    options.trustAnchorsDer = {fixture.pki().rootDer()};
    options.checkRevocationOnline = false;
    QByteArray tampered = signedPdf->pdf();
    const qsizetype producer = tampered.indexOf("/Producer");
    REQUIRE(producer > 0);
    tampered[producer + 2] = 'X'; // "/PXoducer": still a PDF, no longer the signed bytes
    auto valid = validatePdf(signedPdf->pdf(), options);
    auto broken = validatePdf(tampered, options);
    REQUIRE(valid.has_value());
    REQUIRE(broken.has_value());
    return Reports{*valid, *broken};
}

} // namespace

TEST_CASE("The verification report reads in Vietnamese with diacritics and in English", "[verify]")
{
    const Reports reports = validAndTampered();
    REQUIRE(reports.valid.verdict == Verdict::Valid);
    REQUIRE(reports.tampered.verdict == Verdict::Invalid);
    REQUIRE(reports.tampered.signatures.size() == 1);
    REQUIRE(reports.tampered.signatures.first().subIndication == SubIndication::HashFailure);
    CHECK(reportSeverity(reports.valid) == Severity::Green);
    CHECK(reportSeverity(reports.tampered) == Severity::Red);
    CHECK(signatureSeverity(reports.tampered.signatures.first()) == Severity::Red);

    installTranslations(Language::Vietnamese);
    const QString valid = reportAsText(reports.valid);
    INFO(valid.toStdString());
    CHECK(valid.startsWith(QStringLiteral("Chữ ký hợp lệ\n")));
    CHECK(valid.contains(QStringLiteral("Chữ ký 1/1: trường \"")));
    CHECK(valid.contains(QStringLiteral("  Kết quả: Hợp lệ\n")));
    CHECK(valid.contains(QStringLiteral("  Người ký: ")));
    CHECK(valid.contains(QStringLiteral("  Cấp bởi: ")));
    CHECK(valid.contains(QStringLiteral(
        "  Thời điểm ký: 14:30:15 ngày 05/03/2026 (giờ Việt Nam), theo máy tính của người ký (chưa được xác thực)\n")));
    CHECK(valid.contains(QStringLiteral("  Định dạng: PAdES B-B (chữ ký cơ bản, không có dấu thời gian)\n")));
    CHECK(valid.contains(QStringLiteral("  Phần được ký: toàn bộ văn bản\n")));
    CHECK(valid.contains(QStringLiteral("  Thay đổi sau chữ ký này: không có thay đổi sau khi ký\n")));
    CHECK_FALSE(valid.contains(QStringLiteral("Lý do:")));

    const QString tampered = reportAsText(reports.tampered);
    INFO(tampered.toStdString());
    CHECK(tampered.startsWith(QStringLiteral("Chữ ký không hợp lệ\nÍt nhất một chữ ký bị hỏng")));
    CHECK(tampered.contains(QStringLiteral("  Kết quả: Không hợp lệ\n")));
    CHECK(tampered.contains(QStringLiteral("  Lý do: Nội dung đã ký bị thay đổi sau khi ký.\n")));
    CHECK(verdictTitle(Verdict::Modified) == QStringLiteral("Văn bản đã bị sửa đổi sau khi ký"));
    CHECK(verdictTitle(Verdict::Indeterminate) == QStringLiteral("Không xác định được"));
    CHECK(indicationText(Indication::Indeterminate) == QStringLiteral("Không xác định được"));
    CHECK(subIndicationText(SubIndication::Revoked)
          == QStringLiteral("Chứng thư số của người ký đã bị thu hồi trước thời điểm ký."));
    CHECK(modificationLevelText(ModificationLevel::Other) == QStringLiteral("thay đổi không được phép"));
    CHECK(subIndicationText(SubIndication::None).isEmpty());

    installTranslations(Language::English);
    const QString english = reportAsText(reports.valid);
    INFO(english.toStdString());
    CHECK(english.startsWith(QStringLiteral("Valid signature\nEvery signature is intact")));
    CHECK(english.contains(QStringLiteral("Signature 1 of 1: field \"")));
    CHECK(english.contains(QStringLiteral(
        "  Signing time: 14:30:15 on 05/03/2026 (Vietnam time), as claimed by the signer's computer (not proven)\n")));
    CHECK(english.contains(QStringLiteral("  Format: PAdES B-B (basic signature, no timestamp)\n")));
    const QString englishTampered = reportAsText(reports.tampered);
    CHECK(englishTampered.startsWith(QStringLiteral("Invalid signature\n")));
    CHECK(englishTampered.contains(QStringLiteral("  Reason: The signed content was changed after signing.\n")));
    CHECK(verdictTitle(Verdict::Modified) == QStringLiteral("Document modified after signing"));
}

TEST_CASE("A signature whose revocation was not yet checked is never green, and the text report says so", "[verify]")
{
    installTranslations(Language::English);
    SignatureReport signature;
    signature.field = QStringLiteral("Signature1");
    signature.indication = Indication::TotalPassed;
    signature.integrity = true;
    signature.revocation = RevocationCheck::NotYetChecked;
    ValidationReport report;
    report.verdict = Verdict::RevocationNotChecked;
    report.signatures = {signature};
    CHECK(signatureSeverity(signature) == Severity::Yellow);
    CHECK(reportSeverity(report) == Severity::Yellow);
    const QString text = reportAsText(report);
    INFO(text.toStdString());
    CHECK(text.startsWith(verdictTitle(Verdict::RevocationNotChecked) + QLatin1Char('\n')));
    CHECK(text.contains(QStringLiteral("  Revocation: ") + revocationText(RevocationCheck::NotYetChecked)
                        + QLatin1Char('\n')));
    CHECK(text.endsWith(QStringLiteral("Offline check: no certification authority was asked online.\n")));

    // Even under a verdict that says valid, the signature itself stays yellow until its revocation is checked.
    report.verdict = Verdict::Valid;
    CHECK(reportSeverity(report) == Severity::Yellow);
    report.signatures.front().revocation = RevocationCheck::Checked;
    report.online = true;
    CHECK(reportSeverity(report) == Severity::Green);
    CHECK(reportAsText(report).contains(revocationText(RevocationCheck::Checked)));
    for (const RevocationCheck state : {RevocationCheck::NotNeeded, RevocationCheck::Checked,
                                        RevocationCheck::NotYetChecked, RevocationCheck::NoSource}) {
        CHECK_FALSE(revocationText(state).isEmpty());
    }
}
