// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF structure layer: reading cross-reference chains of every flavour and writing incremental updates that keep
// every earlier revision intact. qpdf is the independent judge of the files we write.
#include "signing/pdf/IncrementalUpdate.h"
#include "signing/pdf/PdfFile.h"
#include "signing/pdf/PdfFilters.h"
#include "tests/signing/support/ExternalTools.h"
#include "tests/support/SimplePdf.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace vanthu::signing::pdf;
using vanthu::test::qpdf;
using vanthu::test::simplePdf;

namespace
{

/** The input in the flavours producers write: classic table, object streams with an xref stream, linearized. */
QList<std::pair<QString, QByteArray>> flavours()
{
    const QByteArray classic = simplePdf({QStringLiteral("first page"), QStringLiteral("second page")});
    return {
        {QStringLiteral("classic"), classic},
        {QStringLiteral("object streams"), qpdf(classic, {QStringLiteral("--object-streams=generate")})},
        {QStringLiteral("linearized"), qpdf(classic, {QStringLiteral("--linearize")})},
        {QStringLiteral("linearized object streams"),
         qpdf(classic, {QStringLiteral("--linearize"), QStringLiteral("--object-streams=generate")})},
    };
}

} // namespace

TEST_CASE("PdfFile reads every cross-reference flavour and finds the pages", "[pdf]")
{
    for (const auto& [name, bytes] : flavours()) {
        INFO(name.toStdString());
        auto file = PdfFile::open(bytes);
        REQUIRE(file.has_value());
        auto pages = (*file)->pages();
        REQUIRE(pages.has_value());
        CHECK(pages->size() == 2);
        auto page = (*file)->object(pages->front());
        REQUIRE(page.has_value());
        CHECK(page->find("Type")->isName("Page"));
        CHECK((*file)->usesXrefStreams() == name.contains(QStringLiteral("object streams")));
    }
}

TEST_CASE("PdfFile refuses what is not a PDF or has a broken chain, without crashing", "[pdf]")
{
    CHECK_FALSE(PdfFile::open(QByteArray("hello")).has_value());
    QByteArray pdf = simplePdf({QStringLiteral("x")});
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    QByteArray beyond = pdf.left(startxref) + "startxref\n99999999\n%%EOF\n";
    CHECK_FALSE(PdfFile::open(beyond).has_value());
    // A /Prev that points at its own section must not loop forever.
    QByteArray looping = pdf;
    const qsizetype xref = pdf.lastIndexOf("\nxref") + 1;
    looping.replace("trailer\n<<", "trailer\n<</Prev " + QByteArray::number(xref));
    const auto loopOpened = PdfFile::open(looping);
    REQUIRE_FALSE(loopOpened.has_value());
    CHECK(loopOpened.error().detail.contains(QStringLiteral("loops")));
}

TEST_CASE("An incremental update keeps the original as a prefix and chains to it in the same flavour", "[pdf]")
{
    for (const auto& [name, bytes] : flavours()) {
        INFO(name.toStdString());
        auto file = PdfFile::open(bytes);
        REQUIRE(file.has_value());
        IncrementalUpdate update(**file);
        auto pages = (*file)->pages();
        REQUIRE(pages.has_value());
        auto page = (*file)->object(pages->front());
        REQUIRE(page.has_value());
        page->set("Rotate", PdfObject::integer(90));
        update.put(pages->front(), *page);
        const PdfRef added = update.allocate();
        update.put(added, PdfObject::dictionary({{"Note", PdfObject::string("added")}}));
        const WrittenUpdate written = update.write();
        const QByteArray output = bytes + written.appendix;

        CHECK(output.startsWith(bytes));
        CHECK(vanthu::test::qpdfCheck(output).isEmpty());
        auto reopened = PdfFile::open(output);
        REQUIRE(reopened.has_value());
        CHECK((*reopened)->sections().size() == (*file)->sections().size() + 1);
        CHECK((*reopened)->sections().front().previous == (*file)->lastXrefOffset());
        CHECK((*reopened)->usesXrefStreams() == (*file)->usesXrefStreams());
        // Only the two objects we put (and, for xref streams, the stream itself) are in the new section.
        CHECK((*reopened)->sections().front().entries.size() == ((*file)->usesXrefStreams() ? 3U : 2U));
        for (const auto& [number, entry] : (*reopened)->sections().front().entries) {
            CHECK(entry.type == XrefEntry::Type::InFile);
        }
        auto rotated = (*reopened)->object(pages->front());
        REQUIRE(rotated.has_value());
        CHECK(rotated->find("Rotate")->integerValue() == 90);
        auto note = (*reopened)->object(added);
        REQUIRE(note.has_value());
        CHECK(note->find("Note")->bytes() == "added");
        // The first /ID string identifies the document across revisions and must not change.
        const PdfObject* oldId = (*file)->trailer().find("ID");
        const PdfObject* newId = (*reopened)->trailer().find("ID");
        REQUIRE(newId != nullptr);
        if (oldId) {
            CHECK(newId->arrayItems()[0].bytes() == oldId->arrayItems()[0].bytes());
        }
        // What qpdf renders from the update: page 1 rotated, so it really read our section.
        CHECK(vanthu::test::qpdfJsonPageRotation(output, 0) == 90);
    }
}

TEST_CASE("Strings, names and numbers survive a parse and serialise round trip", "[pdf]")
{
    const QByteArray source =
        "<</A (x\\(y\\)\\\\z\\n) /B <48656C6C6F> /C /Name#20With#23Hash /D [1 0 R 2.50 -3 true null] "
        "/E <</F 0.125>>>>";
    PdfParser parser(source);
    auto value = parser.readObject();
    REQUIRE(value.has_value());
    CHECK(value->find("A")->bytes() == "x(y)\\z\n");
    CHECK(value->find("B")->bytes() == "Hello");
    CHECK(value->find("C")->bytes() == "Name With#Hash");
    CHECK(value->find("D")->arrayItems()[0].isReference());
    CHECK(value->find("D")->arrayItems()[1].bytes() == "2.50");
    const QByteArray serialized = serialize(*value);
    PdfParser again(serialized);
    auto reparsed = again.readObject();
    REQUIRE(reparsed.has_value());
    CHECK(serialize(*reparsed) == serialize(*value));
}

TEST_CASE("A value answers only for its own kind, at the limits of each", "[pdf]")
{
    const QByteArray source = "[2147483647 65535 R 0 0 R -9223372036854775 true false /Type /Unlisted#41 (Type)]";
    PdfParser parser(source);
    auto value = parser.readObject();
    REQUIRE(value.has_value());
    const PdfArray& items = value->arrayItems();
    REQUIRE(items.size() == 8);
    CHECK(items[0].referenceValue() == PdfRef{2147483647, 65535});
    CHECK(items[0].integerValue() == 0);
    CHECK_FALSE(items[0].booleanValue());
    CHECK(items[1].referenceValue() == PdfRef{0, 0});
    CHECK(items[2].integerValue() == -9223372036854775);
    CHECK(items[2].referenceValue() == PdfRef{});
    CHECK(items[3].booleanValue());
    CHECK_FALSE(items[4].booleanValue());
    CHECK(items[5].isName("Type"));
    CHECK(items[6].bytes() == "UnlistedA");
    CHECK(items[7].isString());
    CHECK_FALSE(items[7].isName("Type"));
    CHECK(items[2].bytes().isEmpty());
    CHECK(items[5].arrayItems().empty());
    CHECK(items[5].entries().empty());
    CHECK(items[5].find("Type") == nullptr);

    // A common name is shared by every value that holds it: changing one copy changes no other.
    PdfParser second(QByteArrayView("/Type"));
    auto other = second.readObject();
    REQUIRE(other.has_value());
    QByteArray changed = other->bytes();
    changed[0] = 'X';
    CHECK(changed == "Xype");
    CHECK(other->bytes() == "Type");
    CHECK(items[5].bytes() == "Type");

    // A dictionary set on a value of another kind stays invisible to readers of that kind, as it always was.
    PdfObject number = PdfObject::integer(7);
    number.set("Key", PdfObject::integer(1));
    CHECK(number.isInteger());
    CHECK(number.integerValue() == 7);
    CHECK(number.find("Key") == nullptr);
    PdfObject dictionary = PdfObject::dictionary();
    dictionary.set("Key", PdfObject::integer(1));
    dictionary.set("Key", PdfObject::integer(2));
    REQUIRE(dictionary.find("Key") != nullptr);
    CHECK(dictionary.find("Key")->integerValue() == 2);
    CHECK(dictionary.entries().size() == 1);
    dictionary.remove("Key");
    CHECK(dictionary.entries().empty());
}

TEST_CASE("Deeply nested or unterminated input fails with an error, not a crash", "[pdf]")
{
    QByteArray deep(100000, '[');
    PdfParser parser(deep);
    CHECK_FALSE(parser.readObject().has_value());
    CHECK(parser.error().contains(QStringLiteral("nested")));
    const QByteArray unterminatedText("(abc");
    PdfParser unterminated(unterminatedText);
    CHECK_FALSE(unterminated.readObject().has_value());
}

TEST_CASE("Flate decoding stops at the configured output limit (deflate bomb)", "[pdf]")
{
    const QByteArray zeros(8 * 1024 * 1024, '\0');
    const QByteArray bomb = deflate(zeros);
    REQUIRE(bomb.size() < 100 * 1024);
    QString error;
    const PdfObject dictionary = PdfObject::dictionary({{"Filter", PdfObject::name("FlateDecode")}});
    CHECK_FALSE(decodeStream(dictionary, bomb, 1024 * 1024, error).has_value());
    CHECK(error.contains(QStringLiteral("more than")));
    const auto decoded = decodeStream(dictionary, bomb, 16 * 1024 * 1024, error);
    REQUIRE(decoded.has_value());
    CHECK(*decoded == zeros);
}
