// SPDX-License-Identifier: GPL-3.0-or-later
// What real signers write and the validator must accept at its level (issue 12): ByteRange edge cases that are
// fully covered, a signature dictionary direct in /V, a DSS with indirect arrays, prolonged B-LTA, approval after
// a P=2 certification, structure and outline updates under P=3, prepared fields signed in turn, a widget as a /Kids
// child, and an Acrobat-like second signature in an object stream. tests/support/expected-verdicts-attacks.md is
// the table these assert.
#include "signing/ltv/Dss.h"
#include "signing/ltv/LongTermValidation.h"
#include "signing/pades/PadesSigner.h"
#include "signing/pkcs12/Pkcs12Key.h"
#include "signing/timestamp/TimestampClient.h"
#include "tests/signing/support/ExternalTools.h"
#include "tests/signing/verify/AttackBuilders.h"
#include "tests/signing/verify/VerifyTestSupport.h"
#include "tests/support/oracles/SignatureOracles.h"
#include "tests/support/pki/LocalRevocation.h"
#include "tests/support/pki/LocalTsa.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QThread>

#include <memory>

using namespace vanthu;
using namespace vanthu::signing;
using namespace vanthu::signing::pdf;
using namespace vanthu::test;

namespace
{

QByteArray unsignedPdf()
{
    return SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf"));
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

/** Every signature TOTAL_PASSED, the one in field @p first at @p firstLevel, the verdict @p verdict. */
void requireAllPassed(const QByteArray& pdf, const ValidationReport& report, const char* first,
                      ModificationLevel firstLevel, Verdict verdict)
{
    INFO(findingCodes(report));
    REQUIRE_FALSE(report.signatures.isEmpty());
    for (const SignatureReport& signature : report.signatures) {
        INFO(signature.field.toStdString());
        CHECK(signature.integrity);
        CHECK(signature.indication == Indication::TotalPassed);
        CHECK(signature.changesPermitted);
    }
    CHECK(signatureIn(report, first).modificationLevel == firstLevel);
    CHECK(report.verdict == verdict);
    CHECK_FALSE(report.rebuilt);
    requireRenderingAgrees(pdf, report); // nothing shows outside what the analysis lists as changed
}

/** pdfsig (poppler, not our code) finds every signature's CMS valid: the hand-made signatures are real. */
void requirePopplerValid(SigningFixture& fixture, const QByteArray& pdf)
{
    const QString path = fixture.write(QStringLiteral("edge.pdf"), pdf);
    const PdfsigReport pdfsig = runPdfsig(path, {fixture.pki().rootCertPath()});
    INFO(pdfsig.output.toStdString());
    CHECK(pdfsig.allSignaturesValid());
}

/** The ByteRange of the last signature: [0 a b c]. */
std::array<qint64, 3> lastRanges(const QByteArray& pdf)
{
    const QList<ByteRangeSignature> found = findSignatures(pdf);
    REQUIRE_FALSE(found.isEmpty());
    return {found.back().b, found.back().c, found.back().d};
}

QByteArray handSigned(SigningFixture& fixture, const QByteArray& pdf, const HandSignature& signature,
                      TestPki::Identity identity = TestPki::Identity::LeaderRsa2048)
{
    auto key = fixture.key(identity);
    return fillSignature(handSignatureUpdate(pdf, signature), *key);
}

/** Removes from page 1's /Annots the first annotation whose /Subtype is @p subtype (and /FT @p fieldType). */
QByteArray withoutAnnotation(const QByteArray& pdf, const char* subtype, const char* fieldType = nullptr)
{
    return appendUpdate(pdf, [subtype, fieldType](PdfFile& file, IncrementalUpdate& update) {
        auto [pageRef, page] = pageOf(file);
        REQUIRE(page.find("Annots"));
        auto annots = file.resolve(*page.find("Annots"));
        REQUIRE(annots.has_value());
        PdfArray& items = annots->arrayItems();
        const auto found = std::find_if(items.begin(), items.end(), [&](const PdfObject& item) {
            auto annotation = file.resolve(item);
            return annotation && annotation->find("Subtype") && annotation->find("Subtype")->isName(subtype)
                   && (!fieldType || (annotation->find("FT") && annotation->find("FT")->isName(fieldType)));
        });
        REQUIRE(found != items.end());
        items.erase(found);
        if (page.find("Annots")->isReference()) {
            update.put(page.find("Annots")->referenceValue(), *annots);
        } else {
            page.set("Annots", *annots);
            update.put(pageRef, page);
        }
    });
}

/** Before signing: the catalog gets an (empty) tagged structure and outline tree, as tagged exports have. */
QByteArray withStructureAndOutlines(const QByteArray& pdf)
{
    return appendUpdate(pdf, [](PdfFile& file, IncrementalUpdate& update) {
        auto [catalogRef, catalog] = catalogOf(file);
        REQUIRE_FALSE(catalog.find("StructTreeRoot"));
        const PdfRef structure = update.allocate();
        const PdfRef outlines = update.allocate();
        update.put(structure,
                   PdfObject::dictionary({{"Type", PdfObject::name("StructTreeRoot")}, {"K", PdfObject::array()}}));
        update.put(outlines,
                   PdfObject::dictionary({{"Type", PdfObject::name("Outlines")}, {"Count", PdfObject::integer(0)}}));
        catalog.set("StructTreeRoot", PdfObject::reference(structure));
        catalog.set("MarkInfo", PdfObject::dictionary({{"Marked", PdfObject::boolean(true)}}));
        catalog.set("Outlines", PdfObject::reference(outlines));
        update.put(catalogRef, catalog);
    });
}

/** After signing: a structure element for page 1 joins the tagged structure. */
QByteArray withStructureElement(const QByteArray& pdf)
{
    return appendUpdate(pdf, [](PdfFile& file, IncrementalUpdate& update) {
        auto [catalogRef, catalog] = catalogOf(file);
        auto [pageRef, page] = pageOf(file);
        const PdfRef root = catalog.find("StructTreeRoot")->referenceValue();
        const PdfRef element = update.allocate();
        update.put(element, PdfObject::dictionary({{"Type", PdfObject::name("StructElem")},
                                                   {"S", PdfObject::name("P")},
                                                   {"P", PdfObject::reference(root)},
                                                   {"Pg", PdfObject::reference(pageRef)}}));
        update.put(root, PdfObject::dictionary({{"Type", PdfObject::name("StructTreeRoot")},
                                                {"K", PdfObject::array({PdfObject::reference(element)})}}));
    });
}

/** After signing: an outline item pointing at page 1. */
QByteArray withOutlineItem(const QByteArray& pdf)
{
    return appendUpdate(pdf, [](PdfFile& file, IncrementalUpdate& update) {
        auto [catalogRef, catalog] = catalogOf(file);
        auto [pageRef, page] = pageOf(file);
        const PdfRef outlines = catalog.find("Outlines")->referenceValue();
        const PdfRef item = update.allocate();
        update.put(item, PdfObject::dictionary(
                             {{"Title", PdfObject::string("Muc 1")},
                              {"Parent", PdfObject::reference(outlines)},
                              {"Dest", PdfObject::array({PdfObject::reference(pageRef), PdfObject::name("Fit")})}}));
        update.put(outlines, PdfObject::dictionary({{"Type", PdfObject::name("Outlines")},
                                                    {"First", PdfObject::reference(item)},
                                                    {"Last", PdfObject::reference(item)},
                                                    {"Count", PdfObject::integer(1)}}));
    });
}

/** A PKI whose certificates name the local OCSP responder, its TSA, and a B-T signature (as LongTermValidationTests).
 */
struct LongTerm
{
    QTemporaryDir directory;
    LocalRevocation revocation;
    std::unique_ptr<TestPki> pki;
    std::unique_ptr<LocalTsa> tsa;
    QByteArray signedPdf;

    LongTerm()
    {
        pki = std::make_unique<TestPki>(directory.filePath(QStringLiteral("pki")), revocation.pkiOptions());
        revocation.serve(*pki);
        tsa = std::make_unique<LocalTsa>(*pki);
        FixedPassword password(pki->pkcs12Password());
        auto key = openPkcs12Key(pki->identity(TestPki::Identity::LeaderRsa2048).p12, password);
        REQUIRE(key.has_value());
        SignRequest request = SigningFixture::request();
        request.timestamper = timestamperFor(tsa->url());
        auto signedResult = PadesSigner::sign(unsignedPdf(), **key, request);
        REQUIRE(signedResult.has_value());
        signedPdf = signedResult->pdf();
    }

    GatheredValidationData gather(const QByteArray& pdf) const
    {
        LongTermOptions options;
        options.trustAnchorsDer = {pki->rootDer()};
        options.timeoutSeconds = 5;
        auto gathered = gatherValidationData(pdf, options);
        REQUIRE(gathered.has_value());
        return *gathered;
    }

    /** `vanthu-cli ltv` without --tsa: our writer's DSS update. */
    QByteArray dss(const QByteArray& pdf) const
    {
        QThread::msleep(1100); // fresh OCSP answers carry a later second, so there is something new to add
        auto appendix = appendValidationData(pdf, gather(pdf));
        REQUIRE(appendix.has_value());
        return pdf + *appendix;
    }

    QByteArray timestamp(const QByteArray& pdf) const
    {
        auto stamped = PadesSigner::timestampDocument(pdf, DigestAlgorithm::Sha256, timestamperFor(tsa->url()));
        REQUIRE(stamped.has_value());
        return stamped->pdf();
    }

    /** `vanthu-cli ltv --tsa`: validation data, then a document timestamp over them. */
    QByteArray prolong(const QByteArray& pdf) const
    {
        return timestamp(dss(pdf));
    }

    ValidationOptions offline() const
    {
        ValidationOptions options;
        options.trustAnchorsDer = {pki->rootDer()};
        options.checkRevocationOnline = false;
        return options;
    }
};

/** A DSS written as some producers write it: each of /Certs, /OCSPs, /CRLs an indirect array of streams. */
QByteArray withIndirectDss(const QByteArray& pdf, const ValidationData& data)
{
    return appendUpdate(pdf, [&data](PdfFile& file, IncrementalUpdate& update) {
        auto arrayOf = [&](const QList<QByteArray>& items) {
            PdfArray streams;
            for (const QByteArray& item : items) {
                const PdfRef stream = update.allocate();
                update.putStream(stream, PdfObject::dictionary(), item);
                streams.push_back(PdfObject::reference(stream));
            }
            const PdfRef array = update.allocate();
            update.put(array, PdfObject::array(streams));
            return PdfObject::reference(array);
        };
        const PdfRef dss = update.allocate();
        update.put(dss, PdfObject::dictionary({{"Type", PdfObject::name("DSS")},
                                               {"Certs", arrayOf(data.certificates)},
                                               {"OCSPs", arrayOf(data.ocspResponses)},
                                               {"CRLs", arrayOf(data.crls)}}));
        auto [catalogRef, catalog] = catalogOf(file);
        catalog.set("DSS", PdfObject::reference(dss));
        update.put(catalogRef, catalog);
    });
}

} // namespace

// ------------------------------------------------------------------------------------------ ByteRange edge cases

TEST_CASE("ByteRange edge cases that cover the whole revision are valid", "[verify][edge]")
{
    SigningFixture fixture;
    auto key = fixture.key(TestPki::Identity::LeaderRsa2048);
    QByteArray pdf;
    SECTION("the final EOL after %%EOF lies outside the signed range")
    {
        const QByteArray update = handSignatureUpdate(unsignedPdf(), {});
        REQUIRE(update.endsWith("%%EOF\n"));
        pdf = fillSignature(update, *key, update.size() - 1);
        const auto [b, c, d] = lastRanges(pdf);
        CHECK(c + d == pdf.size() - 1);
    }
    SECTION("a comment after %%EOF lies inside the signed range")
    {
        pdf = fillSignature(handSignatureUpdate(unsignedPdf(), {}) + "% written after the end by a producer\n", *key);
        const auto [b, c, d] = lastRanges(pdf);
        CHECK(c + d == pdf.size());
        CHECK(pdf.lastIndexOf("%%EOF") < pdf.lastIndexOf("% written"));
    }
    SECTION("/ByteRange is an indirect reference")
    {
        HandSignature signature;
        signature.byteRangeIndirect = true;
        pdf = fillSignature(handSignatureUpdate(unsignedPdf(), signature), *key);
        CHECK_FALSE(pdf.contains("/ByteRange ["));
        CHECK(pdf.contains("/ByteRange "));
    }
    SECTION("/Contents is an indirect reference; the gap still holds only the hex string")
    {
        HandSignature signature;
        signature.contentsIndirect = true;
        pdf = fillSignature(handSignatureUpdate(unsignedPdf(), signature), *key);
        CHECK_FALSE(pdf.contains("/Contents <"));
        const qsizetype gapStart = pdf.lastIndexOf(" 0 obj\n<30") + 7; // the CMS starts with SEQUENCE 0x30
        CHECK(gapStart > 7);
    }
    SECTION("the signature dictionary is written directly in the field's /V")
    {
        HandSignature signature;
        signature.directInField = true;
        pdf = fillSignature(handSignatureUpdate(unsignedPdf(), signature), *key);
        CHECK(pdf.contains("/V <</Type/Sig"));
    }
    requirePopplerValid(fixture, pdf);
    const ValidationReport report = validate(pdf, trusting(fixture));
    requireAllPassed(pdf, report, "HandSigned", ModificationLevel::None, Verdict::Valid);
    REQUIRE(report.signatures.size() == 1);
    CHECK(signatureIn(report, "HandSigned").padesLevel == PadesLevel::BB);
}

// ------------------------------------------------------------------------------------------- long-term validation

TEST_CASE("A DSS whose /Certs, /OCSPs and /CRLs are indirect arrays is B-LT, also after our writer extends it",
          "[verify][edge][ltv]")
{
    LongTerm setup;
    const GatheredValidationData gathered = setup.gather(setup.signedPdf);
    const QByteArray extended = withIndirectDss(setup.signedPdf, gathered.data);
    REQUIRE(extended.contains("/Certs "));
    CHECK_FALSE(extended.contains("/Certs ["));
    auto file = PdfFile::open(extended);
    REQUIRE(file.has_value());
    CHECK(readDss(**file).ocspResponses.size() == gathered.data.ocspResponses.size());

    ValidationReport report = validate(extended, setup.offline());
    requireAllPassed(extended, report, "Signature1", ModificationLevel::LtaUpdates, Verdict::Valid);
    CHECK(signatureIn(report, "Signature1").padesLevel == PadesLevel::BLT);

    const QByteArray again = setup.dss(extended);
    report = validate(again, setup.offline());
    requireAllPassed(again, report, "Signature1", ModificationLevel::LtaUpdates, Verdict::Valid);
    CHECK(signatureIn(report, "Signature1").padesLevel == PadesLevel::BLT);
}

TEST_CASE("B-LTA with several document timestamps, and revocation data after the last, is valid", "[verify][edge][ltv]")
{
    LongTerm setup;
    QByteArray pdf;
    int timestamps = 0;
    SECTION("B-LT covered by a later LTA")
    {
        pdf = setup.prolong(setup.signedPdf);
        timestamps = 1;
    }
    SECTION("prolonged twice: ltv --tsa, then ltv --tsa again, twice")
    {
        pdf = setup.prolong(setup.prolong(setup.prolong(setup.signedPdf)));
        timestamps = 3;
    }
    SECTION("revocation data added after the document timestamp")
    {
        pdf = setup.dss(setup.prolong(setup.signedPdf));
        timestamps = 1;
    }
    const ValidationReport report = validate(pdf, setup.offline());
    requireAllPassed(pdf, report, "Signature1", ModificationLevel::LtaUpdates, Verdict::Valid);
    REQUIRE(report.signatures.size() == 1 + timestamps);
    CHECK(signatureIn(report, "Signature1").padesLevel == PadesLevel::BLTA);
    for (const SignatureReport& timestamp : report.signatures) {
        if (timestamp.field != QLatin1String("Signature1")) {
            INFO(timestamp.field.toStdString());
            CHECK(timestamp.padesLevel == PadesLevel::DocumentTimestamp);
            CHECK(timestamp.modificationLevel
                  == (timestamp.coversWholeDocument ? ModificationLevel::None : ModificationLevel::LtaUpdates));
        }
    }
}

// ---------------------------------------------------------------------------------- certification and approval

TEST_CASE("An approval signature after a P=2 certification is form filling", "[verify][edge][certify]")
{
    SigningFixture fixture;
    SECTION("into a visible signature field that existed at certification")
    {
        SignRequest leader = certifying(2);
        leader.newFields.push_back(
            NewField{NewField::Kind::Signature, QStringLiteral("CoQuan"), 0, QRectF(350, 100, 100, 60), {}});
        const QByteArray certified = signedFixture(fixture, QStringLiteral("lo-classic.pdf"), leader);
        SignRequest agency = SigningFixture::request();
        agency.preparedField = QStringLiteral("CoQuan");
        agency.visible = VisibleSignature{0, QRectF(), unsignedPdf()};
        const QByteArray pdf = signWith(fixture, TestPki::Identity::AgencyRsa3072, certified, agency);
        const ValidationReport report = validate(pdf, trusting(fixture));
        requireAllPassed(pdf, report, "Signature1", ModificationLevel::FormFilling, Verdict::ValidWithAllowedChanges);
        CHECK(signatureIn(report, "Signature1").certification);
    }
    SECTION("an invisible approval signature")
    {
        const QByteArray certified = signedFixture(fixture, QStringLiteral("lo-classic.pdf"), certifying(2));
        const QByteArray pdf =
            signWith(fixture, TestPki::Identity::AgencyRsa3072, certified, SigningFixture::request());
        const ValidationReport report = validate(pdf, trusting(fixture));
        requireAllPassed(pdf, report, "Signature1", ModificationLevel::FormFilling, Verdict::ValidWithAllowedChanges);
    }
    SECTION("a NEW visible signature field after certification stays a Sneaky Signature")
    {
        const QByteArray certified = signedFixture(fixture, QStringLiteral("lo-classic.pdf"), certifying(2));
        const QByteArray sneaky =
            withSignatureField(certified, QStringLiteral("Sneaky"), rectangle(100, 400, 300, 500));
        SignRequest agency = SigningFixture::request();
        agency.preparedField = QStringLiteral("Sneaky");
        const QByteArray pdf = signWith(fixture, TestPki::Identity::AgencyRsa3072, sneaky, agency);
        const ValidationReport report = validate(pdf, trusting(fixture));
        INFO(findingCodes(report));
        CHECK(report.verdict == Verdict::Modified);
        CHECK(signatureIn(report, "Signature1").indication == Indication::TotalFailed);
        CHECK(hasFinding(signatureIn(report, "Signature1"), "sneaky-signature"));
    }
}

TEST_CASE("Annotation removal, tagged structure and outline updates are ANNOTATIONS under P=3, and under "
          "approval but removal",
          "[verify][edge][certify]")
{
    SigningFixture fixture;
    const QByteArray prepared = withStructureAndOutlines(addFreeText(unsignedPdf()));
    for (const bool certified : {true, false}) {
        INFO((certified ? "P=3 certification" : "approval signature"));
        const QByteArray signedPrepared = signWith(fixture, TestPki::Identity::LeaderRsa2048, prepared,
                                                   certified ? certifying(3) : SigningFixture::request());
        for (const auto& [what, changed] :
             {std::pair{"a FreeText annotation removed", withoutAnnotation(signedPrepared, "FreeText")},
              std::pair{"the tagged structure updated", withStructureElement(signedPrepared)},
              std::pair{"the outlines updated", withOutlineItem(signedPrepared)}}) {
            INFO(what);
            const ValidationReport report = validate(changed, trusting(fixture));
            // Removing an annotation uncovers what the signer saw covered (Shadow Hide): only a P=3 certification
            // allows it (decision 40); after an approval signature it is not allowed.
            if (!certified && std::string(what) == "a FreeText annotation removed") {
                INFO(findingCodes(report));
                CHECK(report.verdict == Verdict::Modified);
                CHECK(signatureIn(report, "Signature1").modificationLevel == ModificationLevel::Annotations);
                CHECK(hasFinding(signatureIn(report, "Signature1"), "annotation-removal-not-allowed"));
                continue;
            }
            requireAllPassed(changed, report, "Signature1", ModificationLevel::Annotations,
                             Verdict::ValidWithAllowedChanges);
            if (!certified) {
                CHECK(hasFinding(signatureIn(report, "Signature1"), "annotations-after-signing")); // the warning
            }
        }
    }
}

TEST_CASE("Removing a widget, or an annotation under P=2 or P=1, stays not allowed", "[verify][edge][certify]")
{
    SigningFixture fixture;
    SECTION("a text field's widget removed under P=3")
    {
        SignRequest leader = certifying(3);
        leader.newFields.push_back(
            NewField{NewField::Kind::Text, QStringLiteral("SoKyHieu"), 0, QRectF(300, 700, 120, 20), {}});
        const QByteArray pdf =
            withoutAnnotation(signedFixture(fixture, QStringLiteral("lo-classic.pdf"), leader), "Widget", "Tx");
        const ValidationReport report = validate(pdf, trusting(fixture));
        INFO(findingCodes(report));
        CHECK(report.verdict == Verdict::Modified);
        CHECK(signatureIn(report, "Signature1").indication == Indication::TotalFailed);
        CHECK(signatureIn(report, "Signature1").modificationLevel == ModificationLevel::Other);
    }
    for (const int permission : {1, 2}) {
        INFO(permission);
        const QByteArray signedPrepared =
            signWith(fixture, TestPki::Identity::LeaderRsa2048, addFreeText(unsignedPdf()), certifying(permission));
        const ValidationReport report = validate(withoutAnnotation(signedPrepared, "FreeText"), trusting(fixture));
        INFO(findingCodes(report));
        CHECK(report.verdict == Verdict::Modified);
        CHECK(signatureIn(report, "Signature1").indication == Indication::TotalFailed);
        CHECK(signatureIn(report, "Signature1").modificationLevel == ModificationLevel::Annotations);
        CHECK(hasFinding(signatureIn(report, "Signature1"), "docmdp-violated"));
    }
}

// --------------------------------------------------------------------------------------------- prepared fields

TEST_CASE("Prepared signature fields signed in turn, also a field whose widget is a /Kids child, are valid",
          "[verify][edge]")
{
    SigningFixture fixture;
    SignRequest leader = SigningFixture::request();
    leader.preparedField = QStringLiteral("LanhDao");
    SECTION("two merged field-widgets")
    {
        const QByteArray prepared = withSignatureField(
            withSignatureField(unsignedPdf(), QStringLiteral("LanhDao"), rectangle(100, 100, 250, 160)),
            QStringLiteral("CoQuan"), rectangle(350, 100, 450, 200));
        const QByteArray first = signWith(fixture, TestPki::Identity::LeaderRsa2048, prepared, leader);
        SignRequest agency = SigningFixture::request();
        agency.preparedField = QStringLiteral("CoQuan");
        const QByteArray pdf = signWith(fixture, TestPki::Identity::AgencyRsa3072, first, agency);
        const ValidationReport report = validate(pdf, trusting(fixture));
        requireAllPassed(pdf, report, "LanhDao", ModificationLevel::FormFilling, Verdict::ValidWithAllowedChanges);
        REQUIRE(report.signatures.size() == 2);
    }
    SECTION("the second field's widget is a separate /Kids child")
    {
        const QByteArray prepared = withSignatureField(
            withSignatureField(unsignedPdf(), QStringLiteral("LanhDao"), rectangle(100, 100, 250, 160)),
            QStringLiteral("CoQuan"), rectangle(350, 100, 450, 200), {}, true);
        REQUIRE(prepared.contains("/Kids"));
        const QByteArray first = signWith(fixture, TestPki::Identity::LeaderRsa2048, prepared, leader);
        HandSignature agency;
        agency.field = QStringLiteral("CoQuan");
        const QByteArray pdf = handSigned(fixture, first, agency, TestPki::Identity::AgencyRsa3072);
        // poppler 22.12 takes a signature field whose widget is a /Kids child for unsigned; openssl judges the CMS.
        CHECK(opensslCmsVerify(findSignatures(pdf).back(), fixture.pki().rootCertPath()).isEmpty());
        const ValidationReport report = validate(pdf, trusting(fixture));
        requireAllPassed(pdf, report, "LanhDao", ModificationLevel::FormFilling, Verdict::ValidWithAllowedChanges);
        REQUIRE(report.signatures.size() == 2);
    }
}

TEST_CASE("An Acrobat-like second signature: XMP metadata, field and form in an object stream, page /Annots",
          "[verify][edge]")
{
    SigningFixture fixture;
    const QByteArray first = signedFixture(fixture, QStringLiteral("qpdf-objstm.pdf"));
    auto opened = PdfFile::open(first);
    REQUIRE(opened.has_value());
    PdfFile& file = **opened;
    REQUIRE(file.usesXrefStreams());
    auto [catalogRef, catalog] = catalogOf(file);
    auto [pageRef, page] = pageOf(file);
    int next = nextObjectNumber(first);
    const int metadata = catalog.find("Metadata") ? catalog.find("Metadata")->referenceValue().number : next++;
    const int signature = next++;
    const int field = next++;
    REQUIRE(catalog.find("AcroForm"));
    const int form =
        catalog.find("AcroForm")->isReference() ? catalog.find("AcroForm")->referenceValue().number : next++;
    auto formDictionary = file.resolve(*catalog.find("AcroForm"));
    REQUIRE(formDictionary.has_value());
    auto fields = file.resolve(*formDictionary->find("Fields"));
    REQUIRE(fields.has_value());
    fields->arrayItems().push_back(PdfObject::reference({field, 0}));
    formDictionary->set("Fields", *fields);
    formDictionary->set("SigFlags", PdfObject::integer(3));
    catalog.set("AcroForm", PdfObject::reference({form, 0}));
    catalog.set("Metadata", PdfObject::reference({metadata, 0}));
    PdfObject annots = PdfObject::array();
    if (const PdfObject* existing = page.find("Annots")) {
        auto resolved = file.resolve(*existing);
        REQUIRE(resolved.has_value());
        annots = *resolved;
    }
    annots.arrayItems().push_back(PdfObject::reference({field, 0}));
    page.set("Annots", annots);
    const QByteArray xmp =
        "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></x:xmpmeta>"
        "<?xpacket end=\"w\"?>";
    StreamSection section;
    section.objects = {
        {metadata,
         "<</Type/Metadata/Subtype/XML/Length " + QByteArray::number(xmp.size()) + ">>stream\n" + xmp + "\nendstream"},
        {signature, signatureDictionary()},
    };
    section.compressed = {
        {catalogRef.number, serialize(catalog)},
        {form, serialize(*formDictionary)},
        {field, serialize(PdfObject::dictionary({{"Type", PdfObject::name("Annot")},
                                                 {"Subtype", PdfObject::name("Widget")},
                                                 {"FT", PdfObject::name("Sig")},
                                                 {"T", PdfObject::string("Signature2")},
                                                 {"F", PdfObject::integer(132)},
                                                 {"Rect", rectangle(0, 0, 0, 0)},
                                                 {"P", PdfObject::reference(pageRef)},
                                                 {"V", PdfObject::reference({signature, 0})}}))},
        {pageRef.number, serialize(page)},
    };
    auto key = fixture.key(TestPki::Identity::AgencyRsa3072);
    const QByteArray pdf = fillSignature(appendStreamSection(first, section), *key);
    CHECK(pdf.mid(first.size()).contains("/Type/ObjStm"));
    CHECK(qpdfCheck(pdf).isEmpty());
    requirePopplerValid(fixture, pdf);

    const ValidationReport report = validate(pdf, trusting(fixture));
    requireAllPassed(pdf, report, "Signature1", ModificationLevel::FormFilling, Verdict::ValidWithAllowedChanges);
    REQUIRE(report.signatures.size() == 2);
    CHECK(signatureIn(report, "Signature2").modificationLevel == ModificationLevel::None);
}
