// SPDX-License-Identifier: GPL-3.0-or-later
// `vanthu-cli issue`: the issuing use case from the command line, judged by the store and by tools we did not write.
#include "core/Workspace.h"
#include "core/registers/RegisterService.h"
#include "core/registers/VerificationService.h"
#include "render/DemoStamps.h"
#include "tests/signing/support/SigningFixture.h"
#include "tests/support/CliRunner.h"
#include "tests/support/oracles/SignatureOracles.h"
#include "tests/support/oracles/ToolRunner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QRegularExpression>

using namespace vanthu;
using vanthu::test::SigningFixture;
using vanthu::test::TestPki;

namespace
{

const QString Pin = QStringLiteral("1234");

test::CliResult cli(const QString& workspace, const QStringList& arguments)
{
    return test::runCli(workspace, arguments, Pin);
}

QString savePng(const QImage& image, const QString& path)
{
    REQUIRE(image.save(path, "PNG"));
    return path;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/** A workspace of UBND thành phố Hà Nội trusting the fixture's root, and the keys and images of both signatures. */
struct CliIssuing
{
    explicit CliIssuing(SigningFixture& fixture)
        : workspace(fixture.path(QStringLiteral("ws")))
        , leaderP12(fixture.pki().identity(TestPki::Identity::LeaderRsa2048).p12)
        , agencyP12(fixture.pki().identity(TestPki::Identity::AgencyRsa3072).p12)
        , signature(savePng(render::demoSignatureImage(), fixture.path(QStringLiteral("signature.png"))))
        , seal(savePng(render::demoSealImage(QStringLiteral("UBND thành phố")),
                       fixture.path(QStringLiteral("seal.png"))))
    {
        REQUIRE(cli(workspace,
                    {QStringLiteral("init"), QStringLiteral("--agency-name"), QStringLiteral("UBND thành phố Hà Nội"),
                     QStringLiteral("--agency-abbr"), QStringLiteral("UBND")})
                    .exitCode
                == 0);
        REQUIRE(cli(workspace, {QStringLiteral("trust"), QStringLiteral("add"), fixture.pki().rootCertPath(),
                                QStringLiteral("--trust-store"), workspace + QStringLiteral("/trust-anchors")})
                    .exitCode
                == 0);
    }

    QString workspace;
    QString leaderP12;
    QString agencyP12;
    QString signature;
    QString seal;
};

} // namespace

TEST_CASE("vanthu-cli issue checks the leader's signature, numbers, seals and stores both versions", "[cli][issuing]")
{
    SigningFixture fixture;
    const CliIssuing setup(fixture);
    const QString& workspace = setup.workspace;
    const QString& leaderP12 = setup.leaderP12;
    const QString& agencyP12 = setup.agencyP12;
    const QString& signature = setup.signature;
    const QString& seal = setup.seal;
    const QString draft = QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/lo-classic.pdf");
    const QString leader = fixture.path(QStringLiteral("leader.pdf"));
    const test::CliResult signedByLeader =
        cli(workspace, {QStringLiteral("sign"), QStringLiteral("--in"), draft, QStringLiteral("--out"), leader,
                        QStringLiteral("--p12"), leaderP12, QStringLiteral("--appearance"), QStringLiteral("leader"),
                        QStringLiteral("--anchor"), QStringLiteral("CHỦ TỊCH"), QStringLiteral("--image"), signature});
    INFO(signedByLeader.err.toStdString());
    REQUIRE(signedByLeader.exitCode == 0);
    const QByteArray leaderBytes = readAll(leader);

    const QStringList fields{QStringLiteral("--type"),        QStringLiteral("QĐ"),
                             QStringLiteral("--subject"),     QStringLiteral("Về việc giao chỉ tiêu biên chế"),
                             QStringLiteral("--signer-name"), QStringLiteral("Nguyễn Văn A"),
                             QStringLiteral("--to"),          QStringLiteral("Sở Nội vụ"),
                             QStringLiteral("--seal"),        seal,
                             QStringLiteral("--p12"),         agencyP12,
                             QStringLiteral("--offline"),     QStringLiteral("--json")};

    // A PDF without the leader's signature, and one changed after it, are refused before any number is taken.
    const test::CliResult unsignedDraft =
        cli(workspace, QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("issue"),
                                   QStringLiteral("--signed"), draft}
                           + fields);
    INFO(unsignedDraft.out.toStdString() << unsignedDraft.err.toStdString());
    CHECK(unsignedDraft.exitCode == 3);
    CHECK((unsignedDraft.out + unsignedDraft.err).contains(QStringLiteral("no signature")));
    // One byte of the signed content changed (inside a content stream of the draft).
    QByteArray tampered = leaderBytes;
    const qsizetype stream = tampered.indexOf("stream\n");
    REQUIRE(stream > 0);
    tampered[stream + 40] = static_cast<char>(tampered[stream + 40] ^ 0x20);
    const QString tamperedPath = fixture.write(QStringLiteral("tampered.pdf"), tampered);
    const test::CliResult broken =
        cli(workspace, QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("issue"),
                                   QStringLiteral("--signed"), tamperedPath}
                           + fields);
    INFO(broken.out.toStdString() << broken.err.toStdString());
    CHECK(broken.exitCode == 3);
    CHECK((broken.out + broken.err).contains(QStringLiteral("cannot be issued")));

    const test::CliResult issued =
        cli(workspace, QStringList{QStringLiteral("issue"), QStringLiteral("--signed"), leader} + fields);
    INFO(issued.out.toStdString() << issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    // The refused attempts used no number.
    CHECK(issued.json().value(QStringLiteral("code")).toString() == QStringLiteral("01/QĐ-UBND"));
    CHECK(issued.json().value(QStringLiteral("leaderSignature")).toString() != QStringLiteral("INVALID"));

    auto opened = core::Workspace::open(workspace);
    REQUIRE(opened.has_value());
    core::RegisterService registers(**opened);
    const core::DocumentId id{issued.json().value(QStringLiteral("id")).toInteger()};
    auto record = registers.document(id);
    REQUIRE(record.has_value());
    REQUIRE(record->versions.size() == 2);
    CHECK(record->versions.at(0).kind == core::VersionKind::Signed);
    CHECK(record->versions.at(1).kind == core::VersionKind::Issued);
    CHECK(record->versions.at(1).parentId == std::optional<qint64>(record->versions.at(0).id));
    auto leaderStored = (*opened)->blobs().get(record->versions.at(0).sha256);
    REQUIRE(leaderStored.has_value());
    CHECK(*leaderStored == leaderBytes);
    auto issuedBytes = registers.attachmentBytes(record->attachments.front());
    REQUIRE(issuedBytes.has_value());
    CHECK(issuedBytes->startsWith(leaderBytes));
    // Tools we did not write: both signatures hold, the issuing update only fills the prepared fields.
    CHECK(fixture.judge(leaderBytes, *issuedBytes).toStdString() == "");
    const QString issuedPath = fixture.write(QStringLiteral("issued.pdf"), *issuedBytes);
    const test::ToolRun pageText =
        test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-l"),
                                                    QStringLiteral("1"), issuedPath, QStringLiteral("-")});
    REQUIRE(pageText.succeeded());
    CHECK(QString::fromUtf8(pageText.standardOutput)
              .contains(QRegularExpression(QStringLiteral("Số:\\s*01\\s*/QĐ-UBND"))));
    // Both checks are stored, each with its version.
    auto reports = core::VerificationService(**opened).reports(id);
    REQUIRE(reports.has_value());
    REQUIRE(reports->size() == 2);
    CHECK(reports->at(0).versionId == record->versions.at(0).id);
    CHECK(reports->at(1).versionId == record->versions.at(1).id);
    CHECK_FALSE(reports->at(1).online);
}

TEST_CASE("vanthu-cli draft add, sign --document and issue --document keep one document through its life",
          "[cli][issuing][drafts]")
{
    SigningFixture fixture;
    const CliIssuing setup(fixture);
    const QString& workspace = setup.workspace;
    const QString& leaderP12 = setup.leaderP12;
    const QString& agencyP12 = setup.agencyP12;
    const QString& signature = setup.signature;
    const QString& seal = setup.seal;
    const QString draftPdf = QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/lo-classic.pdf");

    const test::CliResult added =
        cli(workspace, {QStringLiteral("draft"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("QĐ"),
                        QStringLiteral("--subject"), QStringLiteral("Về việc giao chỉ tiêu biên chế"),
                        QStringLiteral("--signer-name"), QStringLiteral("Nguyễn Văn A"), QStringLiteral("--pdf"),
                        draftPdf, QStringLiteral("--offline"), QStringLiteral("--json")});
    INFO(added.out.toStdString() << added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString id = QString::number(added.json().value(QStringLiteral("id")).toInteger());
    CHECK(added.json().value(QStringLiteral("state")).toString() == QStringLiteral("draft"));
    const test::CliResult listed = cli(workspace, {QStringLiteral("draft"), QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("Về việc giao chỉ tiêu biên chế")));

    const QStringList issueFields{QStringLiteral("issue"),
                                  QStringLiteral("--document"),
                                  id,
                                  QStringLiteral("--to"),
                                  QStringLiteral("Sở Nội vụ"),
                                  QStringLiteral("--seal"),
                                  seal,
                                  QStringLiteral("--p12"),
                                  agencyP12,
                                  QStringLiteral("--offline"),
                                  QStringLiteral("--json")};
    // Not signed yet: refused as a conflict, and no number is used (the issue below gets 01).
    const test::CliResult early = cli(workspace, issueFields);
    INFO(early.out.toStdString() << early.err.toStdString());
    CHECK(early.exitCode == 6);

    const test::CliResult signedVersion =
        cli(workspace, {QStringLiteral("sign"), QStringLiteral("--document"), id, QStringLiteral("--p12"), leaderP12,
                        QStringLiteral("--anchor"), QStringLiteral("CHỦ TỊCH"), QStringLiteral("--image"), signature,
                        QStringLiteral("--json")});
    INFO(signedVersion.out.toStdString() << signedVersion.err.toStdString());
    REQUIRE(signedVersion.exitCode == 0);
    CHECK(signedVersion.json().value(QStringLiteral("state")).toString() == QStringLiteral("signed"));
    CHECK(signedVersion.json().value(QStringLiteral("version")).toInt() == 2);

    const test::CliResult issued = cli(workspace, issueFields);
    INFO(issued.out.toStdString() << issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    CHECK(issued.json().value(QStringLiteral("code")).toString() == QStringLiteral("01/QĐ-UBND"));
    CHECK(QString::number(issued.json().value(QStringLiteral("id")).toInteger()) == id);

    auto opened = core::Workspace::open(workspace);
    REQUIRE(opened.has_value());
    core::RegisterService registers(**opened);
    auto record = registers.document(core::DocumentId{id.toLongLong()});
    REQUIRE(record.has_value());
    CHECK(record->fields.subject == QStringLiteral("Về việc giao chỉ tiêu biên chế"));
    CHECK(record->fields.signerName == QStringLiteral("Nguyễn Văn A"));
    REQUIRE(record->versions.size() == 3);
    auto draftBytes = (*opened)->blobs().get(record->versions.at(0).sha256);
    auto leaderBytes = (*opened)->blobs().get(record->versions.at(1).sha256);
    auto issuedBytes = registers.attachmentBytes(record->attachments.front());
    REQUIRE(draftBytes.has_value());
    REQUIRE(leaderBytes.has_value());
    REQUIRE(issuedBytes.has_value());
    CHECK(*draftBytes == readAll(draftPdf));
    // Tools we did not write: both signatures hold over the draft signed in the workspace.
    CHECK(fixture.judge(*leaderBytes, *issuedBytes).toStdString() == "");
    const test::CliResult empty =
        cli(workspace, {QStringLiteral("draft"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(empty.exitCode == 0);
    CHECK(empty.out.simplified().remove(QLatin1Char(' ')) == QStringLiteral("[]"));
}
