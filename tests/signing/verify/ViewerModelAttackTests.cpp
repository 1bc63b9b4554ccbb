// SPDX-License-Identifier: GPL-3.0-or-later
// Forgeries that a reader of the xref listings misses and a viewer shows (issue 12): a new /Root, objects no xref
// lists, a wrong generation that makes poppler rebuild, a shared appearance overwritten by form filling, FieldMDP
// and DocMDP claims that do not match the fields, duplicate keys, undefined objects defined later, an added
// /Encrypt. Each is generated from a file our signer signed; tests/support/expected-verdicts-attacks.md is the table.
#include "signing/pades/PadesSigner.h"
#include "tests/signing/support/ExternalTools.h"
#include "tests/signing/verify/AttackBuilders.h"
#include "tests/signing/verify/VerifyTestSupport.h"

#include <catch2/catch.hpp>

using namespace vanthu;
using namespace vanthu::signing;
using namespace vanthu::signing::pdf;
using namespace vanthu::test;

namespace
{

const QByteArray forged = "FORGED 999";
/** What poppler must extract from a forged page (it may break the line of the forged text where the page has text). */
const QString forgedWord = QStringLiteral("FORGED");

QByteArray handSigned(SigningFixture& fixture, TestPki::Identity identity, const QByteArray& pdf,
                      const HandSignature& signature)
{
    auto key = fixture.key(identity);
    return fillSignature(handSignatureUpdate(pdf, signature), *key);
}

const SignatureReport& only(const ValidationReport& report)
{
    REQUIRE(report.signatures.size() == 1);
    return report.signatures.front();
}

/** "field: code, code; field: ..." for test messages: what the validator found. */
std::string findingCodes(const ValidationReport& report)
{
    std::string codes;
    for (const SignatureReport& signature : report.signatures) {
        codes += signature.field.toStdString() + ":";
        for (const Finding& finding : signature.findings) {
            codes += " " + finding.code.toStdString();
        }
        codes += "; ";
    }
    return codes;
}

/** The verdict of a forgery: never green, and what the table says. */
void requireModifiedOther(const ValidationReport& report, const SignatureReport& signature)
{
    INFO(findingCodes(report));
    CHECK(report.verdict != Verdict::Valid);
    CHECK(report.verdict != Verdict::ValidWithAllowedChanges);
    CHECK(report.verdict == Verdict::Modified);
    CHECK(signature.indication == Indication::TotalFailed);
    CHECK(signature.subIndication == SubIndication::FormatFailure);
    CHECK(signature.modificationLevel == ModificationLevel::Other);
    CHECK_FALSE(signature.changesPermitted);
}

/** The original first words of lo-classic.pdf's page as poppler extracts them. */
QString originalWords(const QByteArray& pdf)
{
    const QString text = popplerText(pdf).simplified();
    REQUIRE(text.size() > 10);
    return text.left(10);
}

/** Page 1's /Resources, resolved (a page that inherits them gets its parent's). */
PdfObject resourcesOf(PdfFile& file, const PdfObject& page)
{
    const PdfObject* resources = page.find("Resources");
    if (!resources) {
        auto parent = file.resolve(*page.find("Parent"));
        REQUIRE(parent.has_value());
        resources = parent->find("Resources");
        REQUIRE(resources);
        auto resolved = file.resolve(*resources);
        REQUIRE(resolved.has_value());
        return *resolved;
    }
    auto resolved = file.resolve(*resources);
    REQUIRE(resolved.has_value());
    return *resolved;
}

/** Page 1's content and its resources (with a font poppler can read back) redefined, as an attacker would write them
 *  after the signature. */
QByteArray forgedRedefinition(PdfFile& file)
{
    auto [pageRef, page] = pageOf(file);
    const int content = pageContentNumber(file);
    REQUIRE(page.find("Resources")->isReference());
    const int resources = page.find("Resources")->referenceValue().number;
    return QByteArray::number(content) + " 0 obj\n" + textStreamBody(forged) + "\nendobj\n"
           + QByteArray::number(resources) + " 0 obj\n" + serialize(withHelvetica(file, resourcesOf(file, page)))
           + "\nendobj\n";
}

/** A form XObject dictionary of @p width x @p height whose text uses /FV (Helvetica). */
PdfObject formWithFont(PdfFile& file, int width, int height)
{
    return PdfObject::dictionary({{"Type", PdfObject::name("XObject")},
                                  {"Subtype", PdfObject::name("Form")},
                                  {"BBox", rectangle(0, 0, width, height)},
                                  {"Resources", withHelvetica(file, PdfObject::dictionary())}});
}

/** Page 1 draws the form XObject @p form as /@p name (the /Resources and /Contents it gets are written). */
void drawOnPage(PdfFile& file, IncrementalUpdate& update, const QByteArray& name, const PdfObject& form)
{
    auto [pageRef, page] = pageOf(file);
    PdfObject resources = resourcesOf(file, page);
    PdfObject xobjects = PdfObject::dictionary();
    if (const PdfObject* existing = resources.find("XObject")) {
        auto resolved = file.resolve(*existing);
        REQUIRE(resolved.has_value());
        xobjects = *resolved;
    }
    xobjects.set(name, form);
    resources.set("XObject", xobjects);
    if (page.find("Resources") && page.find("Resources")->isReference()) {
        update.put(page.find("Resources")->referenceValue(), resources);
    } else {
        page.set("Resources", resources);
    }
    const PdfRef draw = update.allocate();
    update.putStream(draw, PdfObject::dictionary(), "q 1 0 0 1 72 500 cm /" + name + " Do Q");
    PdfObject contents = PdfObject::array();
    auto current = file.resolve(*page.find("Contents"));
    REQUIRE(current.has_value());
    if (current->isArray()) {
        contents = *current;
    } else {
        contents.arrayItems().push_back(*page.find("Contents"));
    }
    contents.arrayItems().push_back(PdfObject::reference(draw));
    page.set("Contents", contents);
    update.put(pageRef, page);
}

} // namespace

// ------------------------------------------------------------------------------------------------ (1) a new /Root

TEST_CASE("A later trailer whose /Root names a new catalog, page tree and page is MODIFIED", "[verify][viewer-model]")
{
    SigningFixture fixture;
    const QByteArray pdf = signedFixture(fixture);
    auto file = PdfFile::open(pdf);
    REQUIRE(file.has_value());
    auto [catalogRef, catalog] = catalogOf(**file);
    auto [pageRef, page] = pageOf(**file);
    REQUIRE(catalog.find("AcroForm")); // the old form and its signature widget are reused as they are
    const int first = nextObjectNumber(pdf);
    const PdfRef newCatalog{first, 0};
    const PdfRef newPages{first + 1, 0};
    const PdfRef newPage{first + 2, 0};
    const PdfRef newContent{first + 3, 0};
    PdfObject forgedPage = page;
    forgedPage.set("Parent", PdfObject::reference(newPages));
    forgedPage.set("Resources", withHelvetica(**file, resourcesOf(**file, page)));
    forgedPage.set("Contents", PdfObject::reference(newContent));
    catalog.set("Pages", PdfObject::reference(newPages));
    HandSection section;
    section.objects = {
        {newCatalog.number, serialize(catalog)},
        {newPages.number, serialize(PdfObject::dictionary({{"Type", PdfObject::name("Pages")},
                                                           {"Kids", PdfObject::array({PdfObject::reference(newPage)})},
                                                           {"Count", PdfObject::integer(1)}}))},
        {newPage.number, serialize(forgedPage)},
        {newContent.number, textStreamBody(forged)},
    };
    section.trailer = {{"Root", PdfObject::reference(newCatalog)}};
    const QByteArray attacked = appendSection(pdf, section);

    CHECK(qpdfCheck(attacked).isEmpty()); // a well-formed file: every reader opens it
    // What a viewer shows: the new page, not the signed one.
    const QString shown = popplerText(attacked);
    CHECK(shown.contains(forgedWord));
    CHECK_FALSE(shown.simplified().contains(originalWords(pdf)));
    auto reopened = PdfFile::open(attacked);
    REQUIRE(reopened.has_value());
    CHECK((*reopened)->catalogRef()->number == newCatalog.number);

    const ValidationReport report = validate(attacked, trusting(fixture));
    requireModifiedOther(report, only(report));
    CHECK(hasFinding(only(report), "root-changed"));
}

// -------------------------------------------------------------------------- (2) objects that no xref section lists

TEST_CASE("Objects no xref lists, and a generation that makes poppler rebuild the xref, are never valid",
          "[verify][viewer-model]")
{
    SigningFixture fixture;
    const QByteArray pdf = signedFixture(fixture);
    auto file = PdfFile::open(pdf);
    REQUIRE(file.has_value());
    auto [pageRef, page] = pageOf(**file);
    const QByteArray redefinition = forgedRedefinition(**file);
    const XrefEntry* pageEntry = (*file)->entry(pageRef.number);
    REQUIRE(pageEntry->type == XrefEntry::Type::InFile);

    SECTION("the page's entry names generation 1: poppler rebuilds and shows the unlisted page content")
    {
        HandSection section;
        section.unlisted = redefinition;
        section.entries = {{pageRef.number, {pageEntry->location, 1}}}; // the bytes there say "N 0 obj"
        const QByteArray attacked = appendSection(pdf, section);
        CHECK(popplerText(attacked).contains(forgedWord)); // the forgery is what poppler shows
        const ValidationReport report = validate(attacked, trusting(fixture));
        requireModifiedOther(report, only(report));
        CHECK((report.rebuilt || hasFinding(only(report), "object-unlisted")
               || hasFinding(only(report), "generation-mismatch")));
    }
    SECTION("the generation mismatch alone: the rebuilt file is the signed one, yet at best INDETERMINATE")
    {
        HandSection section;
        section.entries = {{pageRef.number, {pageEntry->location, 1}}};
        const QByteArray attacked = appendSection(pdf, section);
        CHECK(popplerText(attacked).simplified().contains(originalWords(pdf)));
        const ValidationReport report = validate(attacked, trusting(fixture));
        INFO(findingCodes(report));
        CHECK(report.verdict == Verdict::Indeterminate);
        CHECK(only(report).indication == Indication::Indeterminate);
        CHECK(only(report).subIndication == SubIndication::FormatFailure);
        CHECK(only(report).modificationLevel == ModificationLevel::None);
        CHECK((report.rebuilt || hasFinding(only(report), "generation-mismatch")));
    }
    SECTION("one unlisted redefinition appended after the last %%EOF, with no xref or trailer")
    {
        const QByteArray attacked = pdf + redefinition;
        REQUIRE(attacked.lastIndexOf(" 0 obj") > attacked.lastIndexOf("%%EOF"));
        const ValidationReport report = validate(attacked, trusting(fixture));
        requireModifiedOther(report, only(report));
        CHECK(hasFinding(only(report), "object-unlisted"));
    }
    SECTION("one unlisted redefinition inside an update whose xref is correct")
    {
        HandSection section;
        section.objects = {{nextObjectNumber(pdf), "<</Producer(VanThu)>>"}};
        section.unlisted = redefinition;
        const QByteArray attacked = appendSection(pdf, section);
        CHECK(qpdfCheck(attacked).isEmpty()); // the listed structure is sound: only a scan finds the object
        const ValidationReport report = validate(attacked, trusting(fixture));
        requireModifiedOther(report, only(report));
        CHECK(hasFinding(only(report), "object-unlisted"));
    }
}

TEST_CASE("A file whose last cross-reference data is broken is judged as viewers rebuild it, not refused",
          "[verify][viewer-model]")
{
    SigningFixture fixture;
    const QByteArray pdf = signedFixture(fixture);
    auto file = PdfFile::open(pdf);
    REQUIRE(file.has_value());
    const QByteArray redefinition = forgedRedefinition(**file);
    // A startxref that names bytes holding no cross-reference data: PdfFile::open refuses it, poppler rebuilds.
    const QByteArray brokenTail = "startxref\n" + QByteArray::number(pdf.size() + 3) + "\n%%EOF\n";
    SECTION("the rebuilt file shows a forged page: MODIFIED")
    {
        const QByteArray attacked = pdf + redefinition + brokenTail;
        REQUIRE_FALSE(PdfFile::open(attacked).has_value());
        CHECK(popplerText(attacked).contains(forgedWord));
        const ValidationReport report = validate(attacked, trusting(fixture));
        INFO(findingCodes(report));
        CHECK(report.rebuilt);
        CHECK(report.verdict == Verdict::Modified);
        CHECK(only(report).modificationLevel == ModificationLevel::Other);
    }
    SECTION("the rebuilt file is the signed one: INDETERMINATE, never VALID")
    {
        const QByteArray attacked = pdf + brokenTail;
        REQUIRE_FALSE(PdfFile::open(attacked).has_value());
        const ValidationReport report = validate(attacked, trusting(fixture));
        INFO(findingCodes(report));
        CHECK(report.rebuilt);
        CHECK(report.verdict == Verdict::Indeterminate);
        CHECK(only(report).integrity);
        CHECK(only(report).indication == Indication::Indeterminate);
    }
}

// ------------------------------------------------------------------------------- (3) a shared appearance stream

TEST_CASE("A form XObject shared by a text widget's /AP and the page content may not change in form filling",
          "[verify][viewer-model]")
{
    SigningFixture fixture;
    // Before signing: one XObject is both the appearance of the text field "SoKyHieu" and drawn by the page.
    // drawOnPage and registerField both rewrite page 1, so they are two updates.
    int shared = 0;
    const QByteArray base = SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf"));
    const QByteArray drawn = appendUpdate(base, [&](PdfFile& file, IncrementalUpdate& update) {
        auto [pageRef, page] = pageOf(file);
        const PdfRef form = update.allocate();
        shared = form.number;
        update.putStream(form, formWithFont(file, 200, 30), "BT /FV 12 Tf 2 10 Td (ORIGINAL 100) Tj ET");
        drawOnPage(file, update, "Fx", PdfObject::reference(form));
    });
    const QByteArray withField = appendUpdate(drawn, [&](PdfFile& file, IncrementalUpdate& update) {
        auto [pageRef, page] = pageOf(file);
        const PdfRef field = update.allocate();
        update.put(field, PdfObject::dictionary(
                              {{"Type", PdfObject::name("Annot")},
                               {"Subtype", PdfObject::name("Widget")},
                               {"FT", PdfObject::name("Tx")},
                               {"T", PdfObject::string("SoKyHieu")},
                               {"V", PdfObject::string("ORIGINAL 100")},
                               {"F", PdfObject::integer(4)},
                               {"Rect", rectangle(300, 700, 500, 730)},
                               {"P", PdfObject::reference(pageRef)},
                               {"AP", PdfObject::dictionary({{"N", PdfObject::reference(PdfRef{shared, 0})}})}}));
        registerField(file, update, field);
    });
    const QByteArray pdf = signWith(fixture, TestPki::Identity::LeaderRsa2048, withField, SigningFixture::request());
    CHECK(popplerText(pdf).contains(QStringLiteral("ORIGINAL 100"))); // the page really draws the shared object
    CHECK(validate(pdf, trusting(fixture)).verdict == Verdict::Valid);

    auto overwriteShared = [&](PdfFile& file, IncrementalUpdate& update) {
        auto [pageRef, page] = pageOf(file);
        update.putStream(PdfRef{shared, 0}, formWithFont(file, 200, 30), "BT /FV 12 Tf 2 10 Td (" + forged + ") Tj ET");
    };
    QByteArray attacked;
    SECTION("a form-filling update gives the field a value and overwrites its (shared) appearance")
    {
        attacked = appendUpdate(pdf, [&](PdfFile& file, IncrementalUpdate& update) {
            const PdfRef field = fieldReference(file, QStringLiteral("SoKyHieu"));
            auto dictionary = file.object(field);
            REQUIRE(dictionary.has_value());
            dictionary->set("V", PdfObject::string(forged));
            update.put(field, *dictionary);
            overwriteShared(file, update);
        });
    }
    SECTION("the override only in the trailer's chain: the XObject redefined, no referrer changed")
    {
        attacked = appendUpdate(pdf, overwriteShared);
    }
    CHECK(popplerText(attacked).contains(forgedWord)); // the page now shows the new text
    CHECK(qpdfCheck(attacked).isEmpty());
    const ValidationReport report = validate(attacked, trusting(fixture));
    requireModifiedOther(report, only(report));
    CHECK(hasFinding(only(report), "shared-object-changed"));
}

// ---------------------------------------------------------------------------------- (4) FieldMDP claims and locks

TEST_CASE("A later signature whose FieldMDP reference is narrower than its field's /Lock is never valid",
          "[verify][viewer-model]")
{
    SigningFixture fixture;
    SignRequest leader = SigningFixture::request();
    QByteArray prepared;
    QByteArray claimed;
    SECTION("the field locks [SoKyHieu NgayBanHanh], the signature claims Include [SoKyHieu]")
    {
        for (const char* name : {"SoKyHieu", "NgayBanHanh"}) {
            leader.newFields.push_back(NewField{NewField::Kind::Text,
                                                QString::fromLatin1(name),
                                                0,
                                                QRectF(300, name[0] == 'S' ? 700 : 670, 120, 20),
                                                {}});
        }
        leader.newFields.push_back(NewField{NewField::Kind::Signature,
                                            QStringLiteral("CoQuan"),
                                            0,
                                            QRectF(350, 100, 100, 100),
                                            {QStringLiteral("SoKyHieu"), QStringLiteral("NgayBanHanh")}});
        prepared = signedFixture(fixture, QStringLiteral("lo-classic.pdf"), leader);
        claimed = fieldMdpReference("Include", "(SoKyHieu)");
    }
    SECTION("the field locks /All, the signature claims Exclude [NgayBanHanh]")
    {
        for (const char* name : {"SoKyHieu", "NgayBanHanh"}) {
            leader.newFields.push_back(NewField{NewField::Kind::Text,
                                                QString::fromLatin1(name),
                                                0,
                                                QRectF(300, name[0] == 'S' ? 700 : 670, 120, 20),
                                                {}});
        }
        const QByteArray locked = withSignatureField(
            SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), QStringLiteral("CoQuan"),
            rectangle(350, 100, 450, 200),
            PdfObject::dictionary({{"Type", PdfObject::name("SigFieldLock")}, {"Action", PdfObject::name("All")}}));
        prepared = signWith(fixture, TestPki::Identity::LeaderRsa2048, locked, leader);
        claimed = fieldMdpReference("Exclude", "(NgayBanHanh)");
    }
    REQUIRE(prepared.contains("/SigFieldLock"));
    HandSignature agency;
    agency.field = QStringLiteral("CoQuan");
    agency.extraKeys = claimed;
    const QByteArray sealed = handSigned(fixture, TestPki::Identity::AgencyRsa3072, prepared, agency);
    REQUIRE(sealed.contains(claimed));

    const ValidationReport report = validate(sealed, trusting(fixture));
    INFO(findingCodes(report));
    REQUIRE(report.signatures.size() == 2);
    CHECK(signatureIn(report, "Signature1").indication == Indication::TotalPassed);
    CHECK(signatureIn(report, "CoQuan").indication == Indication::Indeterminate);
    CHECK(signatureIn(report, "CoQuan").subIndication == SubIndication::SigConstraintsFailure);
    CHECK(hasFinding(signatureIn(report, "CoQuan"), "lock-mismatch"));
    CHECK(report.verdict == Verdict::Indeterminate);

    // The field the claim left out is filled: the field's /Lock, the stricter, is what holds.
    const QByteArray filled = fillTextField(sealed, QStringLiteral("NgayBanHanh"), "01/01/2020");
    const ValidationReport after = validate(filled, trusting(fixture));
    INFO(findingCodes(after));
    REQUIRE(after.signatures.size() == 2);
    CHECK(signatureIn(after, "CoQuan").indication == Indication::TotalFailed);
    CHECK(hasFinding(signatureIn(after, "CoQuan"), "fieldmdp-violated"));
    CHECK(after.verdict == Verdict::Modified);
}

TEST_CASE("A later revision that rewrites an unsigned signature field's /Lock before it is signed is never valid",
          "[verify][viewer-model]")
{
    SigningFixture fixture;
    SignRequest leader = SigningFixture::request();
    leader.newFields.push_back(
        NewField{NewField::Kind::Text, QStringLiteral("SoKyHieu"), 0, QRectF(300, 700, 120, 20), {}});
    leader.newFields.push_back(NewField{NewField::Kind::Signature,
                                        QStringLiteral("CoQuan"),
                                        0,
                                        QRectF(350, 100, 100, 100),
                                        {QStringLiteral("SoKyHieu")}});
    const QByteArray pdf = signedFixture(fixture, QStringLiteral("lo-classic.pdf"), leader);
    const QByteArray unlocked = appendUpdate(pdf, [](PdfFile& file, IncrementalUpdate& update) {
        const PdfRef field = fieldReference(file, QStringLiteral("CoQuan"));
        auto dictionary = file.object(field);
        REQUIRE(dictionary.has_value());
        REQUIRE(dictionary->find("Lock"));
        // The lock now protects a field that does not exist: SoKyHieu is left free to change.
        dictionary->set("Lock", PdfObject::dictionary({{"Type", PdfObject::name("SigFieldLock")},
                                                       {"Action", PdfObject::name("Include")},
                                                       {"Fields", PdfObject::array({PdfObject::string("Khac")})}}));
        update.put(field, *dictionary);
    });
    SignRequest agency = SigningFixture::request();
    agency.preparedField = QStringLiteral("CoQuan");
    const QByteArray sealed = signWith(fixture, TestPki::Identity::AgencyRsa3072, unlocked, agency);
    REQUIRE(sealed.contains("(Khac)"));

    const ValidationReport report = validate(sealed, trusting(fixture));
    INFO(findingCodes(report));
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.verdict == Verdict::Modified);
    CHECK(signatureIn(report, "Signature1").indication == Indication::TotalFailed);
    CHECK(signatureIn(report, "Signature1").modificationLevel == ModificationLevel::Other);
    CHECK(hasFinding(signatureIn(report, "Signature1"), "lock-changed"));
    // The seal itself signed the document as it then was (the widened lock included): the leader's signature
    // carries the finding, and the document is MODIFIED through it (decision 40).
    CHECK(signatureIn(report, "CoQuan").integrity);
}

// ------------------------------------------------------------------------- (5) DocMDP order and levels, structure

TEST_CASE("A certification signature after an approval signature is not a valid certification",
          "[verify][viewer-model]")
{
    SigningFixture fixture;
    const QByteArray approved = signedFixture(fixture);
    HandSignature certification;
    certification.field = QStringLiteral("LateCertification");
    certification.docMdp = 2;
    const QByteArray attacked = handSigned(fixture, TestPki::Identity::AgencyRsa3072, approved, certification);
    REQUIRE(attacked.contains("/TransformMethod/DocMDP"));
    REQUIRE(attacked.contains("/Perms"));

    const ValidationReport report = validate(attacked, trusting(fixture));
    INFO(findingCodes(report));
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.verdict == Verdict::Modified);
    // The approval signature: a catalog /Perms is not on the whitelist of §6.
    CHECK(signatureIn(report, "Signature1").indication == Indication::TotalFailed);
    CHECK(signatureIn(report, "Signature1").modificationLevel == ModificationLevel::Other);
    CHECK(signatureIn(report, "LateCertification").indication == Indication::Indeterminate);
    CHECK(signatureIn(report, "LateCertification").subIndication == SubIndication::SigConstraintsFailure);
    CHECK_FALSE(signatureIn(report, "LateCertification").certification);
    CHECK(hasFinding(signatureIn(report, "LateCertification"), "certification-not-first"));
}

TEST_CASE("A later signature may not raise the DocMDP level of a certification", "[verify][viewer-model]")
{
    SigningFixture fixture;
    QByteArray sealed;
    SECTION("the later signature's field /Lock carries /P 3 under a P=2 certification")
    {
        const QByteArray locked = withSignatureField(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")),
                                                     QStringLiteral("CoQuan"), rectangle(350, 100, 450, 200),
                                                     PdfObject::dictionary({{"Type", PdfObject::name("SigFieldLock")},
                                                                            {"Action", PdfObject::name("All")},
                                                                            {"P", PdfObject::integer(3)}}));
        const QByteArray certified = signWith(fixture, TestPki::Identity::LeaderRsa2048, locked, certifying(2));
        SignRequest agency = SigningFixture::request();
        agency.preparedField = QStringLiteral("CoQuan");
        sealed = signWith(fixture, TestPki::Identity::AgencyRsa3072, certified, agency);
        REQUIRE(sealed.contains("/P 3"));
    }
    SECTION("the later signature carries a second DocMDP reference with /P 3")
    {
        const QByteArray prepared = withSignatureField(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")),
                                                       QStringLiteral("CoQuan"), rectangle(350, 100, 450, 200));
        const QByteArray certified = signWith(fixture, TestPki::Identity::LeaderRsa2048, prepared, certifying(2));
        HandSignature agency;
        agency.field = QStringLiteral("CoQuan");
        agency.extraKeys = docMdpReference(3);
        sealed = handSigned(fixture, TestPki::Identity::AgencyRsa3072, certified, agency);
    }
    const ValidationReport report = validate(sealed, trusting(fixture));
    INFO(findingCodes(report));
    REQUIRE(report.signatures.size() == 2);
    CHECK(signatureIn(report, "Signature1").certification);
    CHECK(signatureIn(report, "Signature1").docMdpPermission == 2);
    CHECK(signatureIn(report, "Signature1").indication == Indication::TotalPassed);
    CHECK(signatureIn(report, "CoQuan").indication == Indication::Indeterminate);
    CHECK(signatureIn(report, "CoQuan").subIndication == SubIndication::SigConstraintsFailure);
    CHECK(hasFinding(signatureIn(report, "CoQuan"), "lock-raised"));
    CHECK(report.verdict == Verdict::Indeterminate);

    // P=2 stays in force: an annotation the raised level would allow still breaks the certification.
    const ValidationReport annotated = validate(addFreeText(sealed), trusting(fixture));
    INFO(findingCodes(annotated));
    CHECK(signatureIn(annotated, "Signature1").indication == Indication::TotalFailed);
    CHECK(hasFinding(signatureIn(annotated, "Signature1"), "docmdp-violated"));
    CHECK(annotated.verdict == Verdict::Modified);
}

TEST_CASE("Under a P=1 certification, a later signature whose field /Lock has /P 3 changes nothing",
          "[verify][viewer-model]")
{
    SigningFixture fixture;
    const QByteArray locked = withSignatureField(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")),
                                                 QStringLiteral("CoQuan"), rectangle(350, 100, 450, 200),
                                                 PdfObject::dictionary({{"Type", PdfObject::name("SigFieldLock")},
                                                                        {"Action", PdfObject::name("All")},
                                                                        {"P", PdfObject::integer(3)}}));
    const QByteArray certified = signWith(fixture, TestPki::Identity::LeaderRsa2048, locked, certifying(1));
    HandSignature agency; // our signer refuses to sign after P=1
    agency.field = QStringLiteral("CoQuan");
    agency.extraKeys = fieldMdpReference("All");
    const QByteArray sealed = handSigned(fixture, TestPki::Identity::AgencyRsa3072, certified, agency);
    const ValidationReport report = validate(sealed, trusting(fixture));
    INFO(findingCodes(report));
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.verdict == Verdict::Modified);
    CHECK(signatureIn(report, "Signature1").docMdpPermission == 1);
    CHECK(signatureIn(report, "Signature1").indication == Indication::TotalFailed);
    CHECK(hasFinding(signatureIn(report, "Signature1"), "docmdp-violated"));
    CHECK(signatureIn(report, "CoQuan").indication == Indication::Indeterminate);
    CHECK(signatureIn(report, "CoQuan").subIndication == SubIndication::SigConstraintsFailure);
    CHECK(hasFinding(signatureIn(report, "CoQuan"), "lock-raised"));
}

TEST_CASE("Duplicate keys in an object of a later revision are OTHER", "[verify][viewer-model]")
{
    SigningFixture fixture;
    const QByteArray pdf = signedFixture(fixture);
    auto file = PdfFile::open(pdf);
    REQUIRE(file.has_value());
    auto [pageRef, page] = pageOf(**file);
    const int content = nextObjectNumber(pdf);
    const QByteArray second = "/Contents " + QByteArray::number(content) + " 0 R";
    QByteArray body = serialize(page);
    REQUIRE(body.endsWith(">>"));
    SECTION("the forged /Contents last")
    {
        body = body.left(body.size() - 2) + second + ">>";
    }
    SECTION("the forged /Contents first, the signed one last")
    {
        body = "<<" + second + body.mid(2);
    }
    HandSection section;
    section.objects = {{pageRef.number, body}, {content, textStreamBody(forged)}};
    const QByteArray attacked = appendSection(pdf, section);
    REQUIRE(body.count("/Contents") == 2);
    const ValidationReport report = validate(attacked, trusting(fixture));
    requireModifiedOther(report, only(report));
    CHECK(hasFinding(only(report), "duplicate-keys"));
}

TEST_CASE("Defining later an object the signed revision referenced but did not define is OTHER",
          "[verify][viewer-model]")
{
    SigningFixture fixture;
    int dangling = 0;
    const QByteArray prepared = appendUpdate(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")),
                                             [&](PdfFile& file, IncrementalUpdate& update) {
                                                 dangling = file.objectCount() + 1000; // far above what signing uses
                                                 drawOnPage(file, update, "Fu", PdfObject::reference({dangling, 0}));
                                             });
    const QByteArray pdf = signWith(fixture, TestPki::Identity::LeaderRsa2048, prepared, SigningFixture::request());
    CHECK(validate(pdf, trusting(fixture)).verdict == Verdict::Valid);
    auto file = PdfFile::open(pdf);
    REQUIRE(file.has_value());
    REQUIRE((*file)->entry(dangling) == nullptr);
    auto [pageRef, page] = pageOf(**file);
    HandSection section;
    PdfObject form = formWithFont(**file, 400, 100);
    const QByteArray drawing = "BT /FV 24 Tf 10 40 Td (" + forged + ") Tj ET";
    form.set("Length", PdfObject::integer(drawing.size()));
    section.objects = {{dangling, serialize(form) + "stream\n" + drawing + "\nendstream"}};
    const QByteArray attacked = appendSection(pdf, section);
    CHECK_FALSE(popplerText(pdf).contains(forgedWord));
    CHECK(popplerText(attacked).contains(forgedWord));
    CHECK(qpdfCheck(attacked).isEmpty());
    const ValidationReport report = validate(attacked, trusting(fixture));
    requireModifiedOther(report, only(report));
    CHECK(hasFinding(only(report), "undefined-object-defined"));
}

TEST_CASE("An /Encrypt added by a later trailer is OTHER", "[verify][viewer-model]")
{
    SigningFixture fixture;
    const QByteArray pdf = signedFixture(fixture);
    const int number = nextObjectNumber(pdf);
    HandSection section;
    section.objects = {
        {number, "<</Filter/Standard/V 1/R 2/P -44/O<" + QByteArray(64, 'a') + ">/U<" + QByteArray(64, 'b') + ">>>"}};
    section.trailer = {{"Encrypt", PdfObject::reference({number, 0})}};
    const QByteArray attacked = appendSection(pdf, section);
    REQUIRE(attacked.contains("/Encrypt " + QByteArray::number(number) + " 0 R"));
    const ValidationReport report = validate(attacked, trusting(fixture));
    requireModifiedOther(report, only(report));
}

TEST_CASE("An annotation added after signing may go to a page or a web address, never run a script",
          "[verify][viewer-model]")
{
    SigningFixture fixture;
    const QByteArray pdf = signedFixture(fixture);
    auto withLink = [&pdf](PdfObject action) {
        return appendUpdate(pdf, [&action](PdfFile& file, IncrementalUpdate& update) {
            auto [ref, page] = pageOf(file);
            const PdfRef link = update.allocate();
            update.put(link, PdfObject::dictionary({{"Type", PdfObject::name("Annot")},
                                                    {"Subtype", PdfObject::name("Link")},
                                                    {"Rect", rectangle(100, 100, 300, 150)},
                                                    {"A", action}}));
            PdfObject annots = page.find("Annots") ? *file.resolve(*page.find("Annots")) : PdfObject::array();
            annots.arrayItems().push_back(PdfObject::reference(link));
            page.set("Annots", annots);
            update.put(ref, page);
        });
    };
    SECTION("a JavaScript action: OTHER")
    {
        const QByteArray attacked = withLink(PdfObject::dictionary(
            {{"S", PdfObject::name("JavaScript")}, {"JS", PdfObject::string("app.alert('paid')")}}));
        const ValidationReport report = validate(attacked, trusting(fixture));
        INFO(findingCodes(report));
        requireModifiedOther(report, only(report));
        CHECK(hasFinding(only(report), "action-added"));
    }
    SECTION("a web address: an annotation, allowed with the warning after an approval signature")
    {
        const QByteArray linked = withLink(
            PdfObject::dictionary({{"S", PdfObject::name("URI")}, {"URI", PdfObject::string("https://example.vn/")}}));
        const ValidationReport report = validate(linked, trusting(fixture));
        INFO(findingCodes(report));
        CHECK(report.verdict == Verdict::ValidWithAllowedChanges);
        CHECK(only(report).modificationLevel == ModificationLevel::Annotations);
        CHECK_FALSE(hasFinding(only(report), "action-added"));
        requireRenderingAgrees(linked, report);
    }
}
