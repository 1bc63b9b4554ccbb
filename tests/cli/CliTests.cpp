// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-cli as a clerk or a script uses it: every command, --json, exit codes and messages.
#include "tests/support/CliRunner.h"
#include "tests/support/RawSql.h"
#include "tests/support/SimplePdf.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

using vanthu::test::runCli;

namespace
{

QStringList initArguments()
{
    return {QStringLiteral("init"),
            QStringLiteral("--agency-name"),
            QStringLiteral("Sở Nội vụ thành phố Hà Nội"),
            QStringLiteral("--agency-abbr"),
            QStringLiteral("SNV"),
            QStringLiteral("--parent-name"),
            QStringLiteral("UBND thành phố Hà Nội")};
}

QStringList incomingArguments(const QString& number)
{
    return {QStringLiteral("register"),
            QStringLiteral("incoming"),
            QStringLiteral("--json"),
            QStringLiteral("--type"),
            QStringLiteral("QĐ"),
            QStringLiteral("--number"),
            number,
            QStringLiteral("--date"),
            QStringLiteral("05/03/2026"),
            QStringLiteral("--author"),
            QStringLiteral("UBND quận Ba Đình"),
            QStringLiteral("--subject"),
            QStringLiteral("Về việc đồng ý chủ trương đầu tư"),
            QStringLiteral("--to"),
            QStringLiteral("Phòng Tổ chức")};
}

} // namespace

TEST_CASE("vanthu-cli runs a register from init to audit", "[cli]")
{
    QTemporaryDir directory;
    const QString workspace = directory.filePath(QStringLiteral("ws"));
    auto init = runCli(workspace, initArguments() + QStringList{QStringLiteral("--json")});
    REQUIRE(init.exitCode == 0);
    CHECK(init.json().value(QStringLiteral("series")).toArray().size() == 5);
    CHECK(runCli(workspace, initArguments()).exitCode == 6); // already set up

    auto first = runCli(workspace, incomingArguments(QStringLiteral("05/QĐ-UBND")));
    REQUIRE(first.exitCode == 0);
    CHECK(first.json().value(QStringLiteral("number")).toInt() == 1);
    CHECK(first.json().value(QStringLiteral("series")).toString() == QStringLiteral("DEN"));
    const int firstId = first.json().value(QStringLiteral("id")).toInt();

    auto duplicate = runCli(workspace, incomingArguments(QStringLiteral("05/QĐ-UBND")));
    CHECK(duplicate.exitCode == 5);
    CHECK(duplicate.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
          == QStringLiteral("duplicate"));
    auto overridden =
        runCli(workspace, incomingArguments(QStringLiteral("05/QĐ-UBND"))
                              + QStringList{QStringLiteral("--allow-duplicate"), QStringLiteral("Bản sửa đổi")});
    CHECK(overridden.exitCode == 0);
    CHECK(overridden.json().value(QStringLiteral("duplicateOf")).toInt() == firstId);

    const QString pdfPath = directory.filePath(QStringLiteral("letter.pdf"));
    {
        QFile pdf(pdfPath);
        REQUIRE(pdf.open(QIODevice::WriteOnly));
        pdf.write(vanthu::test::simplePdf({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
    }
    auto outgoing = runCli(workspace, {QStringLiteral("register"), QStringLiteral("outgoing"), QStringLiteral("--json"),
                                       QStringLiteral("--type"), QStringLiteral("cong van"), QStringLiteral("--unit"),
                                       QStringLiteral("VP"), QStringLiteral("--subject"),
                                       QStringLiteral("V/v triển khai chữ ký số"), QStringLiteral("--signer-name"),
                                       QStringLiteral("Trần Đình Cảnh"), QStringLiteral("--to"),
                                       QStringLiteral("000.00.00.G09|Bộ Nội vụ"), QStringLiteral("--to"),
                                       QStringLiteral("UBND quận Hoàn Kiếm"), QStringLiteral("--pdf"), pdfPath});
    REQUIRE(outgoing.exitCode == 0);
    CHECK(outgoing.json().value(QStringLiteral("code")).toString() == QStringLiteral("01/SNV-VP"));
    const QJsonArray attachments = outgoing.json().value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments.at(0).toObject().value(QStringLiteral("pageCount")).toInt() == 3);
    const int outgoingId = outgoing.json().value(QStringLiteral("id")).toInt();

    auto list = runCli(workspace, {QStringLiteral("list"), QStringLiteral("incoming"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.json().value(QStringLiteral("rows")).toArray().size() == 2);
    auto listText = runCli(workspace, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("list"),
                                       QStringLiteral("outgoing")});
    CHECK(listText.exitCode == 0);
    CHECK(listText.out.contains(QStringLiteral("01/SNV-VP")));

    auto show = runCli(workspace, {QStringLiteral("show"), QString::number(outgoingId), QStringLiteral("--json"),
                                   QStringLiteral("--history")});
    REQUIRE(show.exitCode == 0);
    const QJsonObject shown = show.json();
    CHECK(shown.value(QStringLiteral("outgoing")).toObject().value(QStringLiteral("recipients")).toArray().size() == 2);
    CHECK(shown.value(QStringLiteral("history")).toArray().size() == 1);
    CHECK(runCli(workspace, {QStringLiteral("show"), QStringLiteral("999")}).exitCode == 4);

    auto search = runCli(workspace, {QStringLiteral("search"), QStringLiteral("dong y"), QStringLiteral("--json")});
    REQUIRE(search.exitCode == 0);
    CHECK(search.json().value(QStringLiteral("hits")).toArray().size() == 2);
    auto searchOutgoing =
        runCli(workspace, {QStringLiteral("search"), QStringLiteral("chu ky so"), QStringLiteral("--register"),
                           QStringLiteral("outgoing"), QStringLiteral("--json")});
    CHECK(searchOutgoing.json().value(QStringLiteral("hits")).toArray().size() == 1);

    for (const QString& format : {QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        const QString out = directory.filePath(QStringLiteral("so-di.") + format);
        auto exported = runCli(workspace, {QStringLiteral("export-register"), QStringLiteral("outgoing"),
                                           QStringLiteral("--out"), out, QStringLiteral("--json")});
        CHECK(exported.exitCode == 0);
        CHECK(exported.json().value(QStringLiteral("rows")).toInt() == 1);
        CHECK(QFileInfo(out).size() > 100);
    }

    auto audit = runCli(workspace, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    CHECK(audit.exitCode == 0);
    CHECK(audit.json().value(QStringLiteral("intact")).toBool());
    {
        vanthu::test::RawSql raw(QDir(workspace).filePath(QStringLiteral("vanthu.db")));
        REQUIRE(raw.exec(QStringLiteral("DROP TRIGGER audit_event_append_only_update")));
        REQUIRE(raw.exec(QStringLiteral("UPDATE audit_event SET actor = 'someone else' WHERE seq = 8")));
    }
    auto tampered = runCli(workspace, {QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(tampered.exitCode == 9);
    CHECK(tampered.out.contains(QStringLiteral("8")));
}

TEST_CASE("vanthu-cli corrects an entry, voids a number and shows the history", "[cli][correction]")
{
    QTemporaryDir directory;
    const QString workspace = directory.filePath(QStringLiteral("ws"));
    REQUIRE(runCli(workspace, initArguments()).exitCode == 0);
    auto registered = runCli(workspace, incomingArguments(QStringLiteral("07/QĐ-UBND")));
    REQUIRE(registered.exitCode == 0);
    const QString id = QString::number(registered.json().value(QStringLiteral("id")).toInt());

    auto corrected =
        runCli(workspace, {QStringLiteral("correct"), id, QStringLiteral("--field"), QStringLiteral("toPlaces"),
                           QStringLiteral("--value"), QStringLiteral("Phòng Kế hoạch"), QStringLiteral("--reason"),
                           QStringLiteral("chuyển nhầm phòng"), QStringLiteral("--json")});
    REQUIRE(corrected.exitCode == 0);
    CHECK(corrected.json().value(QStringLiteral("incoming")).toObject().value(QStringLiteral("toPlaces")).toString()
          == QStringLiteral("Phòng Kế hoạch"));
    auto noReason = runCli(workspace, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("correct"), id,
                                       QStringLiteral("--field"), QStringLiteral("subject"), QStringLiteral("--value"),
                                       QStringLiteral("x y")});
    CHECK(noReason.exitCode == 3); // refused by the use case: InvalidInput
    CHECK(noReason.err.contains(QStringLiteral("reason")));

    REQUIRE(runCli(workspace, {QStringLiteral("void"), id, QStringLiteral("--reason"), QStringLiteral("vào sổ nhầm")})
                .exitCode
            == 0);
    auto again = runCli(workspace, {QStringLiteral("void"), id, QStringLiteral("--reason"), QStringLiteral("x")});
    CHECK(again.exitCode == 6);

    auto history = runCli(workspace, {QStringLiteral("history"), id, QStringLiteral("--json")});
    REQUIRE(history.exitCode == 0);
    const QJsonArray events = history.json().value(QStringLiteral("events")).toArray();
    REQUIRE(events.size() == 3);
    CHECK(events[0].toObject().value(QStringLiteral("type")).toString() == QStringLiteral("document.registered"));
    CHECK(events[1].toObject().value(QStringLiteral("payload")).toObject().value(QStringLiteral("from")).toString()
          == QStringLiteral("Phòng Tổ chức"));
    CHECK(events[2].toObject().value(QStringLiteral("type")).toString() == QStringLiteral("document.voided"));
    auto text = runCli(workspace, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("history"), id});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("chuyển nhầm phòng")));
    CHECK(text.out.contains(QStringLiteral("voided")));
    CHECK(runCli(workspace, {QStringLiteral("history"), QStringLiteral("999")}).exitCode == 4);
}

TEST_CASE("vanthu-cli attach adds a file later as a new version and the history says why", "[cli][correction]")
{
    QTemporaryDir directory;
    const QString workspace = directory.filePath(QStringLiteral("ws"));
    REQUIRE(runCli(workspace, initArguments()).exitCode == 0);
    const QString pdf = QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/lo-classic.pdf");
    auto registered = runCli(workspace, incomingArguments(QStringLiteral("08/QĐ-UBND"))
                                            + QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--offline")});
    REQUIRE(registered.exitCode == 0);
    const QString id = QString::number(registered.json().value(QStringLiteral("id")).toInt());

    auto noReason = runCli(workspace, {QStringLiteral("attach"), id, QStringLiteral("--pdf"), pdf});
    CHECK(noReason.exitCode == 3);
    // The same bytes as the current version of file 1 add nothing.
    auto same = runCli(workspace, {QStringLiteral("attach"), id, QStringLiteral("--pdf"), pdf,
                                   QStringLiteral("--replaces"), QStringLiteral("1"), QStringLiteral("--reason"),
                                   QStringLiteral("bản quét lại"), QStringLiteral("--offline")});
    CHECK(same.exitCode == 3);
    auto added =
        runCli(workspace, {QStringLiteral("attach"), id, QStringLiteral("--pdf"), pdf, QStringLiteral("--reason"),
                           QStringLiteral("phụ lục gửi sau"), QStringLiteral("--offline"), QStringLiteral("--json")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.json().value(QStringLiteral("attachment")).toInt() == 2);
    CHECK(added.json().value(QStringLiteral("version")).toInt() == 2);
    CHECK(added.json().value(QStringLiteral("kind")).toString() == QStringLiteral("received"));

    auto show = runCli(workspace, {QStringLiteral("show"), id, QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.json().value(QStringLiteral("attachments")).toArray().size() == 2);
    auto text = runCli(workspace, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("history"), id});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("phụ lục gửi sau")));
    CHECK(runCli(workspace, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);
}

TEST_CASE("vanthu-cli fails clearly and with distinct exit codes", "[cli][errors]")
{
    QTemporaryDir directory;
    const QString workspace = directory.filePath(QStringLiteral("ws"));
    auto missing = runCli(workspace, {QStringLiteral("list"), QStringLiteral("incoming")});
    CHECK(missing.exitCode == 4);
    CHECK(missing.err.contains(QStringLiteral("vanthu-cli init")));
    REQUIRE(runCli(workspace, initArguments()).exitCode == 0);
    CHECK(runCli(workspace, {QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(runCli(workspace, {QStringLiteral("list")}).exitCode == 2);
    CHECK(runCli(workspace,
                 {QStringLiteral("list"), QStringLiteral("incoming"), QStringLiteral("--limit"), QStringLiteral("0")})
              .exitCode
          == 2);
    auto badType = runCli(workspace, {QStringLiteral("register"), QStringLiteral("incoming"), QStringLiteral("--type"),
                                      QStringLiteral("CV"), QStringLiteral("--date"), QStringLiteral("2026-03-01"),
                                      QStringLiteral("--author"), QStringLiteral("X"), QStringLiteral("--subject"),
                                      QStringLiteral("Y")});
    CHECK(badType.exitCode == 3);
    CHECK_FALSE(badType.err.isEmpty());
    auto badDate = runCli(workspace, incomingArguments(QStringLiteral("1/UBND"))
                                         + QStringList{QStringLiteral("--due"), QStringLiteral("soon")});
    CHECK(badDate.exitCode == 3);
    auto missingFile = runCli(workspace, incomingArguments(QStringLiteral("2/UBND"))
                                             + QStringList{QStringLiteral("--pdf"), QStringLiteral("/no/such.pdf")});
    CHECK(missingFile.exitCode == 4);
    auto badFormat = runCli(workspace, {QStringLiteral("export-register"), QStringLiteral("incoming"),
                                        QStringLiteral("--out"), directory.filePath(QStringLiteral("x.docx"))});
    CHECK(badFormat.exitCode == 2);
    auto help = runCli(workspace, {QStringLiteral("register"), QStringLiteral("incoming"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--allow-duplicate")));
}

TEST_CASE("vanthu-cli speaks Vietnamese by default and English on request", "[cli][i18n]")
{
    QTemporaryDir directory;
    const QString workspace = directory.filePath(QStringLiteral("ws"));
    auto vietnamese = runCli(workspace, {QStringLiteral("list"), QStringLiteral("incoming")});
    CHECK(vietnamese.err.contains(QStringLiteral("Chưa có kho dữ liệu")));
    auto english = runCli(workspace, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("list"),
                                      QStringLiteral("incoming")});
    CHECK(english.err.contains(QStringLiteral("There is no VanThu workspace")));
}

TEST_CASE("vanthu-cli backup and restore: a checked round trip, distinct exit codes for misuse and damage",
          "[cli][backup]")
{
    QTemporaryDir directory;
    const QString workspace = directory.filePath(QStringLiteral("ws"));
    REQUIRE(runCli(workspace, initArguments()).exitCode == 0);
    REQUIRE(runCli(workspace, incomingArguments(QStringLiteral("09/QĐ-UBND"))).exitCode == 0);
    const QString backup = directory.filePath(QStringLiteral("sao-luu"));

    CHECK(runCli(workspace, {QStringLiteral("backup")}).exitCode == 2); // no --out
    auto made =
        runCli(workspace, {QStringLiteral("backup"), QStringLiteral("--out"), backup, QStringLiteral("--json")});
    INFO(made.out.toStdString() << made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.json().value(QStringLiteral("documents")).toInt() == 1);
    CHECK(runCli(workspace, {QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode == 6); // Conflict

    auto checked = runCli(workspace, {QStringLiteral("restore"), backup, QStringLiteral("--verify-only")});
    CHECK(checked.exitCode == 0);
    const QString elsewhere = directory.filePath(QStringLiteral("khoi-phuc"));
    auto restored = runCli(elsewhere, {QStringLiteral("restore"), backup, QStringLiteral("--json")});
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.json().value(QStringLiteral("movedAside")).toString().isEmpty());
    auto listed = runCli(elsewhere, {QStringLiteral("list"), QStringLiteral("incoming"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("09")));

    // A damaged database is refused (Corrupt) and the workspace in place stays.
    {
        QFile database(QDir(backup).filePath(QStringLiteral("vanthu.db")));
        REQUIRE(database.open(QIODevice::ReadWrite));
        REQUIRE(database.seek(200));
        REQUIRE(database.write("x") == 1);
    }
    auto refused = runCli(elsewhere, {QStringLiteral("restore"), backup});
    CHECK(refused.exitCode == 9); // Corrupt
    CHECK(runCli(elsewhere, {QStringLiteral("list"), QStringLiteral("incoming")}).exitCode == 0);
    CHECK(QDir(directory.path()).entryList({QStringLiteral("khoi-phuc.before-restore-*")}, QDir::Dirs).isEmpty());
}
