// SPDX-License-Identifier: GPL-3.0-or-later
// Every attack class of signing.md §7, generated here from documents our signer signed, with the verdict the
// validator must give; certification (DocMDP) and locks (FieldMDP); and files of other producers that must pass.
#include "signing/pades/PadesSigner.h"
#include "signing/pades/PdfText.h"
#include "signing/pdf/FieldTree.h"
#include "tests/signing/support/ExternalTools.h"
#include "tests/signing/verify/VerifyTestSupport.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace vanthu;
using namespace vanthu::signing;
using namespace vanthu::signing::pdf;
using vanthu::test::SigningFixture;
using vanthu::test::TestPki;
using namespace vanthu::test;

namespace
{

/** qpdf must read every generated file as a valid PDF: the attacks are well-formed documents. */
void requireWellFormed(const QByteArray& pdf)
{
    const QString check = qpdfCheck(pdf);
    INFO(check.toStdString());
    CHECK(check.isEmpty());
}

VisibleSignature visibleAt(const QRectF& rect)
{
    return VisibleSignature{0, rect, SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf"))};
}

/** The leader signs (or certifies) lo-classic.pdf and creates a text field "SoKyHieu" in the same update. */
QByteArray signedWithTextField(SigningFixture& fixture, SignRequest request, const QStringList& agencyLocks = {})
{
    request.newFields.push_back(
        NewField{NewField::Kind::Text, QStringLiteral("SoKyHieu"), 0, QRectF(300, 700, 120, 20), {}});
    if (!agencyLocks.isEmpty()) {
        request.newFields.push_back(
            NewField{NewField::Kind::Signature, QStringLiteral("CoQuan"), 0, QRectF(350, 100, 100, 100), agencyLocks});
    }
    return signedFixture(fixture, QStringLiteral("lo-classic.pdf"), request);
}

/** The dictionary of a form XObject of @p width x @p height points. */
PdfObject formXObject(int width, int height)
{
    return PdfObject::dictionary({{"Type", PdfObject::name("XObject")},
                                  {"Subtype", PdfObject::name("Form")},
                                  {"BBox", PdfObject::array({PdfObject::integer(0), PdfObject::integer(0),
                                                             PdfObject::integer(width), PdfObject::integer(height)})}});
}

PdfRef fieldNamed(PdfFile& file, const QString& name)
{
    PdfRef found{};
    walkFields(file, acroFormFields(file), [&](const FieldNode& node) {
        if (node.name == name && node.reference.isReference() && found.number == 0) {
            found = node.reference.referenceValue();
        }
    });
    REQUIRE(found.number != 0);
    return found;
}

/** Fills the text field @p name with a value and a new appearance, the way a form filler does. */
QByteArray fillText(const QByteArray& pdf, const QString& name, const QByteArray& value)
{
    return appendUpdate(pdf, [&](PdfFile& file, IncrementalUpdate& update) {
        const PdfRef ref = fieldNamed(file, name);
        auto field = file.object(ref);
        REQUIRE(field.has_value());
        const PdfRef appearance = update.allocate();
        update.putStream(appearance, formXObject(120, 20), "BT /Helv 10 Tf 2 5 Td (" + value + ") Tj ET");
        field->set("V", PdfObject::string(value));
        field->set("AP", PdfObject::dictionary({{"N", PdfObject::reference(appearance)}}));
        update.put(ref, *field);
    });
}

/** Appends @p item to the array at @p key of @p holder (writing the array when it is an object of its own). */
void appendItem(PdfFile& file, IncrementalUpdate& update, PdfObject& holder, const char* key, const PdfObject& item)
{
    PdfObject* current = holder.find(key);
    if (current && current->isReference()) {
        auto array = file.object(current->referenceValue());
        REQUIRE(array.has_value());
        array->arrayItems().push_back(item);
        update.put(current->referenceValue(), *array);
    } else if (current) {
        current->arrayItems().push_back(item);
    } else {
        holder.set(key, PdfObject::array({item}));
    }
}

/** Adds an empty visible signature field whose appearance shows any text: a Sneaky Signature. */
QByteArray addVisibleSignatureField(const QByteArray& pdf)
{
    return appendUpdate(pdf, [](PdfFile& file, IncrementalUpdate& update) {
        auto [pageRef, page] = pageOf(file);
        const PdfRef appearance = update.allocate();
        update.putStream(appearance, formXObject(200, 100), "BT /Helv 18 Tf 10 40 Td (APPROVED 10,000 USD) Tj ET");
        const PdfRef widget = update.allocate();
        update.put(widget, PdfObject::dictionary({
                               {"Type", PdfObject::name("Annot")},
                               {"Subtype", PdfObject::name("Widget")},
                               {"FT", PdfObject::name("Sig")},
                               {"T", PdfObject::string("Sneaky")},
                               {"F", PdfObject::integer(4)},
                               {"P", PdfObject::reference(pageRef)},
                               {"Rect", PdfObject::array({PdfObject::integer(100), PdfObject::integer(400),
                                                          PdfObject::integer(300), PdfObject::integer(500)})},
                               {"AP", PdfObject::dictionary({{"N", PdfObject::reference(appearance)}})},
                           }));
        appendItem(file, update, page, "Annots", PdfObject::reference(widget));
        if (!update.contains(pageRef.number)) {
            update.put(pageRef, page);
        }
        auto catalogRef = file.catalogRef();
        REQUIRE(catalogRef.has_value());
        auto catalog = file.object(*catalogRef);
        REQUIRE(catalog.has_value());
        PdfObject* acroForm = catalog->find("AcroForm");
        REQUIRE(acroForm);
        if (acroForm->isReference()) {
            auto form = file.object(acroForm->referenceValue());
            REQUIRE(form.has_value());
            appendItem(file, update, *form, "Fields", PdfObject::reference(widget));
            if (!update.contains(acroForm->referenceValue().number)) {
                update.put(acroForm->referenceValue(), *form);
            }
        } else {
            appendItem(file, update, *acroForm, "Fields", PdfObject::reference(widget));
            update.put(*catalogRef, *catalog);
        }
    });
}

/** Rewrites page 1 with @p edit applied to its dictionary. */
QByteArray editPage(const QByteArray& pdf, const std::function<void(PdfFile&, PdfObject&)>& edit)
{
    return appendUpdate(pdf, [&edit](PdfFile& file, IncrementalUpdate& update) {
        auto [ref, page] = pageOf(file);
        edit(file, page);
        update.put(ref, page);
    });
}

PdfObject resolvedAnnots(PdfFile& file, const PdfObject& page)
{
    REQUIRE(page.find("Annots"));
    auto annots = file.resolve(*page.find("Annots"));
    REQUIRE(annots.has_value());
    return *annots;
}

/** The number of page 1's (first) content stream. */
int contentNumber(const QByteArray& pdf)
{
    auto file = PdfFile::open(pdf);
    REQUIRE(file.has_value());
    auto [ref, page] = pageOf(**file);
    const PdfObject* contents = page.find("Contents");
    REQUIRE(contents);
    if (contents->isReference()) {
        auto resolved = (*file)->resolve(*contents);
        REQUIRE(resolved.has_value());
        if (resolved->isArray()) {
            return resolved->arrayItems().front().referenceValue().number;
        }
        return contents->referenceValue().number;
    }
    return contents->arrayItems().front().referenceValue().number;
}

/** Adds an object nobody uses (a content stream showing "PAID") to an unsigned document; returns its number. */
QByteArray withUnusedContent(const QByteArray& pdf, int& number)
{
    return appendUpdate(pdf, [&number](PdfFile&, IncrementalUpdate& update) {
        const PdfRef unused = update.allocate();
        number = unused.number;
        update.putStream(unused, PdfObject::dictionary(), QByteArray("BT /F1 24 Tf 72 700 Td (PAID) Tj ET"));
    });
}

const SignatureReport& only(const ValidationReport& report)
{
    REQUIRE(report.signatures.size() == 1);
    return report.signatures.front();
}

} // namespace

// ---------------------------------------------------------------------------------------------- signature wrapping

TEST_CASE("Signature wrapping: the second signed block moved behind attacker objects and xref is invalid",
          "[verify][attack]")
{
    SigningFixture fixture;
    const QByteArray pdf = signedFixture(fixture);
    static const QRegularExpression byteRange(QStringLiteral("/ByteRange\\s*\\[0 (\\d+) (\\d+) (\\d+)\\s*\\]"));
    const qsizetype rangeAt = pdf.lastIndexOf("/ByteRange");
    const auto match = byteRange.match(QString::fromLatin1(pdf.mid(rangeAt, 60)));
    REQUIRE(match.hasMatch());
    const qint64 a = match.captured(1).toLongLong();
    const qint64 b = match.captured(2).toLongLong();
    const qint64 c = match.captured(3).toLongLong();
    REQUIRE(b + c == pdf.size());
    auto file = PdfFile::open(pdf);
    REQUIRE(file.has_value());
    const qint64 xrefAt = (*file)->lastXrefOffset();
    REQUIRE(xrefAt > b);
    // The signature dictionary: the object whose bytes hold the /ByteRange.
    const qsizetype objectAt = pdf.lastIndexOf(" 0 obj", rangeAt);
    const qsizetype lineStart = pdf.lastIndexOf('\n', objectAt) + 1;
    const int signatureNumber = pdf.mid(lineStart, objectAt - lineStart).toInt();
    const qsizetype endObject = pdf.indexOf("endobj", b) + 6;
    const QByteArray original = pdf.mid(lineStart, endObject - lineStart);
    // Not a structured binding: the lambda below uses both, and clang 14 (the sanitizer build) cannot capture one.
    const auto pageEntry = pageOf(**file);
    const auto& pageRef = pageEntry.first;
    const auto& page = pageEntry.second;
    const int contentNumberNew = (*file)->objectCount();

    // The gap: blanks up to where the old startxref points, the attacker's table there, then their objects; the
    // second signed block follows, so the old "startxref" at its end now names the attacker's table.
    auto build = [&](qint64 gapSize) {
        const qint64 shift = gapSize;
        QByteArray gap(xrefAt - b, ' ');
        gap[0] = '\n';
        std::map<int, qint64> offsets;
        for (const auto& [number, entry] : (*file)->sections().front().entries) {
            if (entry.type == XrefEntry::Type::InFile && number != 0) {
                offsets[number] = entry.location >= b ? entry.location + shift : entry.location;
            }
        }
        const qint64 tableAt = b + gap.size();
        QByteArray table = "xref\n";
        QByteArray objects;
        const qint64 tableSize = 5 + (offsets.size() + 2) * (20 + 12) + 400; // fixed room for the table and trailer
        const qint64 objectsAt = tableAt + tableSize;
        QByteArray copy = original;
        copy.replace(0, copy.indexOf(' '), QByteArray::number(signatureNumber));
        const QByteArray newRange = QByteArray("[0 ") + QByteArray::number(a) + ' ' + QByteArray::number(b + shift)
                                    + ' ' + QByteArray::number(c) + ']';
        const qsizetype oldRangeAt = copy.indexOf("/ByteRange") + 10;
        const qsizetype oldRangeEnd = copy.indexOf(']', oldRangeAt) + 1;
        copy.replace(oldRangeAt, oldRangeEnd - oldRangeAt, newRange.leftJustified(oldRangeEnd - oldRangeAt, ' '));
        offsets[signatureNumber] = objectsAt + objects.size();
        objects += copy + "\n";
        offsets[contentNumberNew] = objectsAt + objects.size();
        const QByteArray content = "BT /F1 24 Tf 72 700 Td (PAID) Tj ET";
        objects += QByteArray::number(contentNumberNew) + " 0 obj\n<</Length " + QByteArray::number(content.size())
                   + ">>stream\n" + content + "\nendstream\nendobj\n";
        PdfObject changedPage = page;
        changedPage.set("Contents", PdfObject::reference(PdfRef{contentNumberNew, 0}));
        offsets[pageRef.number] = objectsAt + objects.size();
        objects += QByteArray::number(pageRef.number) + " 0 obj\n" + serialize(changedPage) + "\nendobj\n";
        for (const auto& [number, offset] : offsets) {
            table += QByteArray::number(number) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0')
                     + " 00000 n \n";
        }
        PdfObject trailer = (*file)->trailer();
        trailer.set("Size", PdfObject::integer(contentNumberNew + 1));
        table += "trailer\n" + serialize(trailer) + "\n";
        REQUIRE(table.size() <= tableSize);
        return gap + table.leftJustified(tableSize, ' ') + objects;
    };
    const qint64 gapSize = build(0).size();
    const QByteArray gap = build(gapSize);
    REQUIRE(gap.size() == gapSize);
    const QByteArray attacked = pdf.left(b) + gap + pdf.mid(b);
    requireWellFormed(attacked);

    const ValidationReport report = validate(attacked, trusting(fixture));
    CHECK(report.verdict == Verdict::Invalid);
    const SignatureReport& signature = only(report);
    CHECK(signature.indication == Indication::TotalFailed);
    CHECK(signature.subIndication == SubIndication::FormatFailure);
    CHECK(hasFinding(signature, "byte-range-gap"));
    requireRenderingAgrees(attacked, report);
}

// ------------------------------------------------------------------------------------- incremental saving attack

TEST_CASE("Incremental saving with a stripped or fake cross-reference section is MODIFIED", "[verify][attack]")
{
    SigningFixture fixture;
    const QByteArray pdf = signedFixture(fixture);
    auto file = PdfFile::open(pdf);
    REQUIRE(file.has_value());
    auto [pageRef, page] = pageOf(**file);
    const int content = (*file)->objectCount();
    PdfObject changedPage = page;
    changedPage.set("Contents", PdfObject::reference(PdfRef{content, 0}));
    const QByteArray stream = "BT /F1 24 Tf 72 700 Td (PAID) Tj ET";
    const QByteArray contentBody =
        "<</Length " + QByteArray::number(stream.size()) + ">>stream\n" + stream + "\nendstream";
    const QByteArray objects = "\n" + QByteArray::number(pageRef.number) + " 0 obj\n" + serialize(changedPage)
                               + "\nendobj\n" + QByteArray::number(content) + " 0 obj\n" + contentBody + "\nendobj\n";
    const char* expected = nullptr;
    QByteArray attacked;
    SECTION("no cross-reference section at all after the signed revision")
    {
        attacked = pdf + objects;
        expected = "data-after-last-revision";
    }
    SECTION("a trailer whose startxref points back at the signed section")
    {
        attacked = pdf + objects + "trailer\n" + serialize((*file)->trailer()) + "\nstartxref\n"
                   + QByteArray::number((*file)->lastXrefOffset()) + "\n%%EOF\n";
        expected = "xref-missing";
    }
    SECTION("a complete table without /Prev")
    {
        RawUpdate update;
        update.objects = {{pageRef.number, serialize(changedPage)}, {content, contentBody}};
        update.withPrevious = false;
        update.allEntries = true;
        attacked = appendRaw(pdf, update);
        expected = "revision-detached";
    }
    SECTION("a section whose /Prev skips the signed revision")
    {
        auto unsigned_ = PdfFile::open(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")));
        REQUIRE(unsigned_.has_value());
        // The attacker's section repeats the signature's objects, so the signature still shows.
        RawUpdate update;
        for (const auto& [number, entry] : (*file)->sections().front().entries) {
            if (number != 0 && entry.type == XrefEntry::Type::InFile) {
                update.entries[number] = entry.location;
            }
        }
        update.objects = {{pageRef.number, serialize(changedPage)}, {content, contentBody}};
        update.previous = (*unsigned_)->lastXrefOffset();
        attacked = appendRaw(pdf, update);
        expected = "revision-detached";
    }
    requireWellFormed(attacked);
    const ValidationReport report = validate(attacked, trusting(fixture));
    CHECK(report.verdict == Verdict::Modified);
    const SignatureReport& signature = only(report);
    CHECK(signature.integrity);
    CHECK(signature.indication == Indication::TotalFailed);
    CHECK_FALSE(signature.changesPermitted);
    CHECK(hasFinding(signature, expected));
}

TEST_CASE("A revision that a later revision skips (hidden revision) is MODIFIED", "[verify][attack]")
{
    SigningFixture fixture;
    const QByteArray pdf = signedFixture(fixture);
    auto file = PdfFile::open(pdf);
    REQUIRE(file.has_value());
    const QByteArray changed = replacePageContent(pdf);
    RawUpdate harmless;
    harmless.objects = {{(*file)->objectCount() + 10, "<</Producer (VanThu)>>"}};
    harmless.previous = (*file)->lastXrefOffset(); // back to the signed revision: the content change disappears
    const QByteArray attacked = appendRaw(changed, harmless);
    requireWellFormed(attacked);
    const ValidationReport report = validate(attacked, trusting(fixture));
    CHECK(report.verdict == Verdict::Modified);
    CHECK(hasFinding(only(report), "revision-hidden"));
    CHECK(hasFinding(only(report), "page-content-changed"));
}

// -------------------------------------------------------------------------------------------------- shadow attacks

TEST_CASE("Shadow hide: removing or reordering a prepared cover, or changing a field's kids, is MODIFIED",
          "[verify][attack][shadow]")
{
    SigningFixture fixture;
    // Before signing the attacker covers text with an annotation and prepares a field with two widgets.
    const QByteArray prepared = appendUpdate(
        addFreeText(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf"))),
        [](PdfFile& file, IncrementalUpdate& update) {
            auto [pageRef, page] = pageOf(file);
            const PdfRef parent = update.allocate();
            PdfArray kids;
            for (int i = 0; i < 2; ++i) {
                const PdfRef kid = update.allocate();
                update.put(kid,
                           PdfObject::dictionary({
                               {"Type", PdfObject::name("Annot")},
                               {"Subtype", PdfObject::name("Widget")},
                               {"Parent", PdfObject::reference(parent)},
                               {"P", PdfObject::reference(pageRef)},
                               {"Rect", PdfObject::array({PdfObject::integer(100), PdfObject::integer(600 - i * 50),
                                                          PdfObject::integer(300), PdfObject::integer(640 - i * 50)})},
                           }));
                kids.push_back(PdfObject::reference(kid));
                appendItem(file, update, page, "Annots", PdfObject::reference(kid));
            }
            update.put(parent, PdfObject::dictionary({{"FT", PdfObject::name("Tx")},
                                                      {"T", PdfObject::string("Cover")},
                                                      {"Kids", PdfObject::array(kids)}}));
            update.put(pageRef, page);
            auto catalogRef = file.catalogRef();
            auto catalog = file.object(*catalogRef);
            catalog->set("AcroForm",
                         PdfObject::dictionary({{"Fields", PdfObject::array({PdfObject::reference(parent)})}}));
            update.put(*catalogRef, *catalog);
        });
    const QByteArray pdf = signWith(fixture, TestPki::Identity::LeaderRsa2048, prepared, SigningFixture::request());
    CHECK(validate(pdf, trusting(fixture)).verdict == Verdict::Valid);
    QByteArray attacked;
    const char* expected = nullptr;
    // Removing a non-widget annotation is ANNOTATIONS, allowed only under a P=3 certification (decision 40): after
    // an approval signature it uncovers what the signer saw covered.
    ModificationLevel level = ModificationLevel::Other;
    SECTION("the cover is removed from /Annots")
    {
        attacked = editPage(pdf, [](PdfFile& file, PdfObject& page) {
            PdfObject annots = resolvedAnnots(file, page);
            annots.arrayItems().erase(annots.arrayItems().begin());
            page.set("Annots", annots);
        });
        expected = "annotation-removal-not-allowed";
        level = ModificationLevel::Annotations;
    }
    SECTION("/Annots is reordered so the cover goes below the rest")
    {
        attacked = editPage(pdf, [](PdfFile& file, PdfObject& page) {
            PdfObject annots = resolvedAnnots(file, page);
            std::reverse(annots.arrayItems().begin(), annots.arrayItems().end());
            page.set("Annots", annots);
        });
        expected = "annotations-reordered";
    }
    SECTION("a widget is taken out of the prepared field's /Kids")
    {
        attacked = appendUpdate(pdf, [](PdfFile& file, IncrementalUpdate& update) {
            const PdfRef parent = fieldNamed(file, QStringLiteral("Cover"));
            auto field = file.object(parent);
            field->find("Kids")->arrayItems().pop_back();
            update.put(parent, *field);
        });
        expected = "field-moved";
    }
    requireWellFormed(attacked);
    const ValidationReport report = validate(attacked, trusting(fixture));
    CHECK(report.verdict == Verdict::Modified);
    CHECK(only(report).modificationLevel == level);
    CHECK(hasFinding(only(report), expected));
}

TEST_CASE("Shadow replace: a prepared field may be filled unless locked, fonts and drawings may not change",
          "[verify][attack][shadow]")
{
    SigningFixture fixture;
    SECTION("filling a prepared text field after an approval signature is form filling")
    {
        const QByteArray attacked = fillText(signedWithTextField(fixture, SigningFixture::request()),
                                             QStringLiteral("SoKyHieu"), "123/QD-UBND");
        requireWellFormed(attacked);
        const ValidationReport report = validate(attacked, trusting(fixture));
        CHECK(report.verdict == Verdict::ValidWithAllowedChanges);
        CHECK(only(report).modificationLevel == ModificationLevel::FormFilling);
        CHECK(hasFinding(only(report), "field-filled"));
        requireRenderingAgrees(attacked, report);
    }
    SECTION("filling a field that a later signature locked is MODIFIED for that signature")
    {
        const QByteArray leader = signedWithTextField(fixture, SigningFixture::request(), {QStringLiteral("SoKyHieu")});
        SignRequest agency = SigningFixture::request();
        agency.preparedField = QStringLiteral("CoQuan");
        const QByteArray sealed = signWith(fixture, TestPki::Identity::AgencyRsa3072, leader, agency);
        CHECK(validate(sealed, trusting(fixture)).verdict == Verdict::ValidWithAllowedChanges);
        const QByteArray attacked = fillText(sealed, QStringLiteral("SoKyHieu"), "999/QD-UBND");
        requireWellFormed(attacked);
        const ValidationReport report = validate(attacked, trusting(fixture));
        CHECK(report.verdict == Verdict::Modified);
        REQUIRE(report.signatures.size() == 2);
        CHECK(report.signatures[0].indication == Indication::TotalPassed); // the leader locked nothing
        CHECK(report.signatures[1].indication == Indication::TotalFailed);
        CHECK(report.signatures[1].modificationLevel == ModificationLevel::FormFilling);
        CHECK_FALSE(report.signatures[1].changesPermitted);
        CHECK(hasFinding(report.signatures[1], "fieldmdp-violated"));
        requireRenderingAgrees(attacked, report); // the leader's signature: FORM_FILLING
    }
    SECTION("a font of the page is replaced")
    {
        const QByteArray pdf = signedFixture(fixture);
        const QByteArray attacked = appendUpdate(pdf, [](PdfFile& file, IncrementalUpdate& update) {
            auto [pageRef, page] = pageOf(file);
            auto resources = file.resolve(*page.find("Resources"));
            REQUIRE(resources.has_value());
            auto fonts = file.resolve(*resources->find("Font"));
            REQUIRE(fonts.has_value());
            const PdfRef font = fonts->entries().front().second.referenceValue();
            auto dictionary = file.object(font);
            dictionary->set("BaseFont", PdfObject::name("Helvetica"));
            update.put(font, *dictionary);
        });
        requireWellFormed(attacked);
        const ValidationReport report = validate(attacked, trusting(fixture));
        CHECK(report.verdict == Verdict::Modified);
        CHECK(hasFinding(only(report), "font-changed"));
    }
    SECTION("a drawing (form XObject) the page shows is replaced")
    {
        // Before signing: the page draws a prepared form XObject.
        const QByteArray prepared = appendUpdate(
            SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), [](PdfFile& file, IncrementalUpdate& update) {
                auto [pageRef, page] = pageOf(file);
                const PdfRef form = update.allocate();
                update.putStream(form, formXObject(50, 50), "0 0 50 50 re S");
                const PdfRef draw = update.allocate();
                update.putStream(draw, PdfObject::dictionary(), "q /Fm9 Do Q");
                PdfObject resources = page.find("Resources")->isReference()
                                          ? *file.object(page.find("Resources")->referenceValue())
                                          : *page.find("Resources");
                resources.set("XObject", PdfObject::dictionary({{"Fm9", PdfObject::reference(form)}}));
                if (page.find("Resources")->isReference()) {
                    update.put(page.find("Resources")->referenceValue(), resources);
                } else {
                    page.set("Resources", resources);
                }
                page.set("Contents", PdfObject::array({*page.find("Contents"), PdfObject::reference(draw)}));
                update.put(pageRef, page);
            });
        const QByteArray pdf = signWith(fixture, TestPki::Identity::LeaderRsa2048, prepared, SigningFixture::request());
        const QByteArray attacked = appendUpdate(pdf, [](PdfFile& file, IncrementalUpdate& update) {
            auto [pageRef, page] = pageOf(file);
            auto resources = file.resolve(*page.find("Resources"));
            const PdfRef form = resources->find("XObject")->find("Fm9")->referenceValue();
            update.putStream(form, formXObject(50, 50), "BT /F1 12 Tf (VOID) Tj ET");
        });
        requireWellFormed(attacked);
        const ValidationReport report = validate(attacked, trusting(fixture));
        CHECK(report.verdict == Verdict::Modified);
        CHECK(hasFinding(only(report), "xobject-changed"));
    }
}

TEST_CASE("Shadow hide-and-replace: unused objects shown later and xref games are MODIFIED", "[verify][attack][shadow]")
{
    SigningFixture fixture;
    int unused = 0;
    const QByteArray prepared = withUnusedContent(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), unused);
    QByteArray pdf = signWith(fixture, TestPki::Identity::LeaderRsa2048, prepared, SigningFixture::request());
    CHECK(validate(pdf, trusting(fixture)).verdict == Verdict::Valid);
    QByteArray attacked;
    const char* expected = nullptr;
    bool wellFormed = true;
    SECTION("the page's /Contents is switched to the object the signed file carried unused")
    {
        attacked = editPage(pdf, [unused](PdfFile&, PdfObject& page) {
            page.set("Contents", PdfObject::reference(PdfRef{unused, 0}));
        });
        expected = "page-content-changed";
    }
    SECTION("the content stream's xref entry is pointed at the unused object's bytes")
    {
        auto file = PdfFile::open(pdf);
        RawUpdate update;
        update.entries = {{contentNumber(pdf), (*file)->entry(unused)->location}};
        attacked = appendRaw(pdf, update);
        expected = "xref-redirected";
        wellFormed = false; // the entry names bytes that hold another object: qpdf sees it too
    }
    SECTION("the content stream is redefined by an object appended after the signature")
    {
        RawUpdate update;
        const QByteArray stream = "BT /F1 24 Tf 72 700 Td (PAID) Tj ET";
        update.objects = {{contentNumber(pdf),
                           "<</Length " + QByteArray::number(stream.size()) + ">>stream\n" + stream + "\nendstream"}};
        attacked = appendRaw(pdf, update);
        expected = "page-content-changed";
    }
    SECTION("an object in use is freed")
    {
        RawUpdate update;
        update.freed = {contentNumber(pdf)};
        attacked = appendRaw(pdf, update);
        expected = "object-freed";
    }
    SECTION("an object free in the signed revision is brought back")
    {
        // Prepare: the unused object is freed before signing while the page already points at its number (it reads
        // as null then); after signing the number is defined again, so the page shows what was never signed.
        RawUpdate freeing;
        freeing.freed = {unused};
        const QByteArray freed = appendRaw(prepared, freeing);
        auto file = PdfFile::open(freed);
        REQUIRE(file.has_value());
        auto [pageRef, page] = pageOf(**file);
        PdfObject annots = page.find("Annots") ? *page.find("Annots") : PdfObject::array();
        REQUIRE_FALSE(annots.isReference());
        annots.arrayItems().push_back(PdfObject::reference(PdfRef{unused, 0}));
        page.set("Annots", annots);
        RawUpdate pointing;
        pointing.objects = {{pageRef.number, serialize(page)}};
        pdf =
            signWith(fixture, TestPki::Identity::LeaderRsa2048, appendRaw(freed, pointing), SigningFixture::request());
        CHECK(validate(pdf, trusting(fixture)).verdict == Verdict::Valid);
        RawUpdate reactivating;
        reactivating.objects = {{unused, "<</Type/Annot/Subtype/FreeText/Rect[100 100 300 150]/Contents(PAID)>>"}};
        attacked = appendRaw(pdf, reactivating);
        expected = "object-reactivated";
    }
    if (wellFormed) {
        requireWellFormed(attacked);
    } else {
        CHECK_FALSE(qpdfCheck(attacked).isEmpty());
    }
    const ValidationReport report = validate(attacked, trusting(fixture));
    CHECK(report.verdict == Verdict::Modified);
    CHECK(only(report).indication == Indication::TotalFailed);
    CHECK(hasFinding(only(report), expected));
}

// ----------------------------------------------------------------------------- certification: evil annotation, SSA

TEST_CASE("Certification: the signer writes DocMDP and the validator reports it", "[verify][certify]")
{
    SigningFixture fixture;
    const QByteArray before = SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf"));
    for (const int permission : {1, 2, 3}) {
        INFO(permission);
        const QByteArray pdf = signedFixture(fixture, QStringLiteral("lo-classic.pdf"), certifying(permission));
        auto file = PdfFile::open(pdf);
        REQUIRE(file.has_value());
        auto catalog = (*file)->object(*(*file)->catalogRef());
        REQUIRE(catalog.has_value());
        CHECK(catalog->find("Perms"));
        CHECK(fixture.judge(before, pdf) == QString()); // pdfsig, openssl, qpdf --check, revision chain
        const ValidationReport report = validate(pdf, trusting(fixture));
        CHECK(report.verdict == Verdict::Valid);
        CHECK(only(report).certification);
        CHECK(only(report).docMdpPermission == permission);
        CHECK(hasFinding(only(report), "certified"));
        requireRenderingAgrees(pdf, report);
    }
}

TEST_CASE("Certification: the signer refuses what would break it", "[verify][certify]")
{
    SigningFixture fixture;
    auto agency = fixture.key(TestPki::Identity::AgencyRsa3072);
    SECTION("no signature at all after P=1")
    {
        auto result = PadesSigner::sign(signedFixture(fixture, QStringLiteral("lo-classic.pdf"), certifying(1)),
                                        *agency, SigningFixture::request());
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::Conflict);
    }
    SECTION("no new visible signature field after P=2")
    {
        SignRequest visible = SigningFixture::request();
        visible.visible = visibleAt(QRectF(100, 300, 150, 60));
        auto result = PadesSigner::sign(signedFixture(fixture, QStringLiteral("lo-classic.pdf"), certifying(2)),
                                        *agency, visible);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::Conflict);
    }
    SECTION("an invisible approval signature after P=2 is fine")
    {
        auto result = PadesSigner::sign(signedFixture(fixture, QStringLiteral("lo-classic.pdf"), certifying(2)),
                                        *agency, SigningFixture::request());
        REQUIRE(result.has_value());
        const ValidationReport report = validate(result->pdf(), trusting(fixture));
        CHECK(report.verdict == Verdict::ValidWithAllowedChanges);
        CHECK(hasFinding(report.signatures.front(), "docmdp-respected"));
        requireRenderingAgrees(result->pdf(), report); // an invisible signature draws nothing
    }
    SECTION("only the first signature may certify")
    {
        auto result = PadesSigner::sign(signedFixture(fixture), *agency, certifying(2));
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::Conflict);
    }
    SECTION("a /P the standard does not define is read as 1, by the signer as by the validator")
    {
        QByteArray pdf = signedFixture(fixture, QStringLiteral("lo-classic.pdf"), certifying(2));
        const qsizetype at = pdf.indexOf("/TransformParams");
        REQUIRE(at > 0);
        const qsizetype p = pdf.indexOf("/P 2", at);
        REQUIRE(p > at);
        pdf[p + 3] = '4';
        auto result = PadesSigner::sign(pdf, *agency, SigningFixture::request());
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::Conflict);
    }
    SECTION("P is 1, 2 or 3")
    {
        auto result =
            PadesSigner::sign(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), *agency, certifying(4));
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::InvalidInput);
    }
}

TEST_CASE("Evil annotation: a FreeText after certification breaks P=1 and P=2, P=3 allows it with a warning",
          "[verify][attack][certify]")
{
    SigningFixture fixture;
    for (const int permission : {1, 2}) {
        INFO(permission);
        const QByteArray attacked =
            addFreeText(signedFixture(fixture, QStringLiteral("lo-classic.pdf"), certifying(permission)));
        requireWellFormed(attacked);
        const ValidationReport report = validate(attacked, trusting(fixture));
        CHECK(report.verdict == Verdict::Modified);
        CHECK(only(report).indication == Indication::TotalFailed);
        CHECK(only(report).modificationLevel == ModificationLevel::Annotations);
        CHECK(hasFinding(only(report), "docmdp-violated"));
        requireRenderingAgrees(attacked, report); // TOTAL_FAILED: nothing is claimed
    }
    SignRequest visible = certifying(3);
    visible.visible = visibleAt(QRectF(100, 100, 150, 60)); // under the FreeText at [100 100 300 150]
    const QByteArray attacked = addFreeText(signedFixture(fixture, QStringLiteral("lo-classic.pdf"), visible));
    requireWellFormed(attacked);
    const ValidationReport report = validate(attacked, trusting(fixture));
    CHECK(report.verdict == Verdict::ValidWithAllowedChanges);
    CHECK(only(report).indication == Indication::TotalPassed);
    CHECK(only(report).modificationLevel == ModificationLevel::Annotations);
    CHECK(hasFinding(only(report), "docmdp-respected"));
    CHECK(hasFinding(only(report), "annotation-over-signature"));
    requireRenderingAgrees(attacked, report);
}

TEST_CASE("Sneaky signature: a new visible signature field breaks a certification, not an approval",
          "[verify][attack][certify]")
{
    SigningFixture fixture;
    SECTION("an empty visible signature field after P=2")
    {
        const QByteArray attacked =
            addVisibleSignatureField(signedFixture(fixture, QStringLiteral("lo-classic.pdf"), certifying(2)));
        requireWellFormed(attacked);
        const ValidationReport report = validate(attacked, trusting(fixture));
        CHECK(report.verdict == Verdict::Modified);
        CHECK(only(report).modificationLevel == ModificationLevel::FormFilling);
        CHECK(hasFinding(only(report), "sneaky-signature"));
        CHECK(hasFinding(only(report), "docmdp-violated"));
        requireRenderingAgrees(attacked, report);
    }
    SECTION("the same field, signed, after P=2")
    {
        SignRequest sneaky = SigningFixture::request();
        sneaky.preparedField = QStringLiteral("Sneaky");
        const QByteArray attacked = signWith(
            fixture, TestPki::Identity::AgencyRsa3072,
            addVisibleSignatureField(signedFixture(fixture, QStringLiteral("lo-classic.pdf"), certifying(2))), sneaky);
        requireWellFormed(attacked);
        const ValidationReport report = validate(attacked, trusting(fixture));
        CHECK(report.verdict == Verdict::Modified);
        REQUIRE(report.signatures.size() == 2);
        CHECK(report.signatures[0].indication == Indication::TotalFailed);
        CHECK(hasFinding(report.signatures[0], "sneaky-signature"));
        CHECK(report.signatures[1].indication == Indication::TotalPassed);
        requireRenderingAgrees(attacked, report);
    }
    SECTION("a new visible signature after an approval signature is allowed form filling")
    {
        SignRequest visible = SigningFixture::request();
        visible.visible = visibleAt(QRectF(100, 300, 150, 60));
        const QByteArray twice = signWith(fixture, TestPki::Identity::AgencyRsa3072, signedFixture(fixture), visible);
        requireWellFormed(twice);
        const ValidationReport report = validate(twice, trusting(fixture));
        CHECK(report.verdict == Verdict::ValidWithAllowedChanges);
        REQUIRE(report.signatures.size() == 2);
        CHECK(report.signatures[0].modificationLevel == ModificationLevel::FormFilling);
        CHECK(hasFinding(report.signatures[0], "signature-field-added"));
        requireRenderingAgrees(twice, report); // the new signature's appearance
    }
}

TEST_CASE("Form filling and signing a prepared field after a P=2 certification are allowed", "[verify][certify]")
{
    SigningFixture fixture;
    SECTION("a prepared text field is filled")
    {
        const QByteArray attacked =
            fillText(signedWithTextField(fixture, certifying(2)), QStringLiteral("SoKyHieu"), "123/QD-UBND");
        requireWellFormed(attacked);
        const ValidationReport report = validate(attacked, trusting(fixture));
        CHECK(report.verdict == Verdict::ValidWithAllowedChanges);
        CHECK(only(report).indication == Indication::TotalPassed);
        CHECK(hasFinding(only(report), "docmdp-respected"));
        requireRenderingAgrees(attacked, report);
    }
    SECTION("the issuing flow: the agency fills the number and signs its prepared field in one update")
    {
        const QByteArray certified = signedWithTextField(fixture, certifying(2), {QStringLiteral("SoKyHieu")});
        SignRequest agency = SigningFixture::request();
        agency.preparedField = QStringLiteral("CoQuan");
        agency.fills.push_back(FieldFill{QStringLiteral("SoKyHieu"), QStringLiteral("123/QĐ-UBND"),
                                         SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf"))});
        const QByteArray issued = signWith(fixture, TestPki::Identity::AgencyRsa3072, certified, agency);
        CHECK(fixture.judge(certified, issued) == QString());
        const ValidationReport report = validate(issued, trusting(fixture));
        CHECK(report.verdict == Verdict::ValidWithAllowedChanges);
        REQUIRE(report.signatures.size() == 2);
        CHECK(report.signatures[0].indication == Indication::TotalPassed);
        CHECK(report.signatures[0].certification);
        CHECK(report.signatures[1].indication == Indication::TotalPassed);
        CHECK_FALSE(report.signatures[1].certification);
        requireRenderingAgrees(issued, report);
    }
}

// ------------------------------------------------------------------------------------------------- no false alarms

TEST_CASE("Files of other producers signed once and twice raise no alarm", "[verify]")
{
    SigningFixture fixture;
    ValidationOptions options = trusting(fixture);
    for (const QString& name :
         {QStringLiteral("qpdf-objstm.pdf"), QStringLiteral("qpdf-linearized.pdf"),
          QStringLiteral("qpdf-linearized-objstm.pdf"), QStringLiteral("hybrid-xref.pdf"),
          QStringLiteral("signed-by-pdfsig.pdf"), QStringLiteral("gs-classic.pdf"), QStringLiteral("lo-2pages.pdf")}) {
        INFO(name.toStdString());
        const bool foreign = name == QLatin1String("signed-by-pdfsig.pdf");
        options.ignoreTrust = foreign; // its signer chains to a CA of its own
        const QByteArray once = signedFixture(fixture, name);
        const ValidationReport first = validate(once, options);
        CHECK(first.verdict == (foreign ? Verdict::ValidWithAllowedChanges : Verdict::Valid));
        for (const SignatureReport& signature : first.signatures) {
            INFO(signature.field.toStdString());
            for (const Finding& finding : signature.findings) {
                UNSCOPED_INFO(finding.code.toStdString() + ": " + finding.message.toStdString());
            }
            CHECK(signature.changesPermitted);
        }
        requireRenderingAgrees(once, first);
        const QByteArray twice = signWith(fixture, TestPki::Identity::AgencyRsa3072, once, SigningFixture::request());
        const ValidationReport second = validate(twice, options);
        CHECK(second.verdict == Verdict::ValidWithAllowedChanges);
        for (const SignatureReport& signature : second.signatures) {
            INFO(signature.field.toStdString());
            for (const Finding& finding : signature.findings) {
                UNSCOPED_INFO(finding.code.toStdString() + ": " + finding.message.toStdString());
            }
            CHECK(signature.indication == Indication::TotalPassed);
            CHECK(signature.modificationLevel <= ModificationLevel::FormFilling);
        }
        requireRenderingAgrees(twice, second); // the second signature is invisible
    }
}
