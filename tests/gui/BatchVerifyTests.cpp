// SPDX-License-Identifier: GPL-3.0-or-later
// The batch verification dialog (issue 5): a valid, a tampered and a garbage file checked off the GUI thread, one
// row each in the verdict's colour, the progress bar counting files, and Cancel leaving the dialog usable; against
// the local OCSP responder, green online, yellow "revocation not yet checked" offline with no request, and Cancel
// stopping the file whose check waits on the network.
// Behaviour only, never timings.
#include "app/gui/viewer/BatchVerifyDialog.h"
#include "signing/pades/PadesSigner.h"
#include "signing/verify/ReportText.h"
#include "tests/signing/support/RevocableSignature.h"
#include "tests/signing/support/SigningFixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

using namespace vanthu;
using vanthu::gui::BatchVerifyDialog;
using vanthu::test::SigningFixture;
using vanthu::test::TestPki;

namespace
{

/** Waits (up to 60 s) until the dialog's run has ended and its queued results arrived. */
bool waitUntilIdle(BatchVerifyDialog& dialog)
{
    for (int waited = 0; waited < 60000; waited += 20) {
        if (!dialog.isVerifying()) {
            QTest::qWait(50); // deliver the last queued results and the finished signal
            return !dialog.isVerifying();
        }
        QTest::qWait(20);
    }
    return false;
}

signing::Severity severityOf(const QTreeWidgetItem* item)
{
    return signing::Severity(item->data(BatchVerifyDialog::VerdictColumn, Qt::UserRole).toInt());
}

} // namespace

TEST_CASE("Batch verification: valid green, tampered and garbage red, Cancel keeps the dialog usable",
          "[gui][viewer][batch]")
{
    SigningFixture fixture;
    auto key = fixture.key(TestPki::Identity::LeaderRsa2048);
    auto signedPdf = signing::PadesSigner::sign(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), *key,
                                                SigningFixture::request());
    REQUIRE(signedPdf.has_value());
    const QByteArray valid = signedPdf->pdf();
    QByteArray tampered = valid;
    const qsizetype stream = tampered.indexOf("stream");
    REQUIRE(stream > 0);
    tampered[stream + 20] = char(tampered[stream + 20] ^ 0x01);
    REQUIRE(tampered != valid);

    const QString validPath = fixture.write(QStringLiteral("valid.pdf"), valid);
    const QString tamperedPath = fixture.write(QStringLiteral("tampered.pdf"), tampered);
    const QString garbagePath = fixture.write(QStringLiteral("garbage.pdf"), QByteArray("this is not a PDF\n"));

    // Online, as the main window passes it: the fixture's certificates name no revocation service, so nobody is asked.
    signing::ValidationOptions options;
    options.trustAnchorsDer = {fixture.pki().rootDer()};

    {
        BatchVerifyDialog dialog(options);
        dialog.addFiles({validPath, tamperedPath, garbagePath});
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        REQUIRE(!dialog.resultList()->accessibleName().isEmpty());
        REQUIRE(!dialog.progressBar()->accessibleName().isEmpty());
        REQUIRE(!dialog.verifyButton()->accessibleName().isEmpty());
        REQUIRE(!dialog.cancelButton()->accessibleName().isEmpty());

        QTest::mouseClick(dialog.verifyButton(), Qt::LeftButton);
        REQUIRE(waitUntilIdle(dialog));

        QTreeWidget* rows = dialog.resultList();
        REQUIRE(rows->topLevelItemCount() == 3);
        CHECK(rows->topLevelItem(0)->text(0) == QStringLiteral("valid.pdf"));
        CHECK(severityOf(rows->topLevelItem(0)) == signing::Severity::Green);
        CHECK(rows->topLevelItem(0)->text(2) == QStringLiteral("1"));
        CHECK(severityOf(rows->topLevelItem(1)) == signing::Severity::Red);
        CHECK(rows->topLevelItem(1)->text(2) == QStringLiteral("1"));
        CHECK(severityOf(rows->topLevelItem(2)) == signing::Severity::Red);
        CHECK(!rows->topLevelItem(2)->text(3).isEmpty()); // the error's message
        CHECK(dialog.progressBar()->maximum() == 3);
        CHECK(dialog.progressBar()->value() == 3);
        CHECK(dialog.verifyButton()->isEnabled());
        CHECK(!dialog.cancelButton()->isEnabled());

        // A second run cancelled right away: it ends, with no more files checked than there are, and the dialog
        // can verify again.
        QTest::mouseClick(dialog.verifyButton(), Qt::LeftButton);
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        REQUIRE(waitUntilIdle(dialog));
        CHECK(dialog.progressBar()->value() <= 3);
        int checked = 0;
        for (int row = 0; row < rows->topLevelItemCount(); ++row) {
            if (!rows->topLevelItem(row)->data(BatchVerifyDialog::VerdictColumn, Qt::UserRole).isNull()) {
                ++checked;
            }
        }
        CHECK(checked == dialog.progressBar()->value());
        CHECK(dialog.verifyButton()->isEnabled());
        CHECK(dialog.isVisible());

        QTest::mouseClick(dialog.verifyButton(), Qt::LeftButton);
        REQUIRE(waitUntilIdle(dialog));
        CHECK(dialog.progressBar()->value() == 3);
        CHECK(severityOf(rows->topLevelItem(0)) == signing::Severity::Green);

        QThreadPool::globalInstance()->waitForDone();
    }
    QThreadPool::globalInstance()->waitForDone();
}

namespace
{

bool checkedAtAll(const QTreeWidgetItem* item)
{
    return !item->data(BatchVerifyDialog::VerdictColumn, Qt::UserRole).isNull();
}

} // namespace

TEST_CASE("Batch verification asks the responder online (green), working offline it is yellow and asks nobody",
          "[gui][viewer][batch][revocation]")
{
    test::RevocableSignature signature;
    const QString path = signature.write(QStringLiteral("signed.pdf"));
    {
        signing::ValidationOptions offline = signature.trusting();
        offline.checkRevocationOnline = false;
        BatchVerifyDialog dialog(offline, {path});
        dialog.show();
        QTest::mouseClick(dialog.verifyButton(), Qt::LeftButton);
        REQUIRE(waitUntilIdle(dialog));
        QTreeWidgetItem* row = dialog.resultList()->topLevelItem(0);
        REQUIRE(row != nullptr);
        CHECK(severityOf(row) == signing::Severity::Yellow);
        CHECK(row->text(BatchVerifyDialog::VerdictColumn)
              == signing::verdictTitle(signing::Verdict::RevocationNotChecked));
        CHECK(signature.requests().isEmpty());
    }
    {
        BatchVerifyDialog dialog(signature.trusting(), {path});
        dialog.show();
        QTest::mouseClick(dialog.verifyButton(), Qt::LeftButton);
        REQUIRE(waitUntilIdle(dialog));
        QTreeWidgetItem* row = dialog.resultList()->topLevelItem(0);
        REQUIRE(row != nullptr);
        CHECK(severityOf(row) == signing::Severity::Green);
        CHECK(row->text(BatchVerifyDialog::VerdictColumn) == signing::verdictTitle(signing::Verdict::Valid));
        CHECK_FALSE(signature.requests().isEmpty());
    }
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("Cancel stops a batch, the file whose check waits on the responder included",
          "[gui][viewer][batch][revocation]")
{
    test::RevocableSignature signature;
    // What checking one file asks, with the responder answering at once.
    REQUIRE(signing::validatePdf(signature.signedPdf(), signature.trusting()).has_value());
    const qsizetype perFile = signature.requests().size();
    REQUIRE(perFile > 0);

    signature.revocation().setBehaviour({QStringLiteral("--delay-ms"), QStringLiteral("2000")});
    const QStringList files{signature.write(QStringLiteral("a.pdf")), signature.write(QStringLiteral("b.pdf")),
                            signature.write(QStringLiteral("c.pdf"))};
    BatchVerifyDialog dialog(signature.trusting(), files);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.verifyButton(), Qt::LeftButton);
    REQUIRE(dialog.isVerifying());
    QTest::qWait(300); // the first file's check now waits on the responder
    REQUIRE(dialog.isVerifying());
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    REQUIRE(waitUntilIdle(dialog));

    QTreeWidget* rows = dialog.resultList();
    REQUIRE(rows->topLevelItemCount() == 3);
    for (int row = 0; row < 3; ++row) {
        INFO("row " << row);
        CHECK_FALSE(checkedAtAll(rows->topLevelItem(row)));
    }
    CHECK(dialog.progressBar()->value() == 0);
    // Only the first file's check reached the responder: the files after it were never started.
    CHECK(signature.requests().size() - perFile <= perFile);
    CHECK(dialog.verifyButton()->isEnabled());
    QThreadPool::globalInstance()->waitForDone();
}
