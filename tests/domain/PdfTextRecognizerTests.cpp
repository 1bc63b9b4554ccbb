// SPDX-License-Identifier: GPL-3.0-or-later
// The Nghị định 30 header recognised from first-page text as PDF libraries and OCR give it: columns merged into one
// line or one after the other, spaced-out letters, missing diacritics; and nothing invented where the page is silent.
#include "core/registers/PdfTextRecognizer.h"

#include <catch2/catch.hpp>

using namespace vanthu;
using namespace vanthu::core;

namespace
{

using C = RecognitionConfidence;

// pdftotext -layout / poppler physical order: the two header columns share lines.
const QString mergedDecision =
    QStringLiteral("      UBND THÀNH PHỐ HÀ NỘI              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "          SỞ NỘI VỤ                          Độc lập - Tự do - Hạnh phúc\n"
                   "          -------                           ---------------\n"
                   "   Số: 12/2026/QĐ-SNV                   Hà Nội, ngày 05 tháng 3 năm 2026\n"
                   "\n"
                   "                              QUYẾT ĐỊNH\n"
                   "      Về việc phê duyệt Đề án vị trí việc làm của các đơn vị sự nghiệp\n"
                   "                              ----------\n"
                   "                         GIÁM ĐỐC SỞ NỘI VỤ\n"
                   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
                   "Số: 99/QĐ-XYZ is quoted in the body and must not be taken.\n");

// Reading order: the left column, then the right one.
const QString columnsOfficialLetter =
    QStringLiteral("ỦY BAN NHÂN DÂN\n"
                   "QUẬN BA ĐÌNH\n"
                   "Số: 125/UBND-VP\n"
                   "V/v triển khai công tác văn thư, lưu trữ\n"
                   "năm 2026\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập - Tự do - Hạnh phúc\n"
                   "Ba Đình, ngày 12 tháng 01 năm 2026\n"
                   "Kính gửi: Các phòng, ban chuyên môn\n"
                   "Thực hiện Kế hoạch số 05/KH-UBND ngày 02 tháng 01 năm 2026 ...\n");

// OCR of a scan: letters spaced out, diacritics lost, spaces around the separators.
const QString ocrNotice = QStringLiteral("BO NOI VU\n"
                                         "CUC VAN THU VA LUU TRU NHA NUOC\n"
                                         "S o :  7 / TB - VTLTNN\n"
                                         "Ha Noi , ngay 2 thang 2 nam 2026\n"
                                         "THONG BAO\n"
                                         "Ve viec nghi Tet Nguyen dan\n"
                                         "Can cu ...\n");

void checkNothingFound(const RecognisedDocument& found)
{
    CHECK_FALSE(found.code.found());
    CHECK_FALSE(found.issuedDate.found());
    CHECK_FALSE(found.organName.found());
    CHECK_FALSE(found.parentOrganName.found());
    CHECK_FALSE(found.typeKey.found());
    CHECK_FALSE(found.subject.found());
}

} // namespace

TEST_CASE("recognise a decision whose header columns are merged into shared lines", "[domain][recognition]")
{
    const RecognisedDocument found = recogniseDocumentText(mergedDecision);
    CHECK(found.code.confidence == C::Certain);
    CHECK(found.code.value.number == QStringLiteral("12"));
    CHECK(found.code.value.notation == QStringLiteral("2026/QĐ-SNV"));
    CHECK(found.issuedDate.confidence == C::Certain);
    CHECK(found.issuedDate.value == QDate(2026, 3, 5));
    CHECK(found.organName.value == QStringLiteral("SỞ NỘI VỤ"));
    CHECK(found.organName.confidence == C::Certain);
    CHECK(found.parentOrganName.value == QStringLiteral("UBND THÀNH PHỐ HÀ NỘI"));
    CHECK(found.typeKey.value == QStringLiteral("quyet-dinh"));
    CHECK(found.typeKey.confidence == C::Certain); // title and symbol agree
    CHECK(found.subject.value == QStringLiteral("Về việc phê duyệt Đề án vị trí việc làm của các đơn vị sự nghiệp"));
}

TEST_CASE("recognise an official letter given column after column", "[domain][recognition]")
{
    const RecognisedDocument found = recogniseDocumentText(columnsOfficialLetter);
    CHECK(found.code.value.display() == QStringLiteral("125/UBND-VP"));
    CHECK(found.issuedDate.value == QDate(2026, 1, 12));
    CHECK(found.issuedDate.confidence == C::Certain);
    // A name over two lines is one agency; no governing agency is printed.
    CHECK(found.organName.value == QStringLiteral("ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH"));
    CHECK_FALSE(found.parentOrganName.found());
    CHECK(found.typeKey.value == QStringLiteral("cong-van"));
    CHECK(found.typeKey.confidence == C::Likely);
    CHECK(found.subject.value == QStringLiteral("V/v triển khai công tác văn thư, lưu trữ năm 2026"));
}

TEST_CASE("recognise an OCR text with spaced letters and no diacritics", "[domain][recognition]")
{
    const RecognisedDocument found = recogniseDocumentText(ocrNotice);
    CHECK(found.code.value.number == QStringLiteral("7"));
    CHECK(found.code.value.notation == QStringLiteral("TB-VTLTNN")); // as printed, not completed
    CHECK(found.issuedDate.value == QDate(2026, 2, 2));
    CHECK(found.organName.value == QStringLiteral("CUC VAN THU VA LUU TRU NHA NUOC"));
    CHECK(found.parentOrganName.value == QStringLiteral("BO NOI VU"));
    CHECK(found.typeKey.value == QStringLiteral("thong-bao"));
    CHECK(found.subject.value == QStringLiteral("Ve viec nghi Tet Nguyen dan"));
}

TEST_CASE("recognise a date and symbol on one line with a place of several words", "[domain][recognition]")
{
    const RecognisedDocument found = recogniseDocumentText(
        QStringLiteral("SỞ Y TẾ\nSố: 03/KH-SYT Thành phố Hồ Chí Minh, ngày 31 tháng 12 năm 2025\nKẾ HOẠCH\n"
                       "Tiêm chủng mở rộng năm 2026\n"));
    CHECK(found.code.value.display() == QStringLiteral("03/KH-SYT"));
    CHECK(found.issuedDate.value == QDate(2025, 12, 31));
    CHECK(found.issuedDate.confidence == C::Certain);
    CHECK(found.typeKey.value == QStringLiteral("ke-hoach"));
    CHECK(found.typeKey.confidence == C::Certain);
    CHECK(found.subject.value == QStringLiteral("Tiêm chủng mở rộng năm 2026"));
}

TEST_CASE("a title that contradicts the symbol is kept but only as likely", "[domain][recognition]")
{
    const RecognisedDocument found =
        recogniseDocumentText(QStringLiteral("SỞ NỘI VỤ\nSố: 04/TB-SNV\nHà Nội, ngày 02 tháng 3 năm 2026\nBÁO CÁO\n"
                                             "Tình hình thực hiện\n"));
    CHECK(found.typeKey.value == QStringLiteral("bao-cao"));
    CHECK(found.typeKey.confidence == C::Likely);
}

TEST_CASE("recognition invents nothing the page does not say", "[domain][recognition]")
{
    SECTION("empty text")
    {
        checkNothingFound(recogniseDocumentText(QString()));
    }
    SECTION("a page of prose")
    {
        checkNothingFound(recogniseDocumentText(
            QStringLiteral("Biên bản cuộc họp ngày hôm qua.\nCác bên thống nhất số liệu 12/2026 như sau.\n"
                           "Phần lớn ý kiến đồng ý.\n")));
    }
    SECTION("an impossible date, a number without a symbol, a symbol that is too long")
    {
        const RecognisedDocument found =
            recogniseDocumentText(QStringLiteral("SỞ NỘI VỤ\nSố: 12/\nHà Nội, ngày 31 tháng 02 năm 2026\n"
                                                 "Số: 13/ABCDEFGHIJKLMNOPQRSTUVWXYZ-ABCDEFGHIJ\n"));
        CHECK_FALSE(found.code.found());
        CHECK_FALSE(found.issuedDate.found());
        CHECK(found.organName.value == QStringLiteral("SỞ NỘI VỤ"));
    }
    SECTION("dates and numbers quoted in the body are not the document's")
    {
        const RecognisedDocument found = recogniseDocumentText(
            QStringLiteral("SỞ NỘI VỤ\nCăn cứ Quyết định số: 05/QĐ-UBND ngày 02 tháng 01 năm 2026;\n"));
        CHECK_FALSE(found.code.found());
        CHECK_FALSE(found.issuedDate.found());
    }
}
