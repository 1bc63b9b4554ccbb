// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TextFold.h"
#include "common/TextNormalize.h"

#include <catch2/catch.hpp>

using namespace vanthu;

TEST_CASE("foldForSearch removes every Vietnamese mark and folds đ", "[common][fold]")
{
    CHECK(foldForSearch(QStringLiteral("Đồng ý")) == QStringLiteral("dong y"));
    CHECK(foldForSearch(QStringLiteral("Đề án")) == QStringLiteral("de an"));
    CHECK(foldForSearch(QStringLiteral("QĐ-UBND")) == QStringLiteral("qd-ubnd"));
    CHECK(foldForSearch(QStringLiteral("THƯỢNG KHẨN")) == QStringLiteral("thuong khan"));
    CHECK(foldForSearch(QStringLiteral("Hỏa tốc HOẢ TỐC")) == QStringLiteral("hoa toc hoa toc"));
    CHECK(foldForSearch(QStringLiteral("quyết định")) == QStringLiteral("quyet dinh"));
}

TEST_CASE("foldForSearch treats decomposed input like composed input", "[common][fold]")
{
    const QString composed = QStringLiteral("Nghị định");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    REQUIRE(composed != decomposed);
    CHECK(foldForSearch(decomposed) == foldForSearch(composed));
}

TEST_CASE("normalizedLine makes NFC and collapses white space", "[common][normalize]")
{
    const QString decomposed = QStringLiteral("  Sở   Nội\tvụ ").normalized(QString::NormalizationForm_D);
    CHECK(normalizedLine(decomposed) == QStringLiteral("Sở Nội vụ"));
}

TEST_CASE("normalizedText keeps lines but trims trailing spaces and unifies line ends", "[common][normalize]")
{
    CHECK(normalizedText(QStringLiteral("a  \r\nb\rc \n")) == QStringLiteral("a\nb\nc"));
}

TEST_CASE("codePointLength counts characters, not UTF-16 units or bytes", "[common][normalize]")
{
    CHECK(codePointLength(QStringLiteral("Đề án")) == 5);
    CHECK(codePointLength(QString::fromUcs4(U"\U0001F600x")) == 2);
    CHECK(QStringLiteral("Đề án").toUtf8().size() > 5);
}

TEST_CASE("foldForSearch gives the same result for every Vietnamese letter composed or decomposed", "[common][fold]")
{
    const QString alphabet =
        QStringLiteral("aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ");
    const QString folded = foldForSearch(alphabet);
    const QString upperFolded = foldForSearch(alphabet.toUpper());
    CHECK(folded == upperFolded);
    CHECK(foldForSearch(alphabet.normalized(QString::NormalizationForm_D)) == folded);
    for (const QChar ch : folded) {
        CHECK(ch.unicode() < 0x80); // nothing but ASCII letters remains
    }
    CHECK(folded.count(QLatin1Char('a')) == 18);
    CHECK(folded.count(QLatin1Char('d')) == 2);
    // Characters outside the Latin table still fold (Greek capital, a symbol, an emoji).
    CHECK(foldForSearch(QStringLiteral("ΣÅ€")) == QStringLiteral("σa€"));
    CHECK(foldForSearch(QString::fromUcs4(U"x\U0001F600y")) == QString::fromUcs4(U"x\U0001F600y"));
}
