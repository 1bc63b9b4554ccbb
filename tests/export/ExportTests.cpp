// SPDX-License-Identifier: GPL-3.0-or-later
// Printed registers and exports, checked with tools we did not write: poppler's pdftotext/pdfinfo/pdffonts,
// qpdf, and Python's openpyxl.
#include "common/AtomicFile.h"
#include "core/export/CsvWriter.h"
#include "core/export/RegisterExport.h"
#include "core/export/XlsxWriter.h"
#include "core/registers/IncomingService.h"
#include "core/registers/OutgoingService.h"
#include "render/OfficialDocument.h"
#include "render/RegisterPdf.h"
#include "signing/PdfInspector.h"
#include "tests/support/Requests.h"
#include "tests/support/SimplePdf.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace vanthu;
using namespace vanthu::core;

namespace
{

QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    if (exitCode) {
        *exitCode = process.exitCode();
    }
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

void fillRegisters(test::TestWorkspace& fixture, int count)
{
    for (int index = 1; index <= count; ++index) {
        IncomingRequest incoming = test::incomingRequest(index);
        incoming.fields.subject =
            QStringLiteral("Về việc thực hiện Đề án số %1, kèm \"ý kiến\", chữ Ủ Ộ Ệ ặ").arg(index);
        REQUIRE(IncomingService(fixture.workspace()).registerDocument(incoming).has_value());
        OutgoingRequest outgoing = test::outgoingRequest();
        outgoing.subject = QStringLiteral("=HYPERLINK(\"http://x\") tiêu đề %1").arg(index);
        REQUIRE(OutgoingService(fixture.workspace()).registerDocument(outgoing).has_value());
        fixture.clock().advanceSeconds(3600);
    }
}

RegisterTable tableOf(test::TestWorkspace& fixture, Direction direction)
{
    RegisterExportRequest request;
    request.selection.direction = direction;
    auto table = RegisterExport(fixture.workspace()).table(request);
    REQUIRE(table.has_value());
    return *table;
}

} // namespace

TEST_CASE("register tables have the ten Phụ lục IV columns in order", "[export][table]")
{
    test::TestWorkspace fixture;
    fillRegisters(fixture, 2);
    const RegisterTable outgoing = tableOf(fixture, Direction::Outgoing);
    CHECK(outgoing.columns
          == QStringList{QStringLiteral("Số, ký hiệu văn bản"), QStringLiteral("Ngày tháng văn bản"),
                         QStringLiteral("Tên loại và trích yếu nội dung văn bản"), QStringLiteral("Người ký"),
                         QStringLiteral("Nơi nhận văn bản"), QStringLiteral("Đơn vị, người nhận bản lưu"),
                         QStringLiteral("Số lượng bản"), QStringLiteral("Ngày chuyển"), QStringLiteral("Ký nhận"),
                         QStringLiteral("Ghi chú")});
    REQUIRE(outgoing.rows.size() == 2);
    CHECK(outgoing.rows.at(0).at(0) == QStringLiteral("01/SNV-VP"));
    CHECK(outgoing.rows.at(0).at(1) == QStringLiteral("05/03/2026"));
    CHECK(outgoing.rows.at(0).at(4) == QStringLiteral("Bộ Nội vụ"));
    CHECK(outgoing.cover.title == QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐI"));
    const RegisterTable incoming = tableOf(fixture, Direction::Incoming);
    CHECK(incoming.columns
          == QStringList{QStringLiteral("Ngày đến"), QStringLiteral("Số đến"), QStringLiteral("Tác giả"),
                         QStringLiteral("Số, ký hiệu văn bản"), QStringLiteral("Ngày tháng văn bản"),
                         QStringLiteral("Tên loại và trích yếu nội dung văn bản"),
                         QStringLiteral("Đơn vị hoặc người nhận"), QStringLiteral("Ngày chuyển"),
                         QStringLiteral("Ký nhận"), QStringLiteral("Ghi chú")});
    CHECK(incoming.rows.at(1).at(1) == QStringLiteral("2"));
    CHECK(incoming.rows.at(1).at(2) == QStringLiteral("UBND quận Ba Đình"));
    CHECK(incoming.rows.at(1).at(3) == QStringLiteral("02/QĐ-UBND"));
    CHECK(incoming.cover.fromNumber == 1);
    CHECK(incoming.cover.toNumber == 2);
}

TEST_CASE("CSV is RFC 4180 UTF-8 with BOM and defuses formulas", "[export][csv]")
{
    test::TestWorkspace fixture;
    fillRegisters(fixture, 2);
    const QByteArray csv = registerTableToCsv(tableOf(fixture, Direction::Outgoing));
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(QStringLiteral("\"Số, ký hiệu văn bản\",Ngày tháng văn bản,")));
    // The subject begins with "=": it is prefixed so no spreadsheet runs it, and its quotes are doubled.
    CHECK(lines.at(1).contains(QStringLiteral("\"Công văn: =HYPERLINK(\"\"http://x\"\") tiêu đề 1\"")));
    const RegisterTable incoming = tableOf(fixture, Direction::Incoming);
    const QString incomingCsv = QString::fromUtf8(registerTableToCsv(incoming).mid(3));
    CHECK(incomingCsv.contains(QStringLiteral("\"Quyết định: Về việc thực hiện Đề án số 1, kèm \"\"ý kiến\"\", chữ "
                                              "Ủ Ộ Ệ ặ\"")));
    RegisterTable hostile = incoming;
    hostile.rows.front()[2] = QStringLiteral("=cmd|' /C calc'!A0");
    hostile.rows.front()[6] = QStringLiteral("- Như trên");
    hostile.rows.front()[9] = QStringLiteral("- 1+cmd|' /C calc'!A0");
    const QString defused = QString::fromUtf8(registerTableToCsv(hostile).mid(3));
    CHECK(defused.contains(QStringLiteral("'=cmd|' /C calc'!A0")));
    CHECK(defused.contains(QStringLiteral(",- Như trên,")));
    CHECK(defused.contains(QStringLiteral("'- 1+cmd|' /C calc'!A0")));
}

TEST_CASE("XLSX opens in openpyxl with the same cells as the table", "[export][xlsx]")
{
    test::TestWorkspace fixture;
    fillRegisters(fixture, 3);
    const RegisterTable table = tableOf(fixture, Direction::Incoming);
    auto xlsx = registerTableToXlsx(table);
    REQUIRE(xlsx.has_value());
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("so-den.xlsx"));
    REQUIRE(writeFileAtomically(path, *xlsx).has_value());
    int unzipExit = -1;
    run(QStringLiteral("unzip"), {QStringLiteral("-tq"), path}, &unzipExit);
    CHECK(unzipExit == 0);
    const QString script = QStringLiteral(
        "import sys, json, openpyxl\n"
        "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
        "rows = [[('' if c is None else str(c)) for c in r] for r in ws.iter_rows(min_row=5, values_only=True)]\n"
        "print(json.dumps({'title': ws.title, 'rows': rows}, ensure_ascii=False))\n");
    int pythonExit = -1;
    const QString output = run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path}, &pythonExit);
    REQUIRE(pythonExit == 0);
    INFO(output.toStdString());
    CHECK(output.contains(QStringLiteral("\"title\": \"Sổ văn bản đến\"")));
    // Header, column numbers, then one line per entry with exactly the table's text.
    for (const QString& column : table.columns) {
        CHECK(output.contains(QLatin1Char('"') + column + QLatin1Char('"')));
    }
    CHECK(output.contains(QStringLiteral("\"(10)\"")));
    for (const QStringList& row : table.rows) {
        QString jsonEscaped = row.at(5);
        jsonEscaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        CHECK(output.contains(QLatin1Char('"') + jsonEscaped + QLatin1Char('"')));
        CHECK(output.contains(QLatin1Char('"') + row.at(3) + QLatin1Char('"')));
    }
}

TEST_CASE("the printed register is an A4 landscape PDF/A with embedded fonts and readable Vietnamese", "[export][pdf]")
{
    test::TestWorkspace fixture;
    fillRegisters(fixture, 40);
    const RegisterTable table = tableOf(fixture, Direction::Incoming);
    auto pdf = render::renderRegisterPdf(table);
    REQUIRE(pdf.has_value());
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("so-den.pdf"));
    REQUIRE(writeFileAtomically(path, *pdf).has_value());

    int qpdfExit = -1;
    const QString check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &qpdfExit);
    CHECK(qpdfExit == 0);
    CHECK(check.contains(QStringLiteral("No syntax or stream encoding errors")));
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    CHECK(info.contains(QStringLiteral("842 x 595 pts (A4)")));
    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    CHECK(fonts.contains(QStringLiteral("LiberationSerif")));
    // Every font line of pdffonts says "yes" in the emb column (emb sub uni object generation).
    static const QRegularExpression fontLine(
        QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
    int fontLines = 0;
    for (const QString& line : fonts.split(QLatin1Char('\n'))) {
        const auto match = fontLine.match(line);
        if (match.hasMatch()) {
            ++fontLines;
            CHECK(match.captured(1) == QStringLiteral("yes"));
        }
    }
    CHECK(fontLines >= 2);
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    // Cover page.
    CHECK(text.contains(QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN")));
    CHECK(text.contains(QStringLiteral("SỞ NỘI VỤ THÀNH PHỐ HÀ NỘI")));
    CHECK(text.contains(QStringLiteral("Năm: 2026")));
    CHECK(text.contains(QStringLiteral("Từ số 01 đến số 40")));
    CHECK(text.contains(QStringLiteral("Quyển số: 01")));
    // Column headings in order on the first table page.
    const QString firstTablePage = text.section(QChar(0x0C), 1, 1);
    qsizetype position = 0;
    for (const QString& number :
         {QStringLiteral("(1)"), QStringLiteral("(2)"), QStringLiteral("(3)"), QStringLiteral("(4)"),
          QStringLiteral("(5)"), QStringLiteral("(6)"), QStringLiteral("(7)"), QStringLiteral("(8)"),
          QStringLiteral("(9)"), QStringLiteral("(10)")}) {
        const qsizetype found = firstTablePage.indexOf(number, position);
        CHECK(found > position);
        position = found;
    }
    // Vietnamese letters that Liberation 1 lacks come through as text.
    CHECK(text.contains(QStringLiteral("chữ Ủ Ộ Ệ ặ")));
    CHECK(text.contains(QStringLiteral("40/QĐ-UBND")));
    // 40 entries need more than one page; the header repeats on each.
    CHECK(text.count(QStringLiteral("(10)")) >= 2);
    CHECK(text.contains(QStringLiteral("Trang 1/")));
}

TEST_CASE("official documents render with a Vietnamese text layer our inspector reads", "[export][pdf]")
{
    render::OfficialDocument document;
    document.parentAgency = QStringLiteral("UBND thành phố Hà Nội");
    document.agency = QStringLiteral("Sở Nội vụ");
    document.codeLine = QStringLiteral("Số: 05/QĐ-SNV");
    document.placeDateLine = QStringLiteral("Hà Nội, ngày 05 tháng 3 năm 2026");
    document.typeTitle = QStringLiteral("QUYẾT ĐỊNH");
    document.subject = QStringLiteral("Về việc phê duyệt Đề án");
    for (int index = 0; index < 30; ++index) {
        document.paragraphs.append(QStringLiteral("Điều %1. Đồng ý thực hiện đề án theo quy định hiện hành của pháp "
                                                  "luật về công tác văn thư và lưu trữ.")
                                       .arg(index + 1));
    }
    document.signerAuthority = QStringLiteral("KT. GIÁM ĐỐC");
    document.signerPosition = QStringLiteral("PHÓ GIÁM ĐỐC");
    document.signerName = QStringLiteral("Nguyễn Thị Thu Hà");
    document.recipients = {QStringLiteral("- Như Điều 3;"), QStringLiteral("- Lưu: VT.")};
    document.urgencyStamp = QStringLiteral("HỎA TỐC");
    auto pdf = render::renderOfficialDocument(document);
    REQUIRE(pdf.has_value());
    auto facts = signing::PdfInspector::inspect(*pdf);
    REQUIRE(facts.has_value());
    CHECK(facts->pageCount == 2); // 30 articles run onto a second page
    CHECK(facts->text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(facts->text.contains(QStringLiteral("Số: 05/QĐ-SNV")));
    CHECK(facts->text.contains(QStringLiteral("Hà Nội, ngày 05 tháng 3 năm 2026")));
    CHECK(facts->text.contains(QStringLiteral("Nguyễn Thị Thu Hà")));
    CHECK(facts->text.contains(QStringLiteral("HỎA TỐC")));
}

TEST_CASE("the PDF inspector refuses what is not a PDF and bounds its work", "[export][pdf]")
{
    auto empty = signing::PdfInspector::inspect(QByteArray());
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().code == ErrorCode::InvalidInput);
    auto garbage = signing::PdfInspector::inspect(QByteArray("%PDF-1.7\n garbage without objects"));
    REQUIRE_FALSE(garbage.has_value());
    CHECK(garbage.error().code == ErrorCode::InvalidInput);
    signing::PdfInspectionLimits tight;
    tight.maxFileBytes = 10;
    auto tooBig = signing::PdfInspector::inspect(QByteArray("%PDF-1.4 more than ten bytes"), tight);
    REQUIRE_FALSE(tooBig.has_value());
    CHECK(tooBig.error().detail.startsWith(QStringLiteral("size")));
}

TEST_CASE("the quick page count agrees with poppler on files of other producers and refuses the same files",
          "[export][pdf]")
{
    // Ghostscript, LibreOffice, qpdf (object streams, linearized, hybrid cross-reference) and a signed file.
    for (const char* name :
         {"gs-classic.pdf", "lo-classic.pdf", "lo-2pages.pdf", "hybrid-xref.pdf", "qpdf-linearized-objstm.pdf",
          "qpdf-linearized.pdf", "qpdf-objstm.pdf", "signed-by-pdfsig.pdf"}) {
        INFO(name);
        QFile file(QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/") + QLatin1String(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        auto full = signing::PdfInspector::inspect(pdf);
        auto quick = signing::PdfInspector::count(pdf);
        REQUIRE(full.has_value());
        REQUIRE(quick.has_value());
        CHECK(quick->pageCount == full->pageCount);
        CHECK_FALSE(quick->textRead);
        CHECK(quick->text.isEmpty());
    }
    // A damaged cross-reference the project's reader refuses goes through poppler, which repairs it: the text comes
    // with it. What poppler refuses is refused with its error.
    QByteArray damaged = test::simplePdf({QStringLiteral("Công văn số 12")});
    damaged.replace("xref", "xrrf");
    auto repaired = signing::PdfInspector::count(damaged);
    REQUIRE(repaired.has_value());
    CHECK(repaired->pageCount == 1);
    CHECK(repaired->textRead);
    auto garbage = signing::PdfInspector::count(QByteArray("%PDF-1.7\n garbage without objects"));
    REQUIRE_FALSE(garbage.has_value());
    CHECK(garbage.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(signing::PdfInspector::count(QByteArray("not a pdf at all")).has_value());
}
