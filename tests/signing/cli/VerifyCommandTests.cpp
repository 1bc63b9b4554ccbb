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
