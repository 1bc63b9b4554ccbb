// SPDX-License-Identifier: GPL-3.0-or-later
// The rendering oracle and `vanthu-cli verify --visual`: pages drawn by poppler in child processes under limits,
// compared outside the area a report explains. The oracle must see a one-point change of page content when the report
// (made by hand here, so the validator cannot hide it) says nothing changed.
#include "signing/verify/LimitedProcess.h"
#include "signing/verify/VisualComparison.h"
#include "tests/signing/verify/VerifyTestSupport.h"
#include "tests/support/CliRunner.h"
#include "tests/support/oracles/RenderingOracle.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <csignal>
#include <limits>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace vanthu;
using namespace vanthu::signing;
using namespace vanthu::signing::pdf;
using namespace vanthu::test;

namespace
{

/** Appends to page 1 a content stream that draws @p operators after what it drew (the page's own content kept). */
QByteArray drawOnPage(const QByteArray& pdf, const QByteArray& operators)
{
    return appendUpdate(pdf, [&operators](PdfFile& file, IncrementalUpdate& update) {
        auto [ref, page] = pageOf(file);
        const PdfRef drawing = update.allocate();
        update.putStream(drawing, PdfObject::dictionary(), operators);
        PdfObject contents = PdfObject::array();
        const PdfObject* existing = page.find("Contents");
        REQUIRE(existing);
        auto resolved = file.resolve(*existing);
        REQUIRE(resolved.has_value());
        if (resolved->isArray()) {
            contents = *resolved;
        } else {
            contents.arrayItems().push_back(*existing);
        }
        contents.arrayItems().push_back(PdfObject::reference(drawing));
        page.set("Contents", contents);
        update.put(ref, page);
    });
}

/** Page 1 turned by @p degrees (/Rotate), written as an update of @p pdf. */
QByteArray rotated(const QByteArray& pdf, int degrees)
{
    return appendUpdate(pdf, [degrees](PdfFile& file, IncrementalUpdate& update) {
        auto [ref, page] = pageOf(file);
        page.set("Rotate", PdfObject::integer(degrees));
        update.put(ref, page);
    });
}

/** A report as the validator would write it for one intact signature of the revision ending at @p signedEnd. */
ValidationReport handMadeReport(qint64 signedEnd, ModificationLevel level, const QList<ChangedArea>& areas = {})
{
    SignatureReport signature;
    signature.field = QStringLiteral("Signature1");
    signature.indication = Indication::TotalPassed;
    signature.integrity = true;
    signature.modificationLevel = level;
    signature.changedAreas = areas;
    signature.signedEnd = signedEnd;
    ValidationReport report;
    report.verdict = level <= ModificationLevel::LtaUpdates ? Verdict::Valid : Verdict::ValidWithAllowedChanges;
    report.signatures = {signature};
    return report;
}

RenderedPage blankPage(int width, int height, int rotation = 0)
{
    RenderedPage page;
    page.cropBox = QRectF(0, 0, width, height);
    page.rotation = rotation;
    page.width = width;
    page.height = height;
    page.rgb = QByteArray(width * height * 3, '\xff');
    return page;
}

void paint(RenderedPage& page, int x, int y)
{
    page.rgb[(y * page.width + x) * 3] = '\0';
}

// A 1 x 1 pt black square at (300, 400) of page 1, drawn after the page's content.
const QByteArray onePoint = "q 0 0 0 rg 300 400 1 1 re f Q";

} // namespace

TEST_CASE("Rendering oracle: a one-point change of page content is seen when the report says NONE", "[verify][render]")
{
    REQUIRE(pdftoppmAvailable());
    SigningFixture fixture;
    const QByteArray signedPdf = signedFixture(fixture);
    const QByteArray planted = drawOnPage(signedPdf, onePoint);
    const ValidationReport none = handMadeReport(signedPdf.size(), ModificationLevel::None);

    const RenderComparison comparison = compareRevisions(planted, none);
    INFO(comparison.describe(none).toStdString());
    REQUIRE(comparison.signatures.size() == 1);
    const SignatureVisualCheck& check = comparison.signatures.front();
    CHECK(check.compared);
    CHECK(check.rendererFailure.isEmpty());
    REQUIRE(check.differences.size() == 1);
    const PageDifference& difference = check.differences.front();
    CHECK(difference.page == 0);
    CHECK_FALSE(difference.wholePage);
    CHECK(difference.pixels >= 1);
    CHECK(difference.pixels <= 4);
    // At 72 dpi one point is one pixel: x 300, y counted from the top of the 842 pt high page.
    CHECK(difference.box.intersects(QRect(299, 840 - 400, 3, 3)));
    CHECK(comparison.contradicted(none) == QList<int>{0});

    // An update that draws nothing draws the same.
    const QByteArray unchanged = appendUpdate(signedPdf, [](PdfFile&, IncrementalUpdate& update) {
        update.put(update.allocate(), PdfObject::dictionary({{"Producer", PdfObject::string("VanThu")}}));
    });
    const RenderComparison untouched = compareRevisions(unchanged, none);
    REQUIRE(untouched.signatures.size() == 1);
    CHECK_FALSE(untouched.signatures.front().differs());
}

TEST_CASE("Rendering oracle: pixels inside a changed area are permitted, outside it they are not", "[verify][render]")
{
    REQUIRE(pdftoppmAvailable());
    SigningFixture fixture;
    const QByteArray signedPdf = signedFixture(fixture);
    const QByteArray planted = drawOnPage(signedPdf, onePoint);
    SECTION("a form field's rectangle around the change explains it")
    {
        const ValidationReport filled = handMadeReport(signedPdf.size(), ModificationLevel::FormFilling,
                                                       {ChangedArea{0, QRectF(290, 395, 20, 10)}});
        const RenderComparison comparison = compareRevisions(planted, filled);
        INFO(comparison.describe(filled).toStdString());
        CHECK(comparison.contradicted(filled).isEmpty());
        CHECK_FALSE(comparison.signatures.front().differs());
    }
    SECTION("a rectangle elsewhere, or on another page, does not")
    {
        for (const ChangedArea& area :
             {ChangedArea{0, QRectF(100, 100, 50, 50)}, ChangedArea{1, QRectF(0, 0, 600, 900)}}) {
            const ValidationReport annotated = handMadeReport(signedPdf.size(), ModificationLevel::Annotations, {area});
            CHECK(compareRevisions(planted, annotated).contradicted(annotated) == QList<int>{0});
        }
    }
    SECTION("NONE and LTA_UPDATES permit nothing, whatever the report's areas say")
    {
        const ValidationReport lta =
            handMadeReport(signedPdf.size(), ModificationLevel::LtaUpdates, {ChangedArea{0, QRectF(0, 0, 600, 900)}});
        CHECK(compareRevisions(planted, lta).contradicted(lta) == QList<int>{0});
    }
    SECTION("a TOTAL_FAILED or OTHER verdict claims nothing: the difference is not a contradiction")
    {
        ValidationReport other = handMadeReport(signedPdf.size(), ModificationLevel::Other);
        CHECK(compareRevisions(planted, other).signatures.front().differs());
        CHECK(compareRevisions(planted, other).contradicted(other).isEmpty());
        ValidationReport failed = handMadeReport(signedPdf.size(), ModificationLevel::None);
        failed.signatures.front().indication = Indication::TotalFailed;
        CHECK(compareRevisions(planted, failed).contradicted(failed).isEmpty());
    }
}

TEST_CASE("Rendering oracle: changed areas land on the pixels poppler draws, on turned and cropped pages",
          "[verify][render]")
{
    REQUIRE(pdftoppmAvailable());
    const QByteArray base = SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf"));
    const QRectF square(200, 500, 30, 20);
    for (const int degrees : {0, 90, 180, 270}) {
        INFO(degrees);
        const QByteArray before = rotated(base, degrees);
        const QByteArray after = drawOnPage(before, "q 0 0 1 rg 200 500 30 20 re f Q");
        const ValidationReport none = handMadeReport(before.size(), ModificationLevel::None);
        for (const int dpi : {72, 100}) {
            INFO(dpi);
            PdftoppmOptions options;
            options.dpi = dpi;
            const RenderComparison comparison = compareRevisions(after, none, options);
            INFO(comparison.describe(none).toStdString());
            REQUIRE(comparison.signatures.front().differences.size() == 1);
            const PageDifference& difference = comparison.signatures.front().differences.front();
            auto drawn = renderWithPdftoppm(after, options);
            REQUIRE(drawn.has_value());
            const RenderedPage& page = drawn->pages.front();
            CHECK(page.rotation == degrees);
            const QRect expected = pixelRectOf(square, page, dpi, 1);
            CHECK(expected.contains(difference.box));
            CHECK(difference.box.width() >= expected.width() - 4);
            CHECK(difference.box.height() >= expected.height() - 4);
            // ... so the area as a report would give it hides the change completely.
            const ValidationReport filled =
                handMadeReport(before.size(), ModificationLevel::FormFilling, {ChangedArea{0, square}});
            CHECK_FALSE(compareRevisions(after, filled, options).signatures.front().differs());
        }
    }
}

TEST_CASE("Visual comparison: page counts, sizes and turns differ as whole pages", "[verify][render]")
{
    RenderedDocument before;
    before.pages = {blankPage(40, 60), blankPage(40, 60)};
    before.pageCount = 2;
    RenderedDocument after = before;
    CHECK(differencesOutside(before, after, {}).isEmpty());

    after.pages.append(blankPage(40, 60));
    after.pageCount = 3;
    auto differences = differencesOutside(before, after, {});
    REQUIRE(differences.size() == 1);
    CHECK(differences.front().page == 2);
    CHECK(differences.front().wholePage);
    CHECK(differencesOutside(after, before, {}).size() == 1);

    after = before;
    after.pages[1] = blankPage(60, 40);
    differences = differencesOutside(before, after, {});
    REQUIRE(differences.size() == 1);
    CHECK(differences.front().page == 1);
    CHECK(differences.front().wholePage);

    after = before;
    after.pages[1].rotation = 180;
    CHECK(differencesOutside(before, after, {}).size() == 1);

    // Drawing capped at the same number of pages: the counts still tell.
    after = before;
    after.pageCount = 5;
    CHECK(differencesOutside(before, after, {}).size() == 1);

    after = before;
    paint(after.pages[0], 10, 20);
    paint(after.pages[0], 30, 50);
    differences = differencesOutside(before, after, {});
    REQUIRE(differences.size() == 1);
    CHECK(differences.front().pixels == 2);
    CHECK(differences.front().box == QRect(QPoint(10, 20), QPoint(30, 50)));
    // The second pixel is at user space x 30, y 60 - 50 = 10 (y upwards): an area around it leaves the first one.
    differences = differencesOutside(before, after, {ChangedArea{0, QRectF(29, 8, 2, 2)}}, 0);
    REQUIRE(differences.size() == 1);
    CHECK(differences.front().pixels == 1);
    CHECK(differences.front().box == QRect(10, 20, 1, 1));
}

TEST_CASE("Visual comparison: user space to pixels follows the crop box, the rotation and the resolution",
          "[verify][render]")
{
    RenderedPage page;
    page.cropBox = QRectF(QPointF(10, 20), QPointF(605, 862)); // 595 x 842 points
    const QRectF rect(110, 120, 100, 50);                      // x 110-210, y 120-170
    page.width = 595;
    page.height = 842;
    CHECK(pixelRectOf(rect, page, 72, 0) == QRect(QPoint(100, 692), QPoint(199, 741)));
    CHECK(pixelRectOf(rect, page, 72, 2) == QRect(QPoint(98, 690), QPoint(201, 743)));
    page.width = 1190;
    page.height = 1684;
    CHECK(pixelRectOf(rect, page, 144, 0) == QRect(QPoint(200, 1384), QPoint(399, 1483)));
    page.width = 842;
    page.height = 595;
    page.rotation = 90; // the page's bottom edge is now on the left
    CHECK(pixelRectOf(rect, page, 72, 0) == QRect(QPoint(100, 100), QPoint(149, 199)));
    page.rotation = 270; // its bottom edge on the right, its left edge at the bottom
    CHECK(pixelRectOf(rect, page, 72, 0) == QRect(QPoint(692, 395), QPoint(741, 494)));
    page.width = 595;
    page.height = 842;
    page.rotation = 180;
    CHECK(pixelRectOf(rect, page, 72, 0) == QRect(QPoint(395, 100), QPoint(494, 149)));
    // Outside the page: clipped to nothing; a rectangle of a hostile file's reals permits at most the page.
    CHECK(pixelRectOf(QRectF(1000, 1000, 10, 10), page, 72, 2).isEmpty());
    CHECK(pixelRectOf(QRectF(-1e300, -1e300, 2e300, 2e300), page, 72, 2) == QRect(0, 0, 595, 842));
    CHECK(pixelRectOf(QRectF(0, 0, std::numeric_limits<double>::infinity(), 10), page, 72, 2).isEmpty());
    CHECK(pixelRectOf(QRectF(0, 0, std::nan(""), 10), page, 72, 2).isEmpty());
}

TEST_CASE("Renderer limits: a crash, a hang or too little memory is a renderer failure, not a difference",
          "[verify][render]")
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sh"));
    REQUIRE_FALSE(shell.isEmpty());
    const LimitedRun crashed = runLimited(shell, {QStringLiteral("-c"), QStringLiteral("kill -SEGV $$")});
    CHECK(crashed.started);
    CHECK_FALSE(crashed.exited);
    CHECK(crashed.signal == SIGSEGV);
    CHECK_FALSE(crashed.succeeded());

    ProcessLimits quick;
    quick.wallSeconds = 1;
    QElapsedTimer clock;
    clock.start();
    const LimitedRun hung = runLimited(shell, {QStringLiteral("-c"), QStringLiteral("sleep 30")}, quick);
    CHECK(hung.timedOut);
    CHECK_FALSE(hung.succeeded());
    CHECK(clock.elapsed() < 10'000);

    ProcessLimits spinning;
    spinning.cpuSeconds = 1;
    const LimitedRun spun = runLimited(shell, {QStringLiteral("-c"), QStringLiteral("while :; do :; done")}, spinning);
    CHECK_FALSE(spun.succeeded());
    CHECK((spun.signal == SIGXCPU || spun.signal == SIGKILL));

    const LimitedRun written =
        runLimited(shell, {QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 3")});
    CHECK(written.exited);
    CHECK(written.exitCode == 3);
    CHECK(written.standardError == QStringLiteral("err\n"));

    REQUIRE(pdftoppmAvailable());
    SigningFixture fixture;
    const QByteArray signedPdf = signedFixture(fixture);
    const QByteArray planted = drawOnPage(signedPdf, onePoint);
    const ValidationReport none = handMadeReport(signedPdf.size(), ModificationLevel::None);
    PdftoppmOptions starved;
    starved.limits.addressSpaceBytes = 4 * 1024 * 1024; // poppler cannot even load its libraries
    const RenderComparison comparison = compareRevisions(planted, none, starved);
    REQUIRE(comparison.signatures.size() == 1);
    CHECK(comparison.signatures.front().rendererFailure.startsWith(QStringLiteral("final file: renderer failed")));
    CHECK_FALSE(comparison.signatures.front().differs());
    CHECK(comparison.contradicted(none).isEmpty());
}

TEST_CASE("verify --visual: differences lower a verdict that claims no visible change to INDETERMINATE",
          "[verify][render]")
{
    ValidationReport report = handMadeReport(1000, ModificationLevel::FormFilling);
    SignatureVisualCheck check;
    check.compared = true;
    check.dpi = 144;
    check.differences = {PageDifference{1, 12, QRect(QPoint(20, 40), QPoint(29, 59)), false}};
    applyVisualChecks(report, {check});
    const SignatureReport& signature = report.signatures.front();
    CHECK(report.verdict == Verdict::Indeterminate);
    CHECK(signature.indication == Indication::Indeterminate);
    CHECK(signature.subIndication == SubIndication::SigConstraintsFailure);
    REQUIRE(hasFinding(signature, "visual-difference"));
    const auto finding = std::find_if(signature.findings.begin(), signature.findings.end(),
                                      [](const Finding& f) { return f.code == QLatin1String("visual-difference"); });
    CHECK(finding->message.contains(QLatin1String("2"))); // page 2
    CHECK(finding->message.contains(QLatin1String("(10, 20)")));
    CHECK(finding->message.contains(QLatin1String("(15, 30)")));

    // An INVALID or MODIFIED report stays as it is; so does a signature the analysis already refused.
    ValidationReport modified = handMadeReport(1000, ModificationLevel::Other);
    modified.verdict = Verdict::Modified;
    modified.signatures.front().indication = Indication::TotalFailed;
    applyVisualChecks(modified, {check});
    CHECK(modified.verdict == Verdict::Modified);
    CHECK(modified.signatures.front().indication == Indication::TotalFailed);

    // A renderer failure is said, and changes nothing.
    ValidationReport valid = handMadeReport(1000, ModificationLevel::None);
    SignatureVisualCheck failed;
    failed.rendererFailure = QStringLiteral("final file: renderer failed: killed by signal 11");
    applyVisualChecks(valid, {failed});
    CHECK(valid.verdict == Verdict::Valid);
    CHECK(valid.signatures.front().indication == Indication::TotalPassed);
    CHECK(hasFinding(valid.signatures.front(), "visual-check-failed"));
}

TEST_CASE("verify --visual draws through vanthu-cli's own renderer in a child process", "[verify][render][cli]")
{
    SigningFixture fixture;
    QTemporaryDir workspace;
    const QString root = fixture.pki().rootCertPath();
    const auto verify = [&](const QByteArray& pdf, const QString& name) {
        return runCli(workspace.path(),
                      {QStringLiteral("verify"), fixture.write(name, pdf), QStringLiteral("--visual"),
                       QStringLiteral("--offline"), QStringLiteral("--trust-anchor"), root, QStringLiteral("--json")});
    };
    SECTION("two signatures, nothing hidden: the verdict stands and each signature was compared")
    {
        auto agency = fixture.key(TestPki::Identity::AgencyRsa3072);
        auto twice = PadesSigner::sign(signedFixture(fixture), *agency, SigningFixture::request());
        REQUIRE(twice.has_value());
        const CliResult result = verify(twice->pdf(), QStringLiteral("twice.pdf"));
        INFO(result.out.toStdString() + result.err.toStdString());
        const QJsonObject json = result.json();
        const QJsonArray signatures = json.value(QStringLiteral("signatures")).toArray();
        REQUIRE(signatures.size() == 2);
        const QJsonObject first = signatures[0].toObject().value(QStringLiteral("visual")).toObject();
        CHECK(first.value(QStringLiteral("compared")).toBool());
        CHECK(first.value(QStringLiteral("rendererFailure")).toString().isEmpty());
        CHECK(first.value(QStringLiteral("differences")).toArray().isEmpty());
        CHECK(json.value(QStringLiteral("verdict")).toString() != QStringLiteral("INDETERMINATE"));
        CHECK(result.exitCode != 3);
    }
    SECTION("a new catalog and page tree behind the old form (issue 12, forgery 1) is never valid with --visual")
    {
        // Until the change analysis follows what the trailer's /Root reaches, this file is NONE to it: the drawing then
        // makes the verdict INDETERMINATE; afterwards the analysis itself says MODIFIED.
        QFile forged(QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/fuzz-regressions/render-root-replaced.pdf"));
        REQUIRE(forged.open(QIODevice::ReadOnly));
        const CliResult result = runCli(
            workspace.path(), {QStringLiteral("verify"), fixture.write(QStringLiteral("forged.pdf"), forged.readAll()),
                               QStringLiteral("--visual"), QStringLiteral("--offline"),
                               QStringLiteral("--ignore-trust"), QStringLiteral("--json")});
        INFO(result.out.toStdString() + result.err.toStdString());
        const QString verdict = result.json().value(QStringLiteral("verdict")).toString();
        CHECK((verdict == QStringLiteral("INDETERMINATE") || verdict == QStringLiteral("MODIFIED")));
        CHECK(result.exitCode != 0);
        const QJsonObject signature = result.json().value(QStringLiteral("signatures")).toArray().first().toObject();
        if (signature.value(QStringLiteral("modificationLevel")).toString() == QStringLiteral("NONE")) {
            const QJsonArray differences =
                signature.value(QStringLiteral("visual")).toObject().value(QStringLiteral("differences")).toArray();
            CHECK_FALSE(differences.isEmpty());
        }
    }
    SECTION("an annotation the analysis accepts: its drawing is explained, or the verdict is lowered")
    {
        // Until the change analysis fills changedAreas, the FreeText's own rectangle is not yet explained; either way
        // the answer must be consistent: a difference outside the area lowers the verdict and names the page.
        const CliResult result = verify(addFreeText(signedFixture(fixture)), QStringLiteral("annotated.pdf"));
        INFO(result.out.toStdString() + result.err.toStdString());
        const QJsonObject json = result.json();
        const QJsonObject signature = json.value(QStringLiteral("signatures")).toArray().first().toObject();
        const QJsonObject visual = signature.value(QStringLiteral("visual")).toObject();
        REQUIRE(visual.value(QStringLiteral("compared")).toBool());
        const QJsonArray differences = visual.value(QStringLiteral("differences")).toArray();
        if (differences.isEmpty()) {
            CHECK(json.value(QStringLiteral("verdict")).toString() == QStringLiteral("VALID_WITH_ALLOWED_CHANGES"));
        } else {
            CHECK(json.value(QStringLiteral("verdict")).toString() == QStringLiteral("INDETERMINATE"));
            CHECK(result.exitCode == 2);
            CHECK(differences.first().toObject().value(QStringLiteral("page")).toInt() == 1);
            // The FreeText is at [100 100 300 150]: y from the top of the 842 pt page is 692-742.
            const QJsonArray box = differences.first().toObject().value(QStringLiteral("box")).toArray();
            CHECK(box[0].toDouble() >= 99);
            CHECK(box[1].toDouble() >= 691);
            CHECK(box[2].toDouble() <= 301);
            CHECK(box[3].toDouble() <= 743);
        }
    }
}
