// SPDX-License-Identifier: GPL-3.0-or-later
// The demo workspace's PKI: keys a newcomer can sign with at once, and a root the workspace trusts.
#include "demo/DemoPki.h"
#include "signing/keys/TrustStore.h"
#include "signing/pades/PadesSigner.h"
#include "signing/pkcs12/Pkcs12Key.h"
#include "signing/verify/Validation.h"
#include "tests/signing/support/SigningFixture.h"
#include "tests/support/oracles/ToolRunner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace vanthu;
using vanthu::test::SigningFixture;

TEST_CASE("The demo PKI signs documents the demo workspace verifies as valid", "[demo]")
{
    QTemporaryDir workspace;
    auto pki = demo::createDemoPki(workspace.path(), QStringLiteral("Sở Nội vụ thành phố Hà Nội"));
    REQUIRE(pki.has_value());
    REQUIRE(demo::demoPkiOf(workspace.path()).has_value());
    CHECK(demo::demoPkiOf(workspace.path())->leaderPkcs12 == pki->leaderPkcs12);
    CHECK_FALSE(QImage(pki->signatureImage).isNull());
    CHECK_FALSE(QImage(pki->sealImage).isNull());

    // openssl, not our code, says the leader's certificate chains to the demo root.
    const QString leaderPem = workspace.filePath(QStringLiteral("leader.pem"));
    const test::ToolRun exported = test::runTool(
        QStringLiteral("openssl"), {QStringLiteral("pkcs12"), QStringLiteral("-in"), pki->leaderPkcs12,
                                    QStringLiteral("-passin"), QStringLiteral("pass:1234"), QStringLiteral("-nokeys"),
                                    QStringLiteral("-clcerts"), QStringLiteral("-out"), leaderPem});
    REQUIRE(exported.succeeded());
    const test::ToolRun chained =
        test::runTool(QStringLiteral("openssl"),
                      {QStringLiteral("verify"), QStringLiteral("-CAfile"), pki->rootCertificate, leaderPem});
    INFO(chained.describe().toStdString());
    CHECK(chained.succeeded());

    for (const QString& p12 : {pki->leaderPkcs12, pki->agencyPkcs12}) {
        test::FixedPassword password(demo::DemoPki::password());
        auto key = signing::openPkcs12Key(p12, password);
        REQUIRE(key.has_value());
        auto signedPdf = signing::PadesSigner::sign(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), **key,
                                                    SigningFixture::request());
        REQUIRE(signedPdf.has_value());
        signing::ValidationOptions options;
        options.checkRevocationOnline = false;
        options.trustAnchorsDer = signing::TrustStore::anchorsFor(workspace.path());
        auto report = signing::validatePdf(signedPdf->pdf(), options);
        REQUIRE(report.has_value());
        CHECK(report->verdict == signing::Verdict::Valid);
        CHECK(report->signatures.front().signer.contains(QStringLiteral("DEMO")));
    }

    auto again = demo::createDemoPki(workspace.path(), QStringLiteral("Sở Nội vụ thành phố Hà Nội"));
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::Conflict);
}
