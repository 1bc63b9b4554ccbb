// SPDX-License-Identifier: GPL-3.0-or-later
// The bounds of the PDF structure layer (docs/decisions.md, decision 30): every hostile shape below used to cost
// unbounded time or memory, or to read outside the data; each must now end in an error (or a bounded answer) at once.
#include "signing/pdf/PdfFile.h"
#include "signing/pdf/PdfFilters.h"
#include "signing/pdf/PdfParser.h"

#include <catch2/catch.hpp>

#include <QList>

using namespace vanthu::signing::pdf;

namespace
{

/** A classic PDF whose objects 1..N are @p bodies (object 1 the catalog), one xref table, @p trailerExtra. */
QByteArray classicPdf(const QList<QByteArray>& bodies, const QByteArray& trailerExtra = {})
{
    QByteArray out("%PDF-1.7\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + bodies[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(bodies.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<< /Size " + QByteArray::number(bodies.size() + 1) + " /Root 1 0 R" + trailerExtra
           + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray repeated(const QByteArray& item, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        out += item;
    }
    return out;
}

} // namespace

TEST_CASE("A page tree that lists the same node many times ends after a bounded number of visits", "[pdf]")
{
    // Pages 2 -> 200 x node 3 -> 200 x node 4 -> 200 x node 5 (no kids): no loop, 8 million visits unbounded.
    const QByteArray kids3 = "[" + repeated("3 0 R ", 200) + "]";
    const QByteArray kids4 = "[" + repeated("4 0 R ", 200) + "]";
    const QByteArray kids5 = "[" + repeated("5 0 R ", 200) + "]";
    const QByteArray pdf = classicPdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids " + kids3 + " >>",
                                       "<< /Type /Pages /Kids " + kids4 + " >>",
                                       "<< /Type /Pages /Kids " + kids5 + " >>", "<< /Type /Pages /Kids [] >>"});
    PdfLimits limits;
    limits.maxPages = 1000;
    auto file = PdfFile::open(pdf, limits);
    REQUIRE(file);
    const auto pages = (*file)->pages();
    REQUIRE_FALSE(pages);
    CHECK(pages.error().detail.contains(QStringLiteral("page tree with more than 2000 nodes")));
}

TEST_CASE("A /Prev or /XRefStm outside the file is an error, not a read past the end", "[pdf]")
{
    const QByteArray body = "<< /Type /Catalog /Pages 2 0 R >>";
    for (const QByteArray& extra : {QByteArray(" /Prev 999999"), QByteArray(" /XRefStm 999999")}) {
        INFO(extra.toStdString());
        const auto file = PdfFile::open(classicPdf({body, "<< /Type /Pages /Kids [] >>"}, extra));
        REQUIRE_FALSE(file);
        CHECK(file.error().code == vanthu::ErrorCode::InvalidInput);
    }
}

TEST_CASE("The xref entries of all sections together are bounded", "[pdf]")
{
    const QByteArray pdf = classicPdf(QList<QByteArray>(8, "<< >>"));
    PdfLimits limits;
    limits.maxObjects = 12;
    CHECK(PdfFile::open(pdf, limits)); // 9 entries
    QByteArray updated = pdf;
    const qsizetype previous = pdf.lastIndexOf("\nxref\n") + 1;
    const qsizetype xref = updated.size();
    updated += "xref\n0 9\n0000000000 65535 f \n" + repeated("0000000009 00000 n \n", 8)
               + "trailer\n<< /Size 9 /Root 1 0 R /Prev " + QByteArray::number(previous) + " >>\nstartxref\n"
               + QByteArray::number(xref) + "\n%%EOF\n";
    const auto file = PdfFile::open(updated, limits); // 18 entries
    REQUIRE_FALSE(file);
    CHECK(file.error().detail.contains(QStringLiteral("more than 12 cross-reference entries")));
}

TEST_CASE("The streams one file decodes are bounded together", "[pdf]")
{
    const QByteArray data = deflate(QByteArray(800, 'x'));
    const QByteArray stream =
        "<< /Length " + QByteArray::number(data.size()) + " /Filter /FlateDecode >>\nstream\n" + data + "\nendstream";
    PdfLimits limits;
    limits.maxDecodedTotalBytes = 1000;
    auto file = PdfFile::open(classicPdf({"<< /Type /Catalog >>", stream}), limits);
    REQUIRE(file);
    CHECK((*file)->streamData(2));
    const auto second = (*file)->streamData(2);
    REQUIRE_FALSE(second);
    CHECK(second.error().detail.contains(QStringLiteral("decodes to more than")));
}

TEST_CASE("A stream that decodes to more than 1100 times its size is refused", "[pdf]")
{
    // Flate over Flate: 8 MiB of zeros from a few hundred bytes, far beyond what one Flate pass can reach.
    const QByteArray data = deflate(deflate(QByteArray(8 * 1024 * 1024, '\0')));
    REQUIRE(data.size() < 1000);
    const QByteArray stream = "<< /Length " + QByteArray::number(data.size())
                              + " /Filter [/FlateDecode /FlateDecode] >>\nstream\n" + data + "\nendstream";
    auto file = PdfFile::open(classicPdf({"<< /Type /Catalog >>", stream}));
    REQUIRE(file);
    const auto decoded = (*file)->streamData(2);
    REQUIRE_FALSE(decoded);
    CHECK(decoded.error().detail.contains(QStringLiteral("more than 1100 times its encoded size")));

    // One Flate pass of the same zeros (about 1000:1) is what real files hold, and decodes.
    const QByteArray once = deflate(QByteArray(8 * 1024 * 1024, '\0'));
    const QByteArray plain =
        "<< /Length " + QByteArray::number(once.size()) + " /Filter /FlateDecode >>\nstream\n" + once + "\nendstream";
    auto single = PdfFile::open(classicPdf({"<< /Type /Catalog >>", plain}));
    REQUIRE(single);
    const auto zeros = (*single)->streamData(2);
    REQUIRE(zeros);
    CHECK(zeros->size() == 8 * 1024 * 1024);
}

TEST_CASE("An object stream with a negative /First is damaged", "[pdf]")
{
    const QByteArray members = "3 0 << /A 1 >>";
    const QByteArray objectStream = "<< /Type /ObjStm /N 1 /First -4 /Length " + QByteArray::number(members.size())
                                    + " >>\nstream\n" + members + "\nendstream";
    QByteArray pdf = classicPdf({"<< /Type /Catalog >>", objectStream});
    // An xref stream on top makes object 3 the first member of object stream 2.
    QByteArray rows = QByteArray::fromHex("00000000"); // object 0: free
    const qsizetype first = pdf.indexOf("1 0 obj");
    const qsizetype second = pdf.indexOf("2 0 obj");
    rows += QByteArray::fromHex("01") + QByteArray::fromHex(QByteArray::number(first, 16).rightJustified(4, '0'))
            + QByteArray::fromHex("00");
    rows += QByteArray::fromHex("01") + QByteArray::fromHex(QByteArray::number(second, 16).rightJustified(4, '0'))
            + QByteArray::fromHex("00");
    rows += QByteArray::fromHex("02000200");
    const qsizetype xrefStream = pdf.size();
    pdf += "4 0 obj\n<< /Type /XRef /Size 5 /Index [0 4] /W [1 2 1] /Root 1 0 R /Length "
           + QByteArray::number(rows.size()) + " >>\nstream\n" + rows + "\nendstream\nendobj\nstartxref\n"
           + QByteArray::number(xrefStream) + "\n%%EOF\n";
    auto updated = PdfFile::open(pdf);
    REQUIRE(updated);
    const auto member = (*updated)->indirect(3);
    REQUIRE_FALSE(member);
    CHECK(member.error().detail.contains(QStringLiteral("without /N or /First")));
}

TEST_CASE("An xref stream field wider than a qint64 holds is read without overflow", "[pdf]")
{
    QByteArray pdf("%PDF-1.7\n");
    const QByteArray rows = QByteArray::fromHex("00"
                                                "0000000000000000"
                                                "00") // object 0: free
                            + QByteArray::fromHex("01"
                                                  "ffffffffffffffff"
                                                  "00"); // object 1: at 2^64 - 1
    const qsizetype xref = pdf.size();
    pdf += "1 0 obj\n<< /Type /XRef /Size 2 /W [1 8 1] /Root 1 0 R /Length " + QByteArray::number(rows.size())
           + " >>\nstream\n" + rows + "\nendstream\nendobj\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    const auto file = PdfFile::open(pdf);
    REQUIRE_FALSE(file);
    CHECK(file.error().detail.contains(QStringLiteral("points beyond the file")));
}

TEST_CASE("Arrays and dictionaries are bounded in length and keep the last of duplicate keys", "[pdf]")
{
    const QByteArray tooLong = "[" + repeated("0 ", static_cast<int>(PdfParser::maxContainerItems) + 1) + "]";
    PdfParser arrayParser(tooLong);
    CHECK_FALSE(arrayParser.readObject());
    CHECK(arrayParser.error().contains(QStringLiteral("array with more than")));

    // 20,000 keys, each twice: the index keeps this linear, and the later value wins.
    QByteArray dictionary = "<<";
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 20000; ++i) {
            dictionary += " /K" + QByteArray::number(i) + " " + QByteArray::number(i + round);
        }
    }
    dictionary += " >>";
    PdfParser dictionaryParser(dictionary);
    const auto parsed = dictionaryParser.readObject();
    REQUIRE(parsed);
    CHECK(parsed->entries().size() == 20000);
    CHECK(parsed->find("K0")->integerValue() == 1);
    CHECK(parsed->find("K19999")->integerValue() == 20000);
}

TEST_CASE("A parser placed outside its data reads the end of the data", "[pdf]")
{
    const QByteArray data("1 0 obj << >> endobj");
    for (const qint64 position : {qint64(-5), qint64(data.size()), qint64(data.size() + 100)}) {
        PdfParser parser(data, position);
        CHECK(parser.position() == data.size());
        CHECK_FALSE(parser.readObject());
        CHECK(parser.readToken().isEmpty());
    }
}

TEST_CASE("A predictor with huge rows over a few bytes decodes only what is there", "[pdf]")
{
    PdfObject parameters = PdfObject::dictionary();
    parameters.set("Predictor", PdfObject::integer(12));
    parameters.set("Columns", PdfObject::integer(1'000'000));
    parameters.set("Colors", PdfObject::integer(32));
    parameters.set("BitsPerComponent", PdfObject::integer(16));
    PdfObject dictionary = PdfObject::dictionary();
    dictionary.set("Filter", PdfObject::name("FlateDecode"));
    dictionary.set("DecodeParms", parameters);
    QString error;
    const auto decoded = decodeStream(dictionary,
                                      deflate(QByteArray::fromHex("01"
                                                                  "0102030405")),
                                      1024 * 1024, error);
    REQUIRE(decoded);
    CHECK(*decoded == QByteArray::fromHex("0102030405")); // "Sub" with 64 bytes per pixel: nothing to the left
}
