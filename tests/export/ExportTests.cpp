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
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

/** Runs @p script (Python with openpyxl) on @p xlsx written to a file; the script prints one JSON object. */
QJsonObject readWithOpenpyxl(const QByteArray& xlsx, const QString& script)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("so.xlsx"));
    REQUIRE(writeFileAtomically(path, xlsx).has_value());
    int pythonExit = -1;
    const QString output = run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path}, &pythonExit);
    INFO(output.left(2000).toStdString());
    REQUIRE(pythonExit == 0);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output.toUtf8(), &parseError);
    REQUIRE(parseError.error == QJsonParseError::NoError);
    return document.object();
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

TEST_CASE("XLSX of a long register reads back in openpyxl letter for letter, with the register's layout",
          "[export][xlsx]")
{
    test::TestWorkspace fixture;
    fillRegisters(fixture, 1);
    RegisterTable table = tableOf(fixture, Direction::Incoming);
    const QString letters = QStringLiteral("ÀÁẢÃẠ ĂẮẰẲẴẶ ÂẤẦẨẪẬ Đ ÈÉẺẼẸ ÊẾỀỂỄỆ ÌÍỈĨỊ ÒÓỎÕỌ ÔỐỒỔỖỘ ƠỚỜỞỠỢ ÙÚỦŨỤ "
                                           "ƯỨỪỬỮỰ ỲÝỶỸỴ àáảãạ ăắằẳẵặ âấầẩẫậ đ èéẻẽẹ êếềểễệ ìíỉĩị òóỏõọ "
                                           "ôốồổỗộ ơớờởỡợ ùúủũụ ưứừửữự ỳýỷỹỵ");
    constexpr int Entries = 3000;
    for (int index = 2; index <= Entries; ++index) {
        QStringList cells = table.rows.front();
        cells[1] = QString::number(index);
        cells[5] = QStringLiteral("Công văn: %1 số %2").arg(letters).arg(index);
        cells[9] = QString(); // an empty, bordered cell
        table.rows.append(cells);
    }
    table.rows[1][2] = QStringLiteral("=HYPERLINK(\"http://x\") Ủy ban");
    QList<QStringList> expected = table.rows;
    // A control character of a received file is dropped; XML cannot hold it.
    table.rows[2][6] = QStringLiteral("Phòng\x01 Hành chính");
    expected[2][6] = QStringLiteral("Phòng Hành chính");
    auto xlsx = registerTableToXlsx(table);
    REQUIRE(xlsx.has_value());
    const QJsonObject read = readWithOpenpyxl(
        *xlsx, QStringLiteral(
                   "import sys, json, openpyxl\n"
                   "from openpyxl.utils import get_column_letter\n"
                   "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                   "rows = [[('' if c is None else str(c)) for c in r] for r in ws.iter_rows(min_row=7, "
                   "values_only=True)]\n"
                   "layout = {'freeze': ws.freeze_panes, 'printTitles': ws.print_title_rows,\n"
                   "  'merged': sorted(str(r) for r in ws.merged_cells.ranges),\n"
                   "  'headerBold': ws['A5'].font.b, 'headerFont': ws['A5'].font.name, 'titleSize': ws['A2'].font.sz,\n"
                   "  'entryFont': ws['A7'].font.name, 'emptyBorder': ws['J8'].border.left.style,\n"
                   "  'numberType': ws['B7'].data_type, 'formulaType': ws['C8'].data_type,\n"
                   "  'orientation': ws.page_setup.orientation, 'paper': str(ws.page_setup.paperSize),\n"
                   "  'headerHeight': ws.row_dimensions[5].height,\n"
                   "  'widths': [ws.column_dimensions[get_column_letter(i)].width for i in range(1, 11)]}\n"
                   "print(json.dumps({'rows': rows, 'layout': layout}, ensure_ascii=False))\n"));
    const QJsonArray rows = read.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == Entries);
    // Every cell as the table has it; the first entry that differs is shown.
    bool same = true;
    for (qsizetype index = 0; index < rows.size() && same; ++index) {
        QStringList cells;
        for (const QJsonValue& value : rows.at(index).toArray()) {
            cells.append(value.toString());
        }
        if (cells != expected.at(index)) {
            same = false;
            INFO("read:  " << cells.join(QLatin1Char('|')).toStdString());
            INFO("table: " << expected.at(index).join(QLatin1Char('|')).toStdString());
            FAIL_CHECK("entry " << index + 1 << " differs");
        }
    }

    const QJsonObject layout = read.value(QStringLiteral("layout")).toObject();
    INFO(QJsonDocument(layout).toJson(QJsonDocument::Compact).toStdString());
    CHECK(layout.value(QStringLiteral("freeze")).toString() == QStringLiteral("A7"));
    CHECK(layout.value(QStringLiteral("printTitles")).toString() == QStringLiteral("$5:$6"));
    CHECK(layout.value(QStringLiteral("merged")).toArray()
          == QJsonArray{QStringLiteral("A1:J1"), QStringLiteral("A2:J2"), QStringLiteral("A3:J3"),
                        QStringLiteral("A4:J4")});
    CHECK(layout.value(QStringLiteral("headerBold")).toBool());
    CHECK(layout.value(QStringLiteral("headerFont")).toString() == QStringLiteral("Times New Roman"));
    CHECK(layout.value(QStringLiteral("entryFont")).toString() == QStringLiteral("Times New Roman"));
    CHECK(layout.value(QStringLiteral("titleSize")).toDouble() == 14);
    CHECK(layout.value(QStringLiteral("emptyBorder")).toString() == QStringLiteral("thin"));
    CHECK(layout.value(QStringLiteral("numberType")).toString() == QStringLiteral("n"));
    CHECK(layout.value(QStringLiteral("formulaType")).toString() == QStringLiteral("s"));
    CHECK(layout.value(QStringLiteral("orientation")).toString() == QStringLiteral("landscape"));
    CHECK(layout.value(QStringLiteral("paper")).toString() == QStringLiteral("9"));
    CHECK(layout.value(QStringLiteral("headerHeight")).toDouble() == 45);
    const QJsonArray widths = layout.value(QStringLiteral("widths")).toArray();
    REQUIRE(widths.size() == table.columnWeights.size());
    for (qsizetype column = 0; column < widths.size(); ++column) {
        // libxlsxwriter stores a width as Excel does, with the cell padding added (under one character).
        const double width = widths.at(column).toDouble();
        const int wanted = qMax(8, table.columnWeights.at(column) * 2);
        CHECK(width >= wanted);
        CHECK(width < wanted + 1);
    }
}

TEST_CASE("XLSX holds a cell of 32,767 letters and refuses a longer one, naming the entry and the column",
          "[export][xlsx]")
{
    test::TestWorkspace fixture;
    fillRegisters(fixture, 2);
    RegisterTable table = tableOf(fixture, Direction::Incoming);
    table.rows[1][9] = QString(32767, QChar(u'ư')); // Excel's limit counts characters, not UTF-8 bytes
    auto fits = registerTableToXlsx(table);
    REQUIRE(fits.has_value());
    const QJsonObject read = readWithOpenpyxl(
        *fits, QStringLiteral("import sys, json, openpyxl\n"
                              "value = openpyxl.load_workbook(sys.argv[1]).active['J8'].value\n"
                              "print(json.dumps({'length': len(value), 'same': value == '\\u01b0' * 32767}))\n"));
    CHECK(read.value(QStringLiteral("length")).toInt() == 32767);
    CHECK(read.value(QStringLiteral("same")).toBool());

    table.rows[1][9] += QChar(u'ư');
    auto tooLong = registerTableToXlsx(table);
    REQUIRE_FALSE(tooLong.has_value());
    INFO(tooLong.error().message.toStdString() << " / " << tooLong.error().detail.toStdString());
    CHECK(tooLong.error().code == ErrorCode::InvalidInput);
    CHECK(tooLong.error().message.contains(QStringLiteral(" 2 ")));
    CHECK(tooLong.error().message.contains(QStringLiteral("(10)")));
    CHECK(tooLong.error().detail.contains(QStringLiteral("libxlsxwriter")));
    CHECK(tooLong.error().detail.contains(QStringLiteral("32,767 characters")));
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
