// SPDX-License-Identifier: GPL-3.0-or-later
// `vanthu-cli verify` and revocation (issue 12): an offline pass never says VALID for a certificate whose revocation
// was not asked (REVOCATION_NOT_CHECKED, exit code 2, and no request reaches the responder); online, the local OCSP
// responder answers and the verdict is VALID with exit code 0. The JSON carries the report's new fields.
#include "signing/verify/ReportText.h"
#include "tests/signing/support/RevocableSignature.h"
#include "tests/support/CliRunner.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace vanthu;

namespace
{

QStringList verifyArguments(test::RevocableSignature& signature, const QString& pdf, const QStringList& more)
{
    return QStringList{QStringLiteral("verify"), pdf, QStringLiteral("--trust-anchor"), signature.pki().rootCertPath()}
           + more;
}

} // namespace

TEST_CASE("verify --offline says revocation not yet checked, exit code 2, and asks nobody", "[cli][verify]")
{
    test::RevocableSignature signature;
    const QString pdf = signature.write(QStringLiteral("signed.pdf"));

    const test::CliResult json = test::runCli(
        signature.folder(), verifyArguments(signature, pdf, {QStringLiteral("--offline"), QStringLiteral("--json")}));
    INFO(json.out.toStdString() << json.err.toStdString());
    CHECK(json.exitCode == 2);
    const QJsonObject report = json.json();
    CHECK(report.value(QStringLiteral("verdict")).toString() == QStringLiteral("REVOCATION_NOT_CHECKED"));
    CHECK(report.value(QStringLiteral("online")).isBool());
    CHECK_FALSE(report.value(QStringLiteral("online")).toBool());
    CHECK_FALSE(report.value(QStringLiteral("rebuilt")).toBool());
    const QJsonArray signatures = report.value(QStringLiteral("signatures")).toArray();
    REQUIRE(signatures.size() == 1);
    CHECK(signatures[0].toObject().value(QStringLiteral("revocation")).toString() == QStringLiteral("NOT_YET_CHECKED"));

    const test::CliResult text = test::runCli(
        signature.folder(),
        verifyArguments(signature, pdf, {QStringLiteral("--offline"), QStringLiteral("--lang"), QStringLiteral("en")}));
    INFO(text.out.toStdString());
    CHECK(text.exitCode == 2);
    // The verdict's own words first (English here, as this test process has no translator), and per signature the
    // revocation state.
    CHECK(text.out.startsWith(signing::verdictTitle(signing::Verdict::RevocationNotChecked) + QLatin1Char('\n')));
    CHECK(text.out.contains(signing::verdictExplanation(signing::Verdict::RevocationNotChecked)));
    CHECK(text.out.contains(signing::revocationText(signing::RevocationCheck::NotYetChecked)));

    CHECK(signature.requests().isEmpty());
}

TEST_CASE("verify asks the local OCSP responder and says VALID with the report's fields in JSON", "[cli][verify]")
{
    test::RevocableSignature signature;
    const QString pdf = signature.write(QStringLiteral("signed.pdf"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);

    const test::CliResult run =
        test::runCli(signature.folder(), verifyArguments(signature, pdf, {QStringLiteral("--json")}));
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QJsonObject report = run.json();
    CHECK(report.value(QStringLiteral("verdict")).toString() == QStringLiteral("VALID"));
    CHECK(report.value(QStringLiteral("online")).toBool());
    CHECK_FALSE(report.value(QStringLiteral("rebuilt")).toBool());
    const QDateTime validatedAt =
        QDateTime::fromString(report.value(QStringLiteral("validatedAt")).toString(), Qt::ISODate);
    CHECK(validatedAt.isValid());
    CHECK(validatedAt >= before);

    const QJsonArray signatures = report.value(QStringLiteral("signatures")).toArray();
    REQUIRE(signatures.size() == 1);
    const QJsonObject first = signatures[0].toObject();
    CHECK(first.value(QStringLiteral("revocation")).toString() == QStringLiteral("CHECKED"));
    // No timestamp: the signing time is the claimed one, and nothing proves the signature's existence earlier.
    CHECK(QDateTime::fromString(first.value(QStringLiteral("signingTime")).toString(), Qt::ISODate).isValid());
    CHECK(first.value(QStringLiteral("proofOfExistence")).isNull());
    CHECK(first.value(QStringLiteral("changedAreas")).isArray());
    CHECK(first.value(QStringLiteral("changedAreas")).toArray().isEmpty()); // nothing changed after signing
    const QJsonArray algorithms = first.value(QStringLiteral("algorithms")).toArray();
    REQUIRE_FALSE(algorithms.isEmpty());
    for (const QJsonValue& use : algorithms) {
        const QJsonObject algorithm = use.toObject();
        CHECK_FALSE(algorithm.value(QStringLiteral("what")).toString().isEmpty());
        CHECK_FALSE(algorithm.value(QStringLiteral("algorithm")).toString().isEmpty());
        CHECK(algorithm.value(QStringLiteral("keyBits")).isDouble());
        CHECK(algorithm.value(QStringLiteral("acceptable")).toBool()); // RSA-2048 with SHA-256 passes the policy
        CHECK_FALSE(algorithm.value(QStringLiteral("rule")).toString().isEmpty());
    }

    // The responder was asked, about the signer's certificate among others.
    const QStringList requests = signature.requests();
    INFO(requests.join(QLatin1Char('\n')).toStdString());
    CHECK(std::any_of(requests.cbegin(), requests.cend(), [&](const QString& line) {
        return line.startsWith(QStringLiteral("OCSP"))
               && line.contains(signature.pki().serialHex(test::TestPki::Identity::LeaderRsa2048));
    }));
}

TEST_CASE("recheck stores a new report each time, online or offline, and reports lists them all", "[cli][verify]")
{
    test::RevocableSignature signature;
    const QString workspace = signature.path(QStringLiteral("ws"));
    REQUIRE(test::runCli(workspace, {QStringLiteral("init"), QStringLiteral("--agency-name"),
                                     QStringLiteral("Sở Nội vụ thành phố Hà Nội"), QStringLiteral("--agency-abbr"),
                                     QStringLiteral("SNV"), QStringLiteral("--parent-name"),
                                     QStringLiteral("UBND thành phố Hà Nội")})
                .exitCode
            == 0);
    REQUIRE(test::runCli(workspace, {QStringLiteral("trust"), QStringLiteral("add"), signature.pki().rootCertPath(),
                                     QStringLiteral("--trust-store"), workspace + QStringLiteral("/trust-anchors")})
                .exitCode
            == 0);
    const test::CliResult registered = test::runCli(
        workspace,
        {QStringLiteral("register"), QStringLiteral("incoming"), QStringLiteral("--json"), QStringLiteral("--type"),
         QStringLiteral("QĐ"), QStringLiteral("--number"), QStringLiteral("05/QĐ-UBND"), QStringLiteral("--date"),
         QStringLiteral("05/03/2026"), QStringLiteral("--author"), QStringLiteral("UBND quận Ba Đình"),
         QStringLiteral("--subject"), QStringLiteral("Về việc đồng ý chủ trương đầu tư"), QStringLiteral("--pdf"),
         signature.write(QStringLiteral("signed.pdf")), QStringLiteral("--offline")});
    INFO(registered.out.toStdString() << registered.err.toStdString());
    REQUIRE(registered.exitCode == 0);
    const QString id = QString::number(registered.json().value(QStringLiteral("id")).toInt());
    // Registration checked the PDF (offline, as asked) and stored that report with its version.
    CHECK(registered.json().value(QStringLiteral("signatures")).toArray()
          == QJsonArray{QStringLiteral("REVOCATION_NOT_CHECKED")});
    CHECK(signature.requests().isEmpty());

    // A paper document has no file, so nothing was ever checked.
    const test::CliResult paper = test::runCli(
        workspace,
        {QStringLiteral("register"), QStringLiteral("incoming"), QStringLiteral("--json"), QStringLiteral("--type"),
         QStringLiteral("QĐ"), QStringLiteral("--number"), QStringLiteral("12/QĐ-UBND"), QStringLiteral("--date"),
         QStringLiteral("06/03/2026"), QStringLiteral("--author"), QStringLiteral("UBND quận Ba Đình"),
         QStringLiteral("--subject"), QStringLiteral("V/v báo cáo"), QStringLiteral("--pages"), QStringLiteral("2")});
    REQUIRE(paper.exitCode == 0);
    const test::CliResult never =
        test::runCli(workspace, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("reports"),
                                 QString::number(paper.json().value(QStringLiteral("id")).toInt())});
    CHECK(never.exitCode == 0);
    CHECK(never.out.contains(QStringLiteral("never checked")));

    const test::CliResult offline =
        test::runCli(workspace, {QStringLiteral("recheck"), id, QStringLiteral("--offline"), QStringLiteral("--json")});
    INFO(offline.out.toStdString() << offline.err.toStdString());
    CHECK(offline.exitCode == 2);
    CHECK(offline.json().value(QStringLiteral("status")).toString() == QStringLiteral("attention"));
    CHECK_FALSE(offline.json().value(QStringLiteral("online")).toBool());
    CHECK(signature.requests().isEmpty());

    const test::CliResult online =
        test::runCli(workspace, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("recheck"), id});
    INFO(online.out.toStdString() << online.err.toStdString());
    CHECK(online.exitCode == 0);
    CHECK(online.out.startsWith(QStringLiteral("Stored report: ")));
    CHECK(online.out.contains(QStringLiteral("online")));
    CHECK(online.out.contains(signing::verdictTitle(signing::Verdict::Valid)));
    CHECK_FALSE(signature.requests().isEmpty());

    const test::CliResult listed = test::runCli(workspace, {QStringLiteral("reports"), id, QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray reports = listed.json().value(QStringLiteral("reports")).toArray();
    REQUIRE(reports.size() == 3); // the registration's, then the two re-checks
    for (int index : {0, 1}) {
        CHECK_FALSE(reports[index].toObject().value(QStringLiteral("online")).toBool());
        CHECK(reports[index].toObject().value(QStringLiteral("verdict")).toString()
              == QStringLiteral("REVOCATION_NOT_CHECKED"));
    }
    CHECK(reports[2].toObject().value(QStringLiteral("online")).toBool());
    CHECK(reports[2].toObject().value(QStringLiteral("status")).toString() == QStringLiteral("valid"));
    CHECK(
        reports[2].toObject().value(QStringLiteral("report")).toObject().value(QStringLiteral("signatures")).isArray());

    CHECK(test::runCli(workspace, {QStringLiteral("recheck"), QStringLiteral("999")}).exitCode == 4);
    CHECK(test::runCli(workspace, {QStringLiteral("recheck"), QStringLiteral("x")}).exitCode == 2);
}
