// SPDX-License-Identifier: GPL-3.0-or-later
// Legitimate signed PDFs from producers we did not write (iText 5, PDFBox 2, @signpdf, podofosign), and what the
// validator must say about each: the rows of tests/support/expected-verdicts.md, written before these tests. Each
// file is first judged by tools we did not write (qpdf, openssl, pdfsig), so that a producer's failure is not
// taken for a finding of ours.
#include "signing/verify/Validation.h"
#include "tests/signing/support/ForeignProducers.h"
#include "tests/support/oracles/RenderingOracle.h"
#include "tests/support/oracles/SignatureOracles.h"
#include "tests/support/oracles/ToolRunner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <QTimeZone>

#include <optional>

using namespace vanthu;
using namespace vanthu::signing;
using vanthu::test::ForeignProducers;
using vanthu::test::TestPki;

namespace
{

/** One signature's row entry: what the table says the validator reports for it. */
struct Expected
{
    Indication indication = Indication::TotalPassed;
    SubIndication subIndication = SubIndication::None;
    ModificationLevel modification = ModificationLevel::None;
    std::optional<PadesLevel> level;            ///< absent: the table does not assert it
    std::optional<int> certifiedWith;           ///< the DocMDP /P of a certification signature
    std::optional<bool> severalSigners = false; ///< the finding "several-signers"; absent: not asserted
};

Expected passed(ModificationLevel modification, PadesLevel level)
{
    Expected expected;
    expected.modification = modification;
    expected.level = level;
    return expected;
}

Expected certified(int permission, PadesLevel level)
{
    Expected expected = passed(ModificationLevel::None, level);
    expected.certifiedWith = permission;
    return expected;
}

Expected documentTimestamp(ModificationLevel modification)
{
    return passed(modification, PadesLevel::DocumentTimestamp);
}

QString revocationName(RevocationCheck check)
{
    switch (check) {
    case RevocationCheck::NotNeeded:
        return QStringLiteral("not-needed");
    case RevocationCheck::Checked:
        return QStringLiteral("checked");
    case RevocationCheck::NotYetChecked:
        return QStringLiteral("not-yet-checked");
    case RevocationCheck::NoSource:
        return QStringLiteral("no-source");
    }
    return {};
}

/** What the validator said, one line per signature with its finding codes: for the messages of failed checks. */
QString describe(const ValidationReport& report)
{
    QStringList lines{QStringLiteral("verdict %1").arg(verdictName(report.verdict))};
    for (const SignatureReport& signature : report.signatures) {
        QStringList codes;
        for (const Finding& finding : signature.findings) {
            codes << finding.code;
        }
        lines << QStringLiteral("  %1: %2/%3 %4 %5%6 revocation %7 [%8]")
                     .arg(signature.field, indicationName(signature.indication),
                          subIndicationName(signature.subIndication),
                          modificationLevelName(signature.modificationLevel), padesLevelName(signature.padesLevel),
                          signature.certification
                              ? QStringLiteral(" certification P=%1").arg(signature.docMdpPermission.value_or(0))
                              : QString(),
                          revocationName(signature.revocation), codes.join(QLatin1Char(' ')));
    }
    return lines.join(QLatin1Char('\n'));
}

bool hasFinding(const SignatureReport& report, const QString& code)
{
    return std::any_of(report.findings.begin(), report.findings.end(),
                       [&code](const Finding& finding) { return finding.code == code; });
}

struct Row
{
    QString name; ///< the class of expected-verdicts.md
    QString file;
    QList<Expected> signatures; ///< in file order, document timestamps included
    Verdict verdict;
    /** Signatures pdfsig must see valid; -1: every /ByteRange that is not a document timestamp. */
    int pdfsigSignatures = -1;
};

ValidationOptions trustingRoot(ForeignProducers& producers)
{
    ValidationOptions options;
    options.trustAnchorsDer = {producers.pki().rootDer()};
    options.checkRevocationOnline = true;
    options.revocationTimeoutSeconds = 5;
    return options;
}

std::string text(const QString& value)
{
    return value.toStdString();
}

/** The tools we did not write must find the producer's file sound before our verdict on it means anything. */
void requireSoundFile(ForeignProducers& producers, const Row& row)
{
    INFO("class " << text(row.name));
    const QString problems = producers.producerProblems(row.file, row.pdfsigSignatures);
    INFO("producer check: " << text(problems));
    REQUIRE(problems.isEmpty());
}

/** The row asserted through validatePdf. */
void assertRow(const Row& row, const ValidationOptions& options)
{
    INFO("class " << text(row.name));
    QFile file(row.file);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    auto validated = validatePdf(pdf, options);
    REQUIRE(validated.has_value());
    const ValidationReport& report = *validated;
    test::requireRenderingAgrees(pdf, report); // what poppler draws changes only where the analysis says
    INFO("the validator says:\n" << text(describe(report)));
    CHECK(text(verdictName(report.verdict)) == text(verdictName(row.verdict)));
    REQUIRE(report.signatures.size() == row.signatures.size());
    for (int i = 0; i < row.signatures.size(); ++i) {
        const Expected& expected = row.signatures.at(i);
        const SignatureReport& actual = report.signatures.at(i);
        INFO("signature " << i + 1 << " (" << actual.field.toStdString() << ")");
        CHECK(actual.integrity);
        CHECK(text(indicationName(actual.indication)) == text(indicationName(expected.indication)));
        CHECK(text(subIndicationName(actual.subIndication)) == text(subIndicationName(expected.subIndication)));
        CHECK(text(modificationLevelName(actual.modificationLevel))
              == text(modificationLevelName(expected.modification)));
        if (expected.level) {
            CHECK(text(padesLevelName(actual.padesLevel)) == text(padesLevelName(*expected.level)));
        }
        CHECK(actual.certification == expected.certifiedWith.has_value());
        if (expected.certifiedWith) {
            CHECK(actual.docMdpPermission == expected.certifiedWith);
        }
        if (expected.severalSigners) {
            CHECK(hasFinding(actual, QStringLiteral("several-signers")) == *expected.severalSigners);
        }
        // A pass is only a pass when revocation was established, never a "not checked" that looks green.
        if (expected.indication == Indication::TotalPassed && actual.padesLevel != PadesLevel::DocumentTimestamp) {
            CHECK(text(revocationName(actual.revocation)) == text(revocationName(RevocationCheck::Checked)));
        }
    }
}

void checkRow(ForeignProducers& producers, const Row& row, const ValidationOptions& options)
{
    requireSoundFile(producers, row);
    assertRow(row, options);
}

QStringList job(const QString& name, const QStringList& options)
{
    return QStringList{QStringLiteral("job=") + name} + options;
}

QString option(const char* key, const QString& value)
{
    return QLatin1String(key) + QLatin1Char('=') + value;
}

/** The signed attributes' OIDs of each SignerInfo of the first signature of @p file: the premise of a row. */
QList<QStringList> signerAttributes(const QString& file)
{
    const QList<test::ByteRangeSignature> signatures = test::findSignatures(test::readBytes(file));
    REQUIRE(!signatures.isEmpty());
    auto oids = test::cmsSignedAttributeOids(signatures.first().cmsDer);
    REQUIRE(oids.has_value());
    return *oids;
}

/**
 * The nextUpdate of a stored OCSP answer (a BasicOCSPResponse, as iText's OcspClientBouncyCastle returns it), UTC;
 * invalid if absent. Its GeneralizedTimes are producedAt, then thisUpdate and nextUpdate of the one SingleResponse
 * (certificate validities are UTCTime until 2050).
 */
QDateTime ocspNextUpdate(const QString& answer)
{
    const test::ToolRun run =
        test::runTool(QStringLiteral("openssl"), {QStringLiteral("asn1parse"), QStringLiteral("-inform"),
                                                  QStringLiteral("DER"), QStringLiteral("-in"), answer});
    INFO(text(run.describe()));
    REQUIRE(run.succeeded());
    static const QRegularExpression generalizedTime(QStringLiteral("GENERALIZEDTIME\\s*:(\\d{14})Z"));
    QStringList times;
    for (const QRegularExpressionMatch& match : generalizedTime.globalMatch(QString::fromUtf8(run.standardOutput))) {
        times << match.captured(1);
    }
    if (times.size() < 3) {
        return {};
    }
    QDateTime when = QDateTime::fromString(times.at(2), QStringLiteral("yyyyMMddHHmmss"));
    when.setTimeZone(QTimeZone::utc());
    return when;
}

} // namespace

TEST_CASE("iText 5: approval (CAdES and CMS), certification P=1, 2 and 3, B-T, revocation archival", "[foreign]")
{
    ForeignProducers producers;
    const QString base = ForeignProducers::fixture(QStringLiteral("lo-classic.pdf"));
    auto out = [&producers](const char* name) {
        return producers.path(QLatin1String(name));
    };
    const QString visible = QStringLiteral("rect=72 72 252 122");
    producers.java(
        job(QStringLiteral("itext.sign"),
            {option("in", base), option("out", out("approval.pdf")), QStringLiteral("field=Signature1"), visible})
        + job(QStringLiteral("itext.sign"), {option("in", base), option("out", out("approval-cms.pdf")),
                                             QStringLiteral("field=Signature1"), QStringLiteral("crypto=cms"), visible})
        + job(QStringLiteral("itext.sign"),
              {option("in", base), option("out", out("certify-p1.pdf")), QStringLiteral("field=Certification"),
               QStringLiteral("certify=1"), visible})
        + job(QStringLiteral("itext.sign"),
              {option("in", base), option("out", out("certify-p2.pdf")), QStringLiteral("field=Certification"),
               QStringLiteral("certify=2"), visible})
        + job(QStringLiteral("itext.sign"), {option("in", base), option("out", out("certify-p3.pdf")),
                                             QStringLiteral("field=Certification"), QStringLiteral("certify=3")})
        + job(QStringLiteral("itext.sign"), {option("in", base), option("out", out("bt.pdf")),
                                             QStringLiteral("field=Signature1"), option("tsa", producers.tsaUrl())})
        + job(QStringLiteral("itext.sign"),
              {option("in", base), option("out", out("archival.pdf")), QStringLiteral("field=Signature1"),
               QStringLiteral("crypto=cms"), QStringLiteral("embed-ocsp=yes")}));
    const ValidationOptions options = trustingRoot(producers);

    checkRow(producers,
             {QStringLiteral("itext-approval"),
              out("approval.pdf"),
              {passed(ModificationLevel::None, PadesLevel::BB)},
              Verdict::Valid},
             options);
    checkRow(producers,
             {QStringLiteral("itext-approval-cms"),
              out("approval-cms.pdf"),
              {passed(ModificationLevel::None, PadesLevel::NotPades)},
              Verdict::Valid},
             options);
    for (int permission : {1, 2, 3}) {
        const QString name = QStringLiteral("certify-p%1").arg(permission);
        checkRow(producers,
                 {QStringLiteral("itext-") + name,
                  producers.path(name + QStringLiteral(".pdf")),
                  {certified(permission, PadesLevel::BB)},
                  Verdict::Valid},
                 options);
    }
    checkRow(
        producers,
        {QStringLiteral("itext-bt"), out("bt.pdf"), {passed(ModificationLevel::None, PadesLevel::BT)}, Verdict::Valid},
        options);

    // The signer's status must come from the OCSP answer in the signed attributes, not from the responder.
    const Row archival{QStringLiteral("itext-revocation-archival"),
                       out("archival.pdf"),
                       {passed(ModificationLevel::None, PadesLevel::NotPades)},
                       Verdict::Valid};
    const QList<QStringList> attributes = signerAttributes(archival.file);
    REQUIRE(attributes.size() == 1);
    CHECK(attributes.first().contains(QLatin1String("1.2.840.113583.1.1.8"))); // adbe-revocationInfoArchival
    requireSoundFile(producers, archival);
    const qsizetype asked = producers.revocation()->requests().size();
    assertRow(archival, options);
    const QString signerSerial = producers.pki().serialHex(TestPki::Identity::LeaderRsa2048) + QLatin1Char('=');
    const QStringList requests = producers.revocation()->requests().mid(asked);
    INFO(requests.join(QLatin1Char('\n')).toStdString());
    CHECK(std::none_of(requests.begin(), requests.end(),
                       [&signerSerial](const QString& request) { return request.contains(signerSerial); }));
}

TEST_CASE("iText 5: two and three signatures in turn, prepared fields, a widget as a separate /Kids child", "[foreign]")
{
    ForeignProducers producers;
    const QString base = ForeignProducers::fixture(QStringLiteral("lo-classic.pdf"));
    auto out = [&producers](const char* name) {
        return producers.path(QLatin1String(name));
    };
    producers.java(
        job(QStringLiteral("itext.sign"), {option("in", base), option("out", out("one.pdf")),
                                           QStringLiteral("field=Signature1"), QStringLiteral("rect=72 72 252 122")})
        + job(QStringLiteral("itext.sign"), {option("in", out("one.pdf")), option("out", out("two.pdf")),
                                             QStringLiteral("field=Signature2"), QStringLiteral("rect=300 72 480 122")})
        + job(QStringLiteral("itext.sign"),
              {option("in", out("two.pdf")), option("out", out("three.pdf")), QStringLiteral("field=Signature3")})
        + job(QStringLiteral("itext.prepare"),
              {option("in", base), option("out", out("prepared.pdf")), QStringLiteral("fields=Approver,Director")})
        + job(QStringLiteral("itext.sign"), {option("in", out("prepared.pdf")), option("out", out("prepared-1.pdf")),
                                             QStringLiteral("field=Approver"), QStringLiteral("existing=yes")})
        + job(QStringLiteral("itext.sign"), {option("in", out("prepared-1.pdf")), option("out", out("prepared-2.pdf")),
                                             QStringLiteral("field=Director"), QStringLiteral("existing=yes")})
        + job(QStringLiteral("itext.prepare"),
              {option("in", base), option("out", out("kids.pdf")), QStringLiteral("kids=KidSignature")})
        + job(QStringLiteral("itext.sign"), {option("in", out("kids.pdf")), option("out", out("kids-signed.pdf")),
                                             QStringLiteral("field=KidSignature"), QStringLiteral("existing=yes")}));
    const ValidationOptions options = trustingRoot(producers);

    checkRow(producers,
             {QStringLiteral("itext-two-signatures"),
              out("two.pdf"),
              {passed(ModificationLevel::FormFilling, PadesLevel::BB), passed(ModificationLevel::None, PadesLevel::BB)},
              Verdict::ValidWithAllowedChanges},
             options);
    checkRow(producers,
             {QStringLiteral("itext-three-signatures"),
              out("three.pdf"),
              {passed(ModificationLevel::FormFilling, PadesLevel::BB),
               passed(ModificationLevel::FormFilling, PadesLevel::BB), passed(ModificationLevel::None, PadesLevel::BB)},
              Verdict::ValidWithAllowedChanges},
             options);
    checkRow(producers,
             {QStringLiteral("itext-prepared-fields"),
              out("prepared-2.pdf"),
              {passed(ModificationLevel::FormFilling, PadesLevel::BB), passed(ModificationLevel::None, PadesLevel::BB)},
              Verdict::ValidWithAllowedChanges},
             options);
    checkRow(producers,
             {QStringLiteral("itext-kids-widget"),
              out("kids-signed.pdf"),
              {passed(ModificationLevel::None, PadesLevel::BB)},
              Verdict::Valid},
             options);
}

TEST_CASE("iText 5: xref and object streams in the signing update, and the Acrobat-like second signature", "[foreign]")
{
    ForeignProducers producers;
    const QString base = ForeignProducers::fixture(QStringLiteral("qpdf-objstm.pdf"));
    auto out = [&producers](const char* name) {
        return producers.path(QLatin1String(name));
    };
    producers.java(
        job(QStringLiteral("itext.sign"),
            {option("in", base), option("out", out("streams.pdf")), QStringLiteral("field=Signature1"),
             QStringLiteral("rect=72 72 252 122"), QStringLiteral("compress=full")})
        // Acrobat's shape: the AcroForm an object of its own (inside an object stream), so that the second
        // signature's update rewrites it there, beside the new field and the page, and the catalog with /Metadata.
        + job(QStringLiteral("itext.prepare"),
              {option("in", base), option("out", out("acroform.pdf")), QStringLiteral("indirect-acroform=yes"),
               QStringLiteral("compress=full")})
        + job(QStringLiteral("itext.sign"), {option("in", out("acroform.pdf")), option("out", out("acrobat-first.pdf")),
                                             QStringLiteral("field=Signature1"), QStringLiteral("rect=72 72 252 122"),
                                             QStringLiteral("compress=full")})
        + job(QStringLiteral("itext.sign"),
              {option("in", out("acrobat-first.pdf")), option("out", out("acrobat-like.pdf")),
               QStringLiteral("field=Signature2"), QStringLiteral("rect=300 72 480 122"),
               QStringLiteral("compress=full"), QStringLiteral("xmp=yes")}));
    const ValidationOptions options = trustingRoot(producers);

    const QByteArray streams = [&] {
        QFile file(out("streams.pdf"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    const QByteArray update = streams.mid(QFile(base).size());
    INFO("the signing update uses an xref stream and an object stream");
    CHECK(update.contains("/Type/XRef"));
    CHECK(update.contains("/Type/ObjStm"));
    checkRow(producers,
             {QStringLiteral("itext-xref-stream"),
              out("streams.pdf"),
              {passed(ModificationLevel::None, PadesLevel::BB)},
              Verdict::Valid},
             options);

    const QByteArray second = [&] {
        QFile file(out("acrobat-like.pdf"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll().mid(QFile(out("acrobat-first.pdf")).size());
    }();
    INFO("the second update rewrites the catalog with /Metadata, keeps the AcroForm indirect, uses an object stream");
    CHECK(second.contains("/Metadata"));
    CHECK(QRegularExpression(QStringLiteral("/AcroForm \\d+ 0 R")).match(QString::fromLatin1(second)).hasMatch());
    CHECK(second.contains("/Type/ObjStm"));
    checkRow(producers,
             {QStringLiteral("itext-acrobat-like"),
              out("acrobat-like.pdf"),
              {passed(ModificationLevel::FormFilling, PadesLevel::BB), passed(ModificationLevel::None, PadesLevel::BB)},
              Verdict::ValidWithAllowedChanges},
             options);
}

TEST_CASE("iText 5 LTV: B-B, DSS with OCSP fetched after signing, document timestamps, three prolongations",
          "[foreign]")
{
    ForeignProducers producers;
    const QString base = ForeignProducers::fixture(QStringLiteral("lo-classic.pdf"));
    auto out = [&producers](const char* name) {
        return producers.path(QLatin1String(name));
    };
    const QString tsa = option("tsa", producers.tsaUrl());
    QStringList jobs =
        job(QStringLiteral("itext.sign"),
            {option("in", base), option("out", out("bb.pdf")), QStringLiteral("field=Signature1")})
        // iText's own example: the DSS and the document timestamp in one update; then the TSA's answers after it.
        + job(QStringLiteral("itext.timestamp"), {option("in", out("bb.pdf")), option("out", out("lta-1.pdf")),
                                                  QStringLiteral("field=Timestamp1"), QStringLiteral("dss=yes"), tsa})
        + job(QStringLiteral("itext.dss"),
              {option("in", out("lta-1.pdf")), option("out", out("ltv.pdf")), QStringLiteral("for=last")})
        // Prolongations: a DSS of its own, then a timestamp, three times over, and the last TSA's answers.
        + job(QStringLiteral("itext.dss"), {option("in", out("bb.pdf")), option("out", out("p-dss0.pdf"))});
    QString previous = out("p-dss0.pdf");
    for (int round = 1; round <= 3; ++round) {
        const QString stamped = producers.path(QStringLiteral("p-ts%1.pdf").arg(round));
        const QString covered = producers.path(QStringLiteral("p-dss%1.pdf").arg(round));
        jobs += job(QStringLiteral("itext.timestamp"), {option("in", previous), option("out", stamped),
                                                        QStringLiteral("field=Timestamp%1").arg(round), tsa});
        jobs += job(QStringLiteral("itext.dss"),
                    {option("in", stamped), option("out", covered), QStringLiteral("for=last")});
        previous = covered;
    }
    producers.java(jobs);
    // Only the documents' own data may answer now.
    producers.stopRevocation();
    const ValidationOptions options = trustingRoot(producers);

    checkRow(
        producers,
        {QStringLiteral("itext-ltv"),
         out("ltv.pdf"),
         {passed(ModificationLevel::LtaUpdates, PadesLevel::BLTA), documentTimestamp(ModificationLevel::LtaUpdates)},
         Verdict::Valid},
        options);
    checkRow(
        producers,
        {QStringLiteral("itext-ltv-prolonged"),
         previous,
         {passed(ModificationLevel::LtaUpdates, PadesLevel::BLTA), documentTimestamp(ModificationLevel::LtaUpdates),
          documentTimestamp(ModificationLevel::LtaUpdates), documentTimestamp(ModificationLevel::LtaUpdates)},
         Verdict::Valid},
        options);
}

TEST_CASE("iText 5 LTV with OCSP answers older than the signing time and not valid at it", "[foreign]")
{
    ForeignProducers producers;
    const QString base = ForeignProducers::fixture(QStringLiteral("lo-classic.pdf"));
    auto out = [&producers](const char* name) {
        return producers.path(QLatin1String(name));
    };
    const QString tsa = option("tsa", producers.tsaUrl());

    // The responder answers with thisUpdate two days and nextUpdate one day ago; the answers are stored first.
    producers.revocation()->setBehaviour({QStringLiteral("--ocsp-expired")});
    producers.java(job(QStringLiteral("itext.fetch-ocsp"), {option("out", out("stale"))}));
    producers.revocation()->setBehaviour({});
    // The premise of the row: neither stored answer is valid at any time from now on, the signing time included.
    for (const char* answer : {"stale-0.der", "stale-1.der"}) {
        const QDateTime nextUpdate = ocspNextUpdate(out(answer));
        INFO(answer << " next update " << text(nextUpdate.toString(Qt::ISODate)));
        REQUIRE(nextUpdate.isValid());
        REQUIRE(nextUpdate < QDateTime::currentDateTimeUtc());
    }
    // The signature's /M (whole seconds) must lie after the answers were produced.
    QThread::msleep(1100);
    producers.java(job(QStringLiteral("itext.sign"),
                       {option("in", base), option("out", out("bb.pdf")), QStringLiteral("field=Signature1")})
                   + job(QStringLiteral("itext.timestamp"),
                         {option("in", out("bb.pdf")), option("out", out("lta.pdf")),
                          QStringLiteral("field=Timestamp1"), QStringLiteral("dss=yes"), tsa,
                          option("ocsp-files", out("stale-0.der") + QLatin1Char(',') + out("stale-1.der"))})
                   + job(QStringLiteral("itext.dss"),
                         {option("in", out("lta.pdf")), option("out", out("stale.pdf")), QStringLiteral("for=last")}));
    producers.stopRevocation();

    Expected signature;
    signature.indication = Indication::Indeterminate;
    signature.subIndication = SubIndication::TryLater;
    signature.modification = ModificationLevel::LtaUpdates;
    checkRow(producers,
             {QStringLiteral("itext-ltv-stale-ocsp"),
              out("stale.pdf"),
              {signature, documentTimestamp(ModificationLevel::LtaUpdates)},
              Verdict::Indeterminate},
             trustingRoot(producers));
}

TEST_CASE("PDFBox 2: approvals on classic and stream xrefs, certification, two signatures, no signed attributes, a "
          "/Kids field, two signers",
          "[foreign]")
{
    ForeignProducers producers;
    const QString classic = ForeignProducers::fixture(QStringLiteral("lo-classic.pdf"));
    auto out = [&producers](const char* name) {
        return producers.path(QLatin1String(name));
    };
    producers.java(
        job(QStringLiteral("pdfbox.sign"), {option("in", classic), option("out", out("classic.pdf"))})
        + job(QStringLiteral("pdfbox.sign"),
              {option("in", ForeignProducers::fixture(QStringLiteral("qpdf-objstm.pdf"))),
               option("out", out("xref-stream.pdf"))})
        + job(QStringLiteral("pdfbox.sign"),
              {option("in", classic), option("out", out("certify-p2.pdf")), QStringLiteral("certify=2")})
        + job(QStringLiteral("pdfbox.sign"), {option("in", out("classic.pdf")), option("out", out("two.pdf"))})
        + job(QStringLiteral("pdfbox.sign"),
              {option("in", classic), option("out", out("no-attributes.pdf")), QStringLiteral("signed-attributes=no")})
        + job(QStringLiteral("itext.prepare"),
              {option("in", classic), option("out", out("kids.pdf")), QStringLiteral("kids=KidSignature")})
        + job(QStringLiteral("pdfbox.sign"), {option("in", out("kids.pdf")), option("out", out("kids-signed.pdf")),
                                              QStringLiteral("field=KidSignature"), QStringLiteral("existing=yes")})
        + job(QStringLiteral("pdfbox.sign"),
              {option("in", classic), option("out", out("signers-differ.pdf")),
               option("second-p12", producers.pki().identity(TestPki::Identity::AgencyRsa3072).p12)}));
    const ValidationOptions options = trustingRoot(producers);
    const Expected plain = passed(ModificationLevel::None, PadesLevel::NotPades);
    CHECK(signerAttributes(out("no-attributes.pdf")) == QList<QStringList>{QStringList{}});
    CHECK(signerAttributes(out("signers-differ.pdf")).size() == 2);

    checkRow(producers, {QStringLiteral("pdfbox-approval-classic"), out("classic.pdf"), {plain}, Verdict::Valid},
             options);
    checkRow(producers,
             {QStringLiteral("pdfbox-approval-xref-stream"), out("xref-stream.pdf"), {plain}, Verdict::Valid}, options);
    checkRow(producers,
             {QStringLiteral("pdfbox-certify-p2"),
              out("certify-p2.pdf"),
              {certified(2, PadesLevel::NotPades)},
              Verdict::Valid},
             options);
    checkRow(producers,
             {QStringLiteral("pdfbox-two-signatures"),
              out("two.pdf"),
              {passed(ModificationLevel::FormFilling, PadesLevel::NotPades), plain},
              Verdict::ValidWithAllowedChanges},
             options);
    checkRow(producers,
             {QStringLiteral("pdfbox-no-signed-attributes"), out("no-attributes.pdf"), {plain}, Verdict::Valid},
             options);
    // pdfsig (poppler 22.12) looks for /V in the widget and reports the field as not signed: see the table.
    checkRow(producers, {QStringLiteral("pdfbox-kids-widget"), out("kids-signed.pdf"), {plain}, Verdict::Valid, 0},
             options);

    Expected ambiguous;
    ambiguous.indication = Indication::Indeterminate;
    ambiguous.subIndication = SubIndication::SigConstraintsFailure;
    ambiguous.level = PadesLevel::NotPades;
    ambiguous.severalSigners.reset(); // a finding naming the ambiguity may well be this one
    checkRow(producers,
             {QStringLiteral("pdfbox-signers-differ"), out("signers-differ.pdf"), {ambiguous}, Verdict::Indeterminate},
             options);
}

TEST_CASE("@signpdf: an adbe.pkcs7.detached signature with placeholder-plain", "[foreign]")
{
    ForeignProducers producers;
    const QString output = producers.path(QStringLiteral("signpdf.pdf"));
    if (!producers.signpdf(ForeignProducers::fixture(QStringLiteral("lo-classic.pdf")), output)) {
        return;
    }
    checkRow(
        producers,
        {QStringLiteral("signpdf"), output, {passed(ModificationLevel::None, PadesLevel::NotPades)}, Verdict::Valid},
        trustingRoot(producers));
}

TEST_CASE("podofosign: one signature whose CMS holds two identical SignerInfos", "[foreign]")
{
    ForeignProducers producers;
    const QString output = producers.path(QStringLiteral("podofo.pdf"));
    producers.podofosign(ForeignProducers::fixture(QStringLiteral("lo-classic.pdf")), output);
    CHECK(signerAttributes(output).size() == 2);

    // podofosign embeds only the signer's certificate, so the issuing CA comes from the trust store.
    ValidationOptions options = trustingRoot(producers);
    options.trustAnchorsDer.append(producers.pki().intermediateDer());
    Expected signature = passed(ModificationLevel::None, PadesLevel::NotPades);
    signature.severalSigners = true;
    checkRow(producers, {QStringLiteral("podofosign"), output, {signature}, Verdict::Valid}, options);
}
