// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window, as a newcomer meets it on the demo workspace: a document signed with the demo leader's key is
// registered, opened from the register, and its signature shows green in the signatures panel; a tampered copy
// shows red. Nothing is configured by hand: the demo PKI and the workspace's trust anchors do it.
#include "app/gui/DocumentWindow.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RegisterView.h"
#include "app/gui/viewer/DocumentViewer.h"
#include "app/gui/viewer/SignaturesPanel.h"
#include "core/Workspace.h"
#include "core/registers/IncomingService.h"
#include "demo/DemoPki.h"
#include "demo/DemoWorkspace.h"
#include "signing/pades/PadesSigner.h"
#include "signing/pkcs12/Pkcs12Key.h"
#include "signing/verify/ReportText.h"
#include "tests/signing/support/SigningFixture.h"
#include "tests/support/Requests.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

using namespace vanthu;
using vanthu::test::SigningFixture;

namespace
{

/** Registers @p pdf as the newest incoming document, then opens it from the register with Enter. */
gui::DocumentWindow* openRegistered(gui::MainWindow& window, core::Workspace& workspace, const QByteArray& pdf,
                                    int number)
{
    core::IncomingRequest request = test::incomingRequest(number);
    request.attachments = {core::AttachmentInput{QStringLiteral("quyet-dinh-%1.pdf").arg(number), pdf}};
    request.duplicateOverride = {true, QStringLiteral("test")};
    REQUIRE(core::IncomingService(workspace).registerDocument(request).has_value());
    auto* incoming = window.findChild<QWidget*>(QStringLiteral("incomingRegister"));
    REQUIRE(incoming != nullptr);
    auto* table = incoming->findChild<QTableView*>(QStringLiteral("registerTable"));
    REQUIRE(table != nullptr);
    QApplication::setActiveWindow(&window); // the shortcuts belong to the main window, not to a document window
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier); // the incoming register
    QTest::keyClick(&window, Qt::Key_F5);                     // reload
    auto* view = qobject_cast<gui::RegisterView*>(incoming);
    REQUIRE(view != nullptr);
    REQUIRE(QTest::qWaitFor([view] { return !view->isLoading(); }, 20000));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0)); // newest first
    const QList<gui::DocumentWindow*> before = window.findChildren<gui::DocumentWindow*>();
    QTest::keyClick(table, Qt::Key_Return);
    const QList<gui::DocumentWindow*> after = window.findChildren<gui::DocumentWindow*>();
    REQUIRE(after.size() == before.size() + 1);
    for (gui::DocumentWindow* candidate : after) {
        if (!before.contains(candidate)) {
            REQUIRE(candidate->windowTitle().contains(QString::number(number))); // the document just registered
            return candidate;
        }
    }
    return nullptr;
}

signing::Severity severityShown(gui::DocumentWindow& document)
{
    gui::SignaturesPanel* panel = document.viewer()->signaturesPanel();
    auto* list = panel->findChild<QTreeWidget*>();
    REQUIRE(list != nullptr);
    // The file is read, then checked, off the GUI thread: wait until the panel shows the result.
    for (int waited = 0; waited < 60000 && (panel->isBusy() || list->topLevelItemCount() == 0); waited += 50) {
        QTest::qWait(50);
    }
    auto* rows = panel->findChild<QTreeWidget*>();
    REQUIRE(rows != nullptr);
    REQUIRE(rows->topLevelItemCount() == 1);
    return static_cast<signing::Severity>(rows->topLevelItem(0)->data(0, gui::SignaturesPanel::SeverityRole).toInt());
}

void screenshot(QWidget& window, const QString& name)
{
    const QString folder = qEnvironmentVariable("VANTHU_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        window.grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

} // namespace

TEST_CASE("A document signed with the demo key opens from the register as valid, a tampered copy as broken", "[gui]")
{
    QSettings().clear();
    QTemporaryDir directory;
    demo::DemoOptions options;
    options.documentCount = 12;
    options.lastDay = QDate(2026, 11, 20);
    REQUIRE(demo::generateDemoWorkspace(directory.path(), options).has_value());
    const auto pki = demo::demoPkiOf(directory.path());
    REQUIRE(pki.has_value());
    auto workspace = core::Workspace::open(directory.path());
    REQUIRE(workspace.has_value());

    test::FixedPassword password(demo::DemoPki::password());
    auto key = signing::openPkcs12Key(pki->leaderPkcs12, password);
    REQUIRE(key.has_value());
    auto signedPdf = signing::PadesSigner::sign(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), **key,
                                                SigningFixture::request());
    REQUIRE(signedPdf.has_value());

    gui::MainWindow window(**workspace);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    gui::DocumentWindow* valid = openRegistered(window, **workspace, signedPdf->pdf(), 901);
    REQUIRE(valid != nullptr);
    CHECK(severityShown(*valid) == signing::Severity::Green);
    valid->resize(1400, 900);
    QTest::qWait(300); // the pages at the new size
    screenshot(*valid, QStringLiteral("document-signed-valid"));

    QByteArray tampered = signedPdf->pdf();
    const qsizetype at = tampered.indexOf("stream") + 20; // inside page content the signature covers
    REQUIRE(at > 20);
    tampered[at] = static_cast<char>(tampered[at] ^ 0x01);
    gui::DocumentWindow* broken = openRegistered(window, **workspace, tampered, 902);
    REQUIRE(broken != nullptr);
    CHECK(severityShown(*broken) == signing::Severity::Red);
    broken->resize(1400, 900);
    QTest::qWait(300);
    screenshot(*broken, QStringLiteral("document-tampered"));
    QThreadPool::globalInstance()->waitForDone();
}
