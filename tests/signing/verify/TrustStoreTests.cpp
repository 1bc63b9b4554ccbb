// SPDX-License-Identifier: GPL-3.0-or-later
// The user's trust store: anchors added, listed and removed, and `vanthu-cli verify` trusting what it holds.
#include "signing/keys/TrustStore.h"
#include "signing/pades/PadesSigner.h"
#include "tests/signing/support/SigningFixture.h"
#include "tests/support/CliRunner.h"
#include "tests/support/oracles/ToolRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace vanthu;
using namespace vanthu::signing;
using vanthu::test::SigningFixture;
using vanthu::test::TestPki;

namespace
{

/** The SHA-256 fingerprint of a PEM certificate as `openssl x509` prints it, lower case without colons. */
QString opensslFingerprint(const QString& pem)
{
    const test::ToolRun run = test::runTool(
        QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), pem, QStringLiteral("-noout"),
                                    QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    REQUIRE(run.succeeded());
    return QString::fromLatin1(run.standardOutput)
        .section(QLatin1Char('='), 1)
        .trimmed()
        .remove(QLatin1Char(':'))
        .toLower();
}

} // namespace

TEST_CASE("The trust store keeps CA certificates by fingerprint", "[trust]")
{
    SigningFixture fixture;
    QTemporaryDir directory;
    TrustStore store(directory.filePath(QStringLiteral("anchors")));
    CHECK(store.anchors().isEmpty()); // no folder yet: an empty store

    auto added = store.add(fixture.pki().rootCertPath());
    REQUIRE(added.has_value());
    REQUIRE(added->size() == 1);
    const QString fingerprint = opensslFingerprint(fixture.pki().rootCertPath());
    CHECK(added->front().fingerprint == fingerprint);
    CHECK(added->front().subject == QStringLiteral("VanThu Test Root CA"));
    CHECK(QFile::exists(QDir(store.directory()).filePath(fingerprint + QStringLiteral(".pem"))));
    REQUIRE(store.anchors().size() == 1);
    CHECK(store.anchors().front().der == fixture.pki().rootDer());
    REQUIRE(store.add(fixture.pki().rootCertPath()).has_value()); // again: no duplicate
    CHECK(store.anchors().size() == 1);

    SECTION("a signer's certificate is not an anchor")
    {
        auto refused = store.add(fixture.pki().identity(TestPki::Identity::LeaderRsa2048).certPem);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(store.anchors().size() == 1);
    }
    SECTION("removal needs enough of the fingerprint")
    {
        CHECK(store.remove(fingerprint.left(4)).error().code == ErrorCode::InvalidInput);
        CHECK(store.remove(QStringLiteral("00000000")).error().code == ErrorCode::NotFound);
        auto removed = store.remove(fingerprint.left(16).toUpper());
        REQUIRE(removed.has_value());
        CHECK(removed->subject == QStringLiteral("VanThu Test Root CA"));
        CHECK(store.anchors().isEmpty());
    }
}

TEST_CASE("vanthu-cli verify trusts the anchors of the trust store", "[trust][cli]")
{
    SigningFixture fixture;
    QTemporaryDir directory;
    auto key = fixture.key(TestPki::Identity::LeaderRsa2048);
    auto signedPdf = PadesSigner::sign(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), *key,
                                       SigningFixture::request());
    REQUIRE(signedPdf.has_value());
    const QString pdf = directory.filePath(QStringLiteral("signed.pdf"));
    REQUIRE(test::writeBytes(pdf, signedPdf->pdf()));
    const QString store = directory.filePath(QStringLiteral("trust"));
    const QString workspace = directory.path();
    const QStringList verify{QStringLiteral("verify"),        pdf,   QStringLiteral("--offline"),
                             QStringLiteral("--trust-store"), store, QStringLiteral("--json")};

    const test::CliResult untrusted = test::runCli(workspace, verify);
    CHECK(untrusted.exitCode == 2);
    CHECK(untrusted.json().value(QStringLiteral("verdict")).toString() == QStringLiteral("INDETERMINATE"));

    const test::CliResult added =
        test::runCli(workspace, {QStringLiteral("trust"), QStringLiteral("add"), fixture.pki().rootCertPath(),
                                 QStringLiteral("--trust-store"), store, QStringLiteral("--json")});
    INFO(added.out.toStdString() << added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const test::CliResult listed = test::runCli(
        workspace, {QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--trust-store"), store});
    CHECK(listed.out.contains(QStringLiteral("VanThu Test Root CA")));

    const test::CliResult trusted = test::runCli(workspace, verify);
    CHECK(trusted.exitCode == 0);
    CHECK(trusted.json().value(QStringLiteral("verdict")).toString() == QStringLiteral("VALID"));

    const QString fingerprint = opensslFingerprint(fixture.pki().rootCertPath());
    const test::CliResult removed =
        test::runCli(workspace, {QStringLiteral("trust"), QStringLiteral("remove"), fingerprint.left(12),
                                 QStringLiteral("--trust-store"), store});
    CHECK(removed.exitCode == 0);
    CHECK(test::runCli(workspace, verify).exitCode == 2);

    const test::CliResult misuse = test::runCli(
        workspace, {QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("--trust-store"), store});
    CHECK(misuse.exitCode != 0);
}

TEST_CASE("vanthu-cli trust add --purpose limits what an anchor vouches for", "[trust][cli][signer-rules]")
{
    SigningFixture fixture;
    QTemporaryDir directory;
    auto key = fixture.key(TestPki::Identity::LeaderRsa2048);
    auto signedPdf = PadesSigner::sign(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), *key,
                                       SigningFixture::request());
    REQUIRE(signedPdf.has_value());
    const QString pdf = directory.filePath(QStringLiteral("signed.pdf"));
    REQUIRE(test::writeBytes(pdf, signedPdf->pdf()));
    const QString store = directory.filePath(QStringLiteral("trust"));
    const QString workspace = directory.path();
    auto trust = [&](const QString& purpose) {
        return test::runCli(workspace, {QStringLiteral("trust"), QStringLiteral("add"), fixture.pki().rootCertPath(),
                                        QStringLiteral("--purpose"), purpose, QStringLiteral("--trust-store"), store,
                                        QStringLiteral("--json")});
    };
    auto verdict = [&]() {
        return test::runCli(workspace, {QStringLiteral("verify"), pdf, QStringLiteral("--offline"),
                                        QStringLiteral("--trust-store"), store, QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("verdict"))
            .toString();
    };

    const test::CliResult limited = trust(QStringLiteral("timestamping"));
    INFO(limited.out.toStdString() << limited.err.toStdString());
    REQUIRE(limited.exitCode == 0);
    CHECK(limited.out.contains(QStringLiteral("\"purpose\": \"timestamping\"")));
    CHECK(verdict() == QStringLiteral("INDETERMINATE")); // a root for timestamps does not vouch for signers

    REQUIRE(trust(QStringLiteral("document-signing")).exitCode == 0);
    CHECK(verdict() == QStringLiteral("VALID"));
    CHECK(trust(QStringLiteral("everything")).exitCode != 0);
}
