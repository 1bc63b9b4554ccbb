// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF viewer and its signatures panel on real signed files: the signature's appearance is drawn, one row per
// signature in the validator's colour, tampering and annotations show, search, zoom, hostile files. Behaviour only,
// never timings.
#include "app/gui/viewer/DocumentViewer.h"
#include "app/gui/viewer/PdfView.h"
#include "app/gui/viewer/SignaturesPanel.h"
#include "signing/pades/PadesSigner.h"
#include "signing/verify/ReportText.h"
#include "tests/signing/support/RevocableSignature.h"
#include "tests/signing/support/SigningFixture.h"
#include "tests/signing/verify/VerifyTestSupport.h"
#include "tests/support/oracles/PrintedPages.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QBuffer>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>

using namespace vanthu;
using vanthu::gui::DocumentViewer;
using vanthu::gui::PdfView;
using vanthu::gui::SignaturesPanel;
using vanthu::test::SigningFixture;
using vanthu::test::TestPki;

namespace
{

/** Where the visible signature goes on page 1, in PDF points (origin bottom left). */
const QRectF SignatureRect(320, 120, 180, 70);

/** A one-page PDF, filled dark blue with a white frame: the signature's appearance. */
QByteArray appearancePdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QSizeF(180, 70), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QPainter painter(&writer);
        painter.fillRect(QRectF(0, 0, 180, 70), QColor(20, 40, 160));
        painter.setPen(QPen(Qt::white, 3));
        painter.drawRect(QRectF(4, 4, 172, 62));
    }
    return buffer.data();
}

QByteArray signVisibly(SigningFixture& fixture)
{
    signing::SignRequest request = SigningFixture::request();
    request.visible = signing::VisibleSignature{0, SignatureRect, appearancePdf()};
    auto key = fixture.key(TestPki::Identity::LeaderRsa2048);
    auto signedPdf =
        signing::PadesSigner::sign(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), *key, request);
    REQUIRE(signedPdf.has_value());
    return signedPdf->pdf();
}

/** A viewer window trusting the fixture's test root, as the tests drive it. */
struct Viewer
{
    std::unique_ptr<DocumentViewer> widget = std::make_unique<DocumentViewer>();

    explicit Viewer(SigningFixture& fixture) : Viewer(test::trusting(fixture))
    {
    }

    explicit Viewer(const signing::ValidationOptions& options)
    {
        widget->setValidationOptions(options);
        widget->resize(1200, 900);
        widget->show();
        REQUIRE(QTest::qWaitForWindowExposed(widget.get()));
    }

    ~Viewer()
    {
        widget.reset();
        // Runs abandoned by the test finish before the next test's fixture goes away.
        QThreadPool::globalInstance()->waitForDone();
    }

    [[nodiscard]] PdfView* view() const
    {
        return widget->pdfView();
    }
    [[nodiscard]] SignaturesPanel* panel() const
    {
        return widget->signaturesPanel();
    }
    [[nodiscard]] QTreeWidget* rows() const
    {
        auto* tree = widget->findChild<QTreeWidget*>(QStringLiteral("signatureList"));
        REQUIRE(tree != nullptr);
        return tree;
    }

    /** Opens @p path and waits until page 1 is drawn at the current zoom and the signatures are checked. */
    void open(const QString& path)
    {
        QSignalSpy checked(panel(), &SignaturesPanel::validationFinished);
        widget->openFile(path);
        REQUIRE(QTest::qWaitFor([&] { return checked.count() > 0; }, 60000));
        waitForPage(0);
    }

    void waitForPage(int page) const
    {
        REQUIRE(QTest::qWaitFor([&] { return view()->isDrawn(page); }, 30000));
    }

    [[nodiscard]] signing::Severity severity(int row) const
    {
        return static_cast<signing::Severity>(
            rows()->topLevelItem(row)->data(0, SignaturesPanel::SeverityRole).toInt());
    }
};

/** Share of pixels of @p image inside @p rect (PDF points, origin bottom left, on a page @p pageSize) not white. */
double shareNotWhite(const QImage& image, const QSizeF& pageSize, const QRectF& rect)
{
    const double sx = image.width() / pageSize.width();
    const double sy = image.height() / pageSize.height();
    const QRect pixels(qRound(rect.left() * sx) + 2, qRound((pageSize.height() - rect.bottom()) * sy) + 2,
                       qRound(rect.width() * sx) - 4, qRound(rect.height() * sy) - 4);
    int hits = 0;
    int total = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            ++total;
            const QColor colour = image.pixelColor(x, y);
            hits += colour.red() < 200 || colour.green() < 200 || colour.blue() < 200 ? 1 : 0;
        }
    }
    return total == 0 ? 0.0 : double(hits) / total;
}

QStringList findingCodes(const QTreeWidgetItem* item)
{
    QStringList codes;
    const QString code = item->data(0, SignaturesPanel::FindingCodeRole).toString();
    if (!code.isEmpty()) {
        codes.append(code);
    }
    for (int child = 0; child < item->childCount(); ++child) {
        codes += findingCodes(item->child(child));
    }
    return codes;
}

} // namespace

TEST_CASE("A signed PDF shows its signature appearance and one green row", "[gui][viewer]")
{
    SigningFixture fixture;
    const QString path = fixture.write(QStringLiteral("signed.pdf"), signVisibly(fixture));
    Viewer viewer(fixture);
    viewer.open(path);

    REQUIRE(viewer.rows()->topLevelItemCount() == 1);
    CHECK(viewer.severity(0) == signing::Severity::Green);
    CHECK(viewer.rows()->topLevelItem(0)->text(0).startsWith(viewer.panel()->report()->signatures.front().signer));
    auto* banner = viewer.widget->findChild<QLabel*>(QStringLiteral("verdictBanner"));
    REQUIRE(banner != nullptr);
    CHECK(banner->isVisible());
    CHECK(banner->accessibleName() == signing::verdictTitle(signing::Verdict::Valid));
    CHECK_FALSE(viewer.rows()->topLevelItem(0)->data(0, Qt::AccessibleTextRole).toString().isEmpty());

    const QImage page = viewer.view()->pageImage(0);
    REQUIRE_FALSE(page.isNull());
    const QSizeF size = viewer.view()->document()->pageSize(0);
    // poppler draws the widget's appearance stream: the blue box is there, and the page around it stays white.
    CHECK(shareNotWhite(page, size, SignatureRect) > 0.7);
    CHECK(shareNotWhite(page, size, QRectF(SignatureRect.left(), 20, SignatureRect.width(), 60)) < 0.05);

    const QString screenshots = qEnvironmentVariable("VANTHU_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        viewer.widget->grab().save(screenshots + QStringLiteral("/document-viewer.png"));
    }

    // One thumbnail per page.
    auto* thumbnails = viewer.widget->findChild<QListView*>(QStringLiteral("thumbnails"));
    REQUIRE(thumbnails != nullptr);
    CHECK(thumbnails->model()->rowCount() == viewer.view()->document()->pageCount());
}

TEST_CASE("Choosing the signature's row outlines its box on the page", "[gui][viewer]")
{
    SigningFixture fixture;
    const QString path = fixture.write(QStringLiteral("signed.pdf"), signVisibly(fixture));
    Viewer viewer(fixture);
    viewer.open(path);
    viewer.view()->setZoom(3.0);
    viewer.view()->goToPage(0);
    const int top = viewer.view()->verticalScrollBar()->value();
    // The box sits low on page 1: at 300 % it is out of view until the row is chosen.
    REQUIRE(QTest::qWaitFor(
        [&] {
            QTest::mouseClick(viewer.rows()->viewport(), Qt::LeftButton, {},
                              viewer.rows()->visualItemRect(viewer.rows()->topLevelItem(0)).center());
            return viewer.view()->verticalScrollBar()->value() > top;
        },
        10000));
}

TEST_CASE("A byte changed inside the signed range turns the row red", "[gui][viewer]")
{
    SigningFixture fixture;
    QByteArray tampered = signVisibly(fixture);
    // A byte of the binary comment after the header: every PDF reader still opens the file, the digest no longer fits.
    REQUIRE(tampered.at(11) != 'x');
    tampered[11] = 'x';
    Viewer viewer(fixture);
    viewer.open(fixture.write(QStringLiteral("tampered.pdf"), tampered));
    REQUIRE(viewer.rows()->topLevelItemCount() == 1);
    CHECK(viewer.severity(0) == signing::Severity::Red);
    CHECK(viewer.panel()->report()->signatures.front().indication == signing::Indication::TotalFailed);
}

TEST_CASE("An annotation added after signing turns the row yellow and says so", "[gui][viewer]")
{
    SigningFixture fixture;
    Viewer viewer(fixture);
    viewer.open(fixture.write(QStringLiteral("annotated.pdf"), test::addFreeText(signVisibly(fixture))));
    REQUIRE(viewer.rows()->topLevelItemCount() == 1);
    CHECK(viewer.severity(0) == signing::Severity::Yellow);
    CHECK(findingCodes(viewer.rows()->topLevelItem(0)).contains(QStringLiteral("annotation-added")));
}

TEST_CASE("Search finds Vietnamese words on page 1 and zoom redraws the page larger", "[gui][viewer]")
{
    SigningFixture fixture;
    Viewer viewer(fixture);
    viewer.open(QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/lo-classic.pdf"));
    CHECK(viewer.rows()->topLevelItemCount() == 0);

    QSignalSpy found(viewer.view(), &PdfView::searchFinished);
    // The answer may come before find() returns (a continuation of a finished future runs at once).
    viewer.view()->find(QStringLiteral("chủ tịch"));
    REQUIRE(QTest::qWaitFor([&] { return found.count() > 0; }, 30000));
    CHECK(found.takeFirst().at(0).toInt() >= 1);
    CHECK(viewer.view()->currentHit() == 0);
    // Typed without diacritics, "d" for "đ", as people type in a hurry: the same words are found.
    for (const QString& typed :
         {QStringLiteral("chu tich"), QStringLiteral("doc lap"), QStringLiteral("QUYET  DINH")}) {
        viewer.view()->find(typed);
        REQUIRE(QTest::qWaitFor([&] { return found.count() > 0; }, 30000));
        INFO(typed.toStdString());
        CHECK(found.takeFirst().at(0).toInt() >= 1);
    }
    // The hit is where the words are: "Độc lập" stands in the top half of page 1, inside the page.
    const QList<QRectF> hits = viewer.view()->document()->search(0, QStringLiteral("doc lap - tu do"));
    REQUIRE(hits.size() == 1);
    const QSizeF page = viewer.view()->document()->pageSize(0);
    CHECK(hits.front().top() > 0);
    CHECK(hits.front().bottom() < page.height() / 2);
    CHECK(hits.front().width() > hits.front().height()); // several words wide, one line high
    viewer.view()->find(QStringLiteral("no such words here"));
    REQUIRE(QTest::qWaitFor([&] { return found.count() > 0; }, 30000));
    CHECK(found.takeFirst().at(0).toInt() == 0);

    const int before = viewer.view()->pageImage(0).width();
    viewer.widget->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(viewer.widget.get()));
    viewer.view()->setFocus();
    const double zoom = viewer.view()->zoom();
    QTest::keyClick(viewer.view(), Qt::Key_Plus, Qt::ControlModifier);
    CHECK(viewer.view()->zoom() > zoom);
    viewer.waitForPage(0);
    CHECK(viewer.view()->pageImage(0).width() > before);
    QTest::keyClick(viewer.view(), Qt::Key_0, Qt::ControlModifier);
    CHECK(viewer.view()->fitsWidth());
    CHECK(viewer.view()->zoom() == Approx(zoom));
}

TEST_CASE("A file that is not a PDF gives a message, and Cancel drops a check still running", "[gui][viewer]")
{
    SigningFixture fixture;
    Viewer viewer(fixture);
    QSignalSpy failed(viewer.widget.get(), &DocumentViewer::openFailed);
    viewer.widget->openFile(fixture.write(QStringLiteral("garbage.pdf"), QByteArray(4096, '\x17')));
    REQUIRE(QTest::qWaitFor([&] { return failed.count() == 1; }, 30000));
    auto* message = viewer.widget->findChild<QLabel*>(QStringLiteral("viewerMessage"));
    REQUIRE(message != nullptr);
    CHECK(message->isVisible());
    CHECK(viewer.view()->document() == nullptr);

    viewer.widget->openFile(fixture.path(QStringLiteral("missing.pdf")));
    REQUIRE(QTest::qWaitFor([&] { return failed.count() == 2; }, 30000));
    CHECK_FALSE(viewer.panel()->isBusy());

    viewer.panel()->validate(signVisibly(fixture));
    CHECK(viewer.panel()->isBusy());
    viewer.panel()->cancel();
    CHECK_FALSE(viewer.panel()->isBusy());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    CHECK_FALSE(viewer.panel()->report().has_value());
    CHECK(viewer.rows()->topLevelItemCount() == 0);
}

TEST_CASE("Print sends every page of the document shown to the printer, each drawn with its ink", "[gui][viewer]")
{
    SigningFixture fixture;
    Viewer viewer(fixture);
    QPrinter nothingShown(QPrinter::HighResolution);
    CHECK(viewer.widget->print(nothingShown).error().code == ErrorCode::NotFound);

    viewer.open(QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/lo-2pages.pdf"));
    const QString printed = fixture.path(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(
        QPrinter::PdfFormat); // a printer that writes a file, so a tool we did not write can read it
    printer.setOutputFileName(printed);
    REQUIRE(viewer.widget->print(printer).has_value());
    CHECK(test::pdfinfo(printed).pages == 2);
    // Page 2 printed is page 2 drawn: poppler's pdftoppm finds ink on it.
    CHECK(test::inkShare(printed, 2) > 0.001);
}

namespace
{

/** The colour the verdict banner of @p viewer shows. */
signing::Severity bannerSeverity(const Viewer& viewer)
{
    auto* banner = viewer.widget->findChild<QLabel*>(QStringLiteral("verdictBanner"));
    REQUIRE(banner != nullptr);
    REQUIRE(banner->isVisible());
    return static_cast<signing::Severity>(banner->property("severity").toInt());
}

QString bannerTitle(const Viewer& viewer)
{
    auto* banner = viewer.widget->findChild<QLabel*>(QStringLiteral("verdictBanner"));
    REQUIRE(banner != nullptr);
    return banner->accessibleName();
}

/** Every line under the first signature row. */
QStringList signatureLines(const Viewer& viewer)
{
    QStringList lines;
    const QTreeWidgetItem* row = viewer.rows()->topLevelItem(0);
    REQUIRE(row != nullptr);
    for (int child = 0; child < row->childCount(); ++child) {
        lines.append(row->child(child)->text(0));
    }
    return lines;
}

/** The report of an intact signature whose revocation the offline pass did not ask about. */
signing::ValidationReport offlineReport()
{
    signing::SignatureReport signature;
    signature.field = QStringLiteral("Signature1");
    signature.indication = signing::Indication::TotalPassed;
    signature.integrity = true;
    signature.coversWholeDocument = true;
    signature.padesLevel = signing::PadesLevel::BB;
    signature.signer = QStringLiteral("Nguyễn Văn An");
    signature.revocation = signing::RevocationCheck::NotYetChecked;
    signing::ValidationReport report;
    report.verdict = signing::Verdict::RevocationNotChecked;
    report.signatures = {signature};
    report.online = false;
    return report;
}

} // namespace

TEST_CASE("Revocation not yet checked is yellow in the banner and in the signature's row, never green",
          "[gui][viewer][revocation]")
{
    SigningFixture fixture;
    Viewer viewer(fixture);
    signing::ValidationReport report = offlineReport();
    viewer.panel()->showReport(report);
    CHECK(bannerSeverity(viewer) == signing::Severity::Yellow);
    CHECK(bannerTitle(viewer) == signing::verdictTitle(signing::Verdict::RevocationNotChecked));
    REQUIRE(viewer.rows()->topLevelItemCount() == 1);
    CHECK(viewer.severity(0) == signing::Severity::Yellow);
    const QString notYet = signing::revocationText(signing::RevocationCheck::NotYetChecked);
    CHECK(signatureLines(viewer).filter(notYet).size() == 1);

    // Whatever the verdict says, a signature whose revocation was not asked is not shown green.
    report.verdict = signing::Verdict::Valid;
    viewer.panel()->showReport(report);
    CHECK(viewer.severity(0) == signing::Severity::Yellow);
    CHECK(bannerSeverity(viewer) == signing::Severity::Yellow);

    // Checked: green, and the line says so.
    report.signatures.front().revocation = signing::RevocationCheck::Checked;
    report.online = true;
    viewer.panel()->showReport(report);
    CHECK(viewer.severity(0) == signing::Severity::Green);
    CHECK(bannerSeverity(viewer) == signing::Severity::Green);
    CHECK(signatureLines(viewer).filter(signing::revocationText(signing::RevocationCheck::Checked)).size() == 1);
}

TEST_CASE("The window shows the offline pass in yellow, checks revocation online by itself and turns green",
          "[gui][viewer][revocation]")
{
    test::RevocableSignature signature;
    const QString path = signature.write(QStringLiteral("signed.pdf"));
    Viewer viewer(signature.trusting());
    QSignalSpy checked(viewer.panel(), &SignaturesPanel::validationFinished);
    viewer.widget->openFile(path);
    REQUIRE(QTest::qWaitFor([&] { return checked.count() >= 1; }, 60000));

    // The first answer is the offline one: yellow, "not yet checked", and the online check is already going.
    REQUIRE(viewer.panel()->report().has_value());
    CHECK_FALSE(viewer.panel()->report()->online);
    CHECK(viewer.panel()->report()->verdict == signing::Verdict::RevocationNotChecked);
    CHECK(bannerSeverity(viewer) == signing::Severity::Yellow);
    CHECK(viewer.severity(0) == signing::Severity::Yellow);
    CHECK(viewer.panel()->isCheckingOnline());

    REQUIRE(QTest::qWaitFor([&] { return checked.count() >= 2; }, 60000));
    REQUIRE(viewer.panel()->report().has_value());
    CHECK(viewer.panel()->report()->online);
    CHECK(viewer.panel()->report()->verdict == signing::Verdict::Valid);
    CHECK(viewer.panel()->report()->signatures.front().revocation == signing::RevocationCheck::Checked);
    CHECK(bannerSeverity(viewer) == signing::Severity::Green);
    CHECK(viewer.severity(0) == signing::Severity::Green);
    CHECK_FALSE(viewer.panel()->isBusy());
    CHECK_FALSE(signature.requests().isEmpty());

    const QString screenshots = qEnvironmentVariable("VANTHU_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        viewer.widget->grab().save(screenshots + QStringLiteral("/revocation-checked-online.png"));
    }
}

TEST_CASE("A workspace that works offline stays yellow and asks nobody until the person asks",
          "[gui][viewer][revocation]")
{
    test::RevocableSignature signature;
    const QString path = signature.write(QStringLiteral("signed.pdf"));
    signing::ValidationOptions options = signature.trusting();
    options.checkRevocationOnline = false; // VerificationSettings::workOffline, as verificationOptions() sets it
    Viewer viewer(options);
    viewer.open(path);

    CHECK_FALSE(viewer.panel()->isBusy());
    CHECK_FALSE(viewer.panel()->report()->online);
    CHECK(bannerSeverity(viewer) == signing::Severity::Yellow);
    CHECK(bannerTitle(viewer) == signing::verdictTitle(signing::Verdict::RevocationNotChecked));
    CHECK(viewer.severity(0) == signing::Severity::Yellow);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    CHECK_FALSE(viewer.panel()->isBusy());
    CHECK(signature.requests().isEmpty());

    const QString screenshots = qEnvironmentVariable("VANTHU_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        viewer.widget->grab().save(screenshots + QStringLiteral("/revocation-not-yet-checked.png"));
    }

    // "Check revocation online" is the explicit re-check: it asks, and the online answer replaces the offline one.
    QSignalSpy checked(viewer.panel(), &SignaturesPanel::validationFinished);
    auto* online = viewer.widget->findChild<QPushButton*>(QStringLiteral("checkRevocationOnline"));
    REQUIRE(online != nullptr);
    REQUIRE(online->isEnabled());
    QTest::mouseClick(online, Qt::LeftButton);
    CHECK(viewer.panel()->isCheckingOnline());
    CHECK(bannerSeverity(viewer) == signing::Severity::Yellow); // the offline answer stays until the online one
    REQUIRE(QTest::qWaitFor([&] { return checked.count() >= 1; }, 60000));
    CHECK(viewer.panel()->report()->online);
    CHECK(bannerSeverity(viewer) == signing::Severity::Green);
    CHECK_FALSE(signature.requests().isEmpty());
}

TEST_CASE("Cancel stops the online check while the window keeps answering, and the offline answer stays",
          "[gui][viewer][revocation]")
{
    test::RevocableSignature signature({QStringLiteral("--delay-ms"), QStringLiteral("3000")});
    const QString path = signature.write(QStringLiteral("signed.pdf"));
    Viewer viewer(signature.trusting());
    QSignalSpy checked(viewer.panel(), &SignaturesPanel::validationFinished);
    viewer.widget->openFile(path);
    REQUIRE(QTest::qWaitFor([&] { return checked.count() >= 1; }, 60000));
    REQUIRE(viewer.panel()->isCheckingOnline());

    // The responder keeps the check waiting; the GUI thread goes on meanwhile (the wait is on a worker).
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(50);
    QTest::qWait(600);
    CHECK(ticks >= 5);
    CHECK(viewer.panel()->isCheckingOnline());

    auto* cancel = viewer.widget->findChild<QPushButton*>(QStringLiteral("cancelValidation"));
    REQUIRE(cancel != nullptr);
    REQUIRE(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK_FALSE(viewer.panel()->isBusy());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    // The online answer never replaces the offline one after Cancel.
    REQUIRE(viewer.panel()->report().has_value());
    CHECK_FALSE(viewer.panel()->report()->online);
    CHECK(bannerSeverity(viewer) == signing::Severity::Yellow);
    CHECK(checked.count() == 1);
}
