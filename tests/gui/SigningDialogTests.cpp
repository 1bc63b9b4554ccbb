// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in the window, driven through the real dialogs: the PIN dialog answered like a person would, the signed
// files judged by our validator and by poppler's pdfsig, click-to-move, a wrong PIN, a batch with a broken file, a
// SoftHSM2 token in the certificate picker, and the signing settings.
#include "app/gui/signing/BatchSignDialog.h"
#include "app/gui/signing/CertificatePicker.h"
#include "app/gui/signing/PagePreview.h"
#include "app/gui/signing/PinDialog.h"
#include "app/gui/signing/SignDialog.h"
#include "app/gui/signing/SigningSettings.h"
#include "app/gui/signing/SigningSettingsDialog.h"
#include "app/gui/viewer/VerificationSettings.h"
#include "signing/pades/FormFields.h"
#include "signing/verify/Validation.h"
#include "tests/signing/pkcs11/SoftHsmToken.h"
#include "tests/signing/support/SigningFixture.h"
#include "tests/support/oracles/SignatureOracles.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineF>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

#include <functional>

using namespace vanthu;
using vanthu::test::SigningFixture;
using vanthu::test::TestPki;

namespace
{

constexpr int signingTimeoutMs = 120000; // a generous bound, not a timing assertion

/** Answers every PIN dialog that comes up, as a person would: types @p pin and presses OK (or presses Cancel). */
class PinTyper final : public QObject
{
public:
    explicit PinTyper(QString pin, bool cancel = false) : m_pin(std::move(pin)), m_cancel(cancel)
    {
        connect(&m_timer, &QTimer::timeout, this, &PinTyper::poll);
        m_timer.start(20);
    }

    int answered = 0;
    std::function<void()> beforeAnswer;
    QStringList subjects;
    QStringList retryMessages;

private:
    void poll()
    {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<gui::PinDialog*>(widget);
            if (dialog == nullptr || !dialog->isVisible()) {
                continue;
            }
            ++answered;
            subjects << dialog->findChild<QLabel*>(QStringLiteral("pinSubject"))->text();
            if (auto* retry = dialog->findChild<QLabel*>(QStringLiteral("pinRetryMessage"))) {
                retryMessages << retry->text();
            }
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            if (beforeAnswer) {
                beforeAnswer();
            }
            if (m_cancel) {
                QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
                return;
            }
            auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("pinEdit"));
            CHECK(edit->echoMode() == QLineEdit::Password);
            QTest::keyClicks(edit, m_pin);
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            return;
        }
    }

    QString m_pin;
    bool m_cancel;
    QTimer m_timer;
};

/** A clean slate: test-mode paths, empty settings, the demo signature and seal stored, a folder with documents. */
struct GuiSigning
{
    QTemporaryDir folder;
    SigningFixture fixture;

    GuiSigning()
    {
        // Settings and stored images of this process only: CTest runs test cases in parallel processes.
        QCoreApplication::setApplicationName(
            QStringLiteral("VanThuSigningTests-%1").arg(QCoreApplication::applicationPid()));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QDir(gui::SigningSettings::imageFolder()).removeRecursively();
        gui::SigningSettingsDialog settings;
        QTest::mouseClick(settings.findChild<QPushButton*>(QStringLiteral("signatureDemoButton")), Qt::LeftButton);
        QTest::mouseClick(settings.findChild<QPushButton*>(QStringLiteral("sealDemoButton")), Qt::LeftButton);
        settings.accept();
        REQUIRE(settings.result() == QDialog::Accepted);
    }

    ~GuiSigning()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QFile::remove(QSettings().fileName());
    }
    GuiSigning(const GuiSigning&) = delete;
    GuiSigning& operator=(const GuiSigning&) = delete;

    QString document(const QString& name, const QString& fixtureName = QStringLiteral("lo-classic.pdf"))
    {
        const QString path = folder.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(SigningFixture::fixturePdf(fixtureName));
        return path;
    }

    void choosePkcs12(TestPki::Identity identity = TestPki::Identity::LeaderRsa2048)
    {
        gui::CertificateChoice choice;
        choice.source = gui::CertificateChoice::Source::Pkcs12File;
        choice.pkcs12Path = fixture.pki().identity(identity).p12;
        choice.save();
    }

    signing::SignatureReport validated(const QString& path)
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        signing::ValidationOptions options;
        options.trustAnchorsDer = {fixture.pki().rootDer()};
        options.checkRevocationOnline = false;
        auto report = signing::validatePdf(file.readAll(), options);
        REQUIRE(report.has_value());
        REQUIRE(report->signatures.size() == 1);
        return report->signatures.front();
    }

    QStringList pdfsigProblems(const QString& path)
    {
        // The leader's signature comes with the agency's empty field prepared for issuing, which pdfsig lists as
        // "not signed": every signed field must be valid, and there must be one.
        const test::PdfsigReport report = test::runPdfsig(path, {fixture.pki().rootCertPath()});
        int valid = 0;
        QStringList problems;
        for (const test::PdfsigSignature& signature : report.signatures) {
            if (signature.signatureValidation == QLatin1String("Signature is Valid.")) {
                ++valid;
            } else if (signature.fieldName != QLatin1String("CoQuan") || !signature.signatureValidation.isEmpty()) {
                problems << signature.fieldName + QStringLiteral(": ") + signature.signatureValidation;
            }
        }
        if (valid != 1) {
            problems << report.output;
        }
        return problems;
    }
};

QRectF fieldRect(const QString& path, const QString& name)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto fields = signing::formFields(file.readAll());
    REQUIRE(fields.has_value());
    for (const signing::FormFieldInfo& field : *fields) {
        if (field.name == name) {
            return field.rect;
        }
    }
    FAIL("no field " << name.toStdString());
    return {};
}

/** Chooses invisible signatures in @p dialog, shows it and presses "Sign all". */
void startInvisibleBatch(gui::BatchSignDialog& dialog)
{
    auto* appearance = dialog.findChild<QComboBox*>(QStringLiteral("appearanceCombo"));
    appearance->setCurrentIndex(appearance->findData(int(signing::AppearanceKind::None)));
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signButton")), Qt::LeftButton);
}

/** The sign dialog on a fresh copy of a fixture PDF, signing with the test leader's PKCS#12 file. */
std::unique_ptr<gui::SignDialog> openSignDialog(GuiSigning& env, const QString& name)
{
    env.choosePkcs12();
    auto dialog = std::make_unique<gui::SignDialog>(env.document(name));
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    return dialog;
}

/** Saves a picture of @p widget into $VANTHU_SCREENSHOT_DIR when it is set (for the documentation). */
void screenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("VANTHU_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        widget.grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

bool signAndWait(gui::SignDialog& dialog)
{
    QSignalSpy finished(&dialog, &gui::SignDialog::signingFinished);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signButton")), Qt::LeftButton);
    REQUIRE(finished.wait(signingTimeoutMs));
    return finished.first().first().toBool();
}

} // namespace

TEST_CASE("The sign dialog signs with a PKCS#12 key whose password is typed in the PIN dialog", "[gui][signing]")
{
    GuiSigning env;
    const auto opened = openSignDialog(env, QStringLiteral("to-trinh.pdf"));
    gui::SignDialog& dialog = *opened;

    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("outputEdit"))->text()
          == env.folder.filePath(QStringLiteral("to-trinh-ky.pdf")));
    // The default place is Nghị định 30's: under the signer's title found in the text layer.
    const auto placement = dialog.placement();
    REQUIRE(placement.has_value());
    CHECK(placement->rect.width() > 100);

    screenshot(dialog, QStringLiteral("sign-dialog"));
    PinTyper typer(QStringLiteral("1234"));
    REQUIRE(signAndWait(dialog));
    CHECK(typer.answered == 1);
    CHECK(typer.subjects.first().contains(QStringLiteral("leader-rsa2048.p12")));
    CHECK(dialog.signedPath() == env.folder.filePath(QStringLiteral("to-trinh-ky.pdf")));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("to-trinh-ky.pdf")));

    const signing::SignatureReport report = env.validated(dialog.signedPath());
    CHECK(report.indication == signing::Indication::TotalPassed);
    CHECK(report.signer == QStringLiteral("Nguyễn Văn An"));
    CHECK(env.pdfsigProblems(dialog.signedPath()).isEmpty());
    const QRectF written = fieldRect(dialog.signedPath(), QStringLiteral("LanhDao"));
    CHECK(std::abs(written.center().x() - placement->rect.center().x()) < 1.0);
    CHECK(std::abs(written.center().y() - placement->rect.center().y()) < 1.0);
}

TEST_CASE("A click on the page moves the signature there", "[gui][signing]")
{
    GuiSigning env;
    const auto opened = openSignDialog(env, QStringLiteral("cong-van.pdf"));
    gui::SignDialog& dialog = *opened;
    const auto before = dialog.placement();
    REQUIRE(before.has_value());

    gui::PagePreview* preview = dialog.preview();
    const QPoint click(preview->width() / 4, preview->height() / 3);
    const QPointF target = preview->toPdf(click);
    QTest::mouseClick(preview, Qt::LeftButton, {}, click);
    const auto moved = dialog.placement();
    REQUIRE(moved.has_value());
    CHECK(std::abs(moved->rect.center().x() - target.x()) < 0.5);
    CHECK(std::abs(moved->rect.center().y() - target.y()) < 0.5);
    CHECK(QLineF(moved->rect.center(), before->rect.center()).length() > 50);

    PinTyper typer(QStringLiteral("1234"));
    REQUIRE(signAndWait(dialog));
    const QRectF written = fieldRect(dialog.signedPath(), QStringLiteral("LanhDao"));
    INFO("written " << written.x() << "," << written.y() << " target " << target.x() << "," << target.y());
    CHECK(std::abs(written.center().x() - target.x()) < 3.0);
    CHECK(std::abs(written.center().y() - target.y()) < 3.0);
    CHECK(std::abs(written.width() - before->rect.width()) < 1.0);
    CHECK(env.validated(dialog.signedPath()).indication == signing::Indication::TotalPassed);
    CHECK(env.pdfsigProblems(dialog.signedPath()).isEmpty());

    // The arrow keys move it too (5 points a press), for those who do not use a mouse.
    const QPointF clicked = dialog.placement()->rect.center();
    QTest::keyClick(preview, Qt::Key_Right);
    QTest::keyClick(preview, Qt::Key_Up);
    CHECK(dialog.placement()->rect.center() == clicked + QPointF(5, 5));

    // Back to Nghị định 30's place.
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("resetPlaceButton")), Qt::LeftButton);
    CHECK(dialog.placement()->rect == before->rect);
}

TEST_CASE("A wrong password shows the error and writes no file", "[gui][signing]")
{
    GuiSigning env;
    const auto opened = openSignDialog(env, QStringLiteral("quyet-dinh.pdf"));
    gui::SignDialog& dialog = *opened;

    PinTyper typer(QStringLiteral("4321"));
    CHECK_FALSE(signAndWait(dialog));
    CHECK(typer.answered == 3); // the key allows three tries, saying so after each wrong one
    CHECK(typer.retryMessages.size() == 2);
    CHECK(dialog.signedPath().isEmpty());
    CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
    CHECK(QDir(env.folder.path()).entryList(QDir::Files) == QStringList{QStringLiteral("quyet-dinh.pdf")});
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("signButton"))->isEnabled()); // the person may try again
}

TEST_CASE("Cancelling the PIN dialog signs nothing and shows no error", "[gui][signing]")
{
    GuiSigning env;
    const auto opened = openSignDialog(env, QStringLiteral("quyet-dinh.pdf"));
    gui::SignDialog& dialog = *opened;
    PinTyper typer(QString(), true);
    CHECK_FALSE(signAndWait(dialog));
    CHECK(typer.answered == 1);
    CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
    CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().isEmpty());
    CHECK(QDir(env.folder.path()).entryList(QDir::Files).size() == 1);
}

TEST_CASE("A batch signs every readable file with one PIN and reports the broken one", "[gui][signing]")
{
    GuiSigning env;
    env.choosePkcs12();
    const QStringList files{env.document(QStringLiteral("a.pdf")),
                            env.document(QStringLiteral("b.pdf"), QStringLiteral("lo-2pages.pdf")),
                            env.folder.filePath(QStringLiteral("broken.pdf"))};
    {
        QFile broken(files[2]);
        REQUIRE(broken.open(QIODevice::WriteOnly));
        broken.write("%PDF-1.7\nthis is not a PDF\n");
    }
    const QString out = env.folder.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));

    gui::BatchSignDialog dialog(files.mid(0, 1));
    dialog.setOutputFolder(out);
    // The other two are dropped on the dialog; a file that is not a PDF is not taken.
    QMimeData dropped;
    dropped.setUrls({QUrl::fromLocalFile(files[1]), QUrl::fromLocalFile(files[2]),
                     QUrl::fromLocalFile(env.folder.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &drop);
    REQUIRE(dialog.findChild<QListWidget*>(QStringLiteral("fileList"))->count() == 3);
    PinTyper typer(QStringLiteral("1234"));
    QSignalSpy finished(&dialog, &gui::BatchSignDialog::batchFinished);
    startInvisibleBatch(dialog);
    REQUIRE(finished.wait(signingTimeoutMs));
    CHECK(typer.answered == 1); // one PIN for all
    CHECK(finished.first().at(0).toInt() == 2);
    CHECK(finished.first().at(1).toInt() == 1);

    auto* rows = dialog.findChild<QTreeWidget*>(QStringLiteral("resultList"));
    REQUIRE(rows->topLevelItemCount() == 3);
    CHECK(rows->topLevelItem(0)->data(1, Qt::UserRole).toString() == QStringLiteral("signed"));
    CHECK(rows->topLevelItem(1)->data(1, Qt::UserRole).toString() == QStringLiteral("signed"));
    CHECK(rows->topLevelItem(2)->data(1, Qt::UserRole).toString() == QStringLiteral("error"));
    CHECK(rows->topLevelItem(2)->text(1).size() > 10);
    CHECK(dialog.findChild<QProgressBar*>(QStringLiteral("progressBar"))->value() == 3);

    CHECK(QDir(out).entryList(QDir::Files) == QStringList({QStringLiteral("a-ky.pdf"), QStringLiteral("b-ky.pdf")}));
    for (const QString& name : {QStringLiteral("a-ky.pdf"), QStringLiteral("b-ky.pdf")}) {
        INFO(name.toStdString());
        CHECK(env.validated(QDir(out).filePath(name)).indication == signing::Indication::TotalPassed);
        CHECK(env.pdfsigProblems(QDir(out).filePath(name)).isEmpty());
    }
    CHECK(dialog.signedFiles().size() == 2);
}

TEST_CASE("Cancel during a batch stops it before the next file and keeps the dialog open", "[gui][signing]")
{
    GuiSigning env;
    env.choosePkcs12();
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        files << env.document(QStringLiteral("d%1.pdf").arg(i));
    }
    gui::BatchSignDialog dialog(files);
    // Cancel is pressed while the worker waits for the PIN: deterministic, whatever the speed of the machine.
    PinTyper typer(QStringLiteral("1234"));
    typer.beforeAnswer = [&dialog] {
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
    };
    QSignalSpy finished(&dialog, &gui::BatchSignDialog::batchFinished);
    startInvisibleBatch(dialog);
    REQUIRE(finished.wait(signingTimeoutMs));
    CHECK(finished.first().at(0).toInt() == 0);
    CHECK(finished.first().at(1).toInt() == 0);
    CHECK(dialog.isVisible()); // Cancel while signing stops the batch, it does not close the dialog
    CHECK(QDir(env.folder.path()).entryList(QDir::Files).size() == 3);
    auto* rows = dialog.findChild<QTreeWidget*>(QStringLiteral("resultList"));
    REQUIRE(rows->topLevelItemCount() == 3);
    CHECK(rows->topLevelItem(0)->data(1, Qt::UserRole).isNull());
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("signButton"))->isEnabled());
}

TEST_CASE("The certificate picker lists a SoftHSM2 token's certificates and signs with the token", "[gui][signing]")
{
    GuiSigning env;
    const TestPki::Files& leader = env.fixture.pki().identity(TestPki::Identity::LeaderRsa2048);
    const TestPki::Files& expired = env.fixture.pki().identity(TestPki::Identity::Expired);
    auto readAll = [](const QString& path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    test::SoftHsmToken token;
    token.addKey(QStringLiteral("01"), QStringLiteral("leader"),
                 test::TestKeyMaterial{readAll(leader.keyPem), readAll(leader.certPem)});
    token.addKey(QStringLiteral("02"), QStringLiteral("old"),
                 test::TestKeyMaterial{readAll(expired.keyPem), readAll(expired.certPem)});
    // The issuing CA on the token too, as CAs deliver tokens: part of the chain, not offered for signing.
    token.addCertificate(QStringLiteral("a0"), QStringLiteral("issuing-ca"),
                         readAll(env.fixture.pki().intermediateCertPath()));

    gui::CertificatePicker picker(nullptr, gui::CertificateChoice{});
    picker.show();
    picker.findChild<QComboBox*>(QStringLiteral("sourceCombo"))->setCurrentIndex(1);
    picker.findChild<QComboBox*>(QStringLiteral("moduleCombo"))->setCurrentText(test::SoftHsmToken::modulePath());
    QTest::mouseClick(picker.findChild<QPushButton*>(QStringLiteral("refreshButton")), Qt::LeftButton);
    // The token is read off the GUI thread: the window keeps answering meanwhile.
    REQUIRE(QTest::qWaitFor([&picker] { return !picker.isListingTokens(); }, 30000));
    auto* list = picker.findChild<QTreeWidget*>(QStringLiteral("certificateList"));
    REQUIRE(list->topLevelItemCount() == 2);
    QTreeWidgetItem* usable = nullptr;
    QTreeWidgetItem* old = nullptr;
    for (int row = 0; row < 2; ++row) {
        QTreeWidgetItem* item = list->topLevelItem(row);
        (item->flags().testFlag(Qt::ItemIsEnabled) ? usable : old) = item;
    }
    REQUIRE(usable != nullptr);
    REQUIRE(old != nullptr);
    CHECK(usable->text(0) == QStringLiteral("Nguyễn Văn An"));
    CHECK(usable->text(1) == QStringLiteral("VanThu Test Issuing CA"));
    CHECK(usable->text(4).contains(QStringLiteral("vt-test")));
    // Greyed, with the reason where the token would be named.
    CHECK_FALSE(old->text(4).contains(QStringLiteral("vt-test")));
    CHECK_FALSE(old->toolTip(0).isEmpty());
    list->setCurrentItem(usable);
    picker.accept();
    REQUIRE(picker.result() == QDialog::Accepted);
    CHECK(picker.choice().keyIdHex == QStringLiteral("01"));
    CHECK(picker.choice().tokenLabel == QStringLiteral("vt-test"));

    // Remembered (without any secret) and used by the sign dialog.
    const gui::CertificateChoice remembered = gui::CertificateChoice::load();
    CHECK(remembered.source == gui::CertificateChoice::Source::Pkcs11Token);
    CHECK(remembered.keyIdHex == QStringLiteral("01"));
    gui::SignDialog dialog(env.document(QStringLiteral("token.pdf")));
    dialog.show();
    PinTyper typer(QString::fromLatin1(test::SoftHsmToken::Pin));
    REQUIRE(signAndWait(dialog));
    CHECK(typer.subjects.first().contains(QStringLiteral("vt-test")));
    CHECK(env.validated(dialog.signedPath()).indication == signing::Indication::TotalPassed);
    CHECK(env.pdfsigProblems(dialog.signedPath()).isEmpty());
}

TEST_CASE("Signing settings store copies of the chosen images and nothing secret", "[gui][signing]")
{
    GuiSigning env; // stored the demo signature and seal
    gui::SigningSettings stored = gui::SigningSettings::load();
    CHECK(stored.signatureImagePath.startsWith(gui::SigningSettings::imageFolder()));
    CHECK(stored.sealImagePath.startsWith(gui::SigningSettings::imageFolder()));
    CHECK_FALSE(QImage(stored.sealImagePath).isNull());

    const QString chosen = env.folder.filePath(QStringLiteral("chu-ky.png"));
    QImage image(300, 120, QImage::Format_ARGB32);
    image.fill(Qt::blue);
    REQUIRE(image.save(chosen));

    {
        gui::SigningSettingsDialog dialog;
        dialog.setSignatureImageFile(chosen);
        dialog.findChild<QLineEdit*>(QStringLiteral("tsaUrlEdit"))->setText(QStringLiteral("https://tsa.example/"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted); // only http:// timestamp servers
        CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("settingsMessage"))->text().isEmpty());
        dialog.findChild<QLineEdit*>(QStringLiteral("tsaUrlEdit"))->setText(QStringLiteral("http://tsa.example/"));
        REQUIRE_FALSE(gui::VerificationSettings::load().workOffline);
        auto* workOffline = dialog.findChild<QCheckBox*>(QStringLiteral("workOfflineCheck"));
        REQUIRE(workOffline != nullptr);
        CHECK_FALSE(workOffline->isChecked());
        workOffline->setChecked(true);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    // Working offline reaches the windows' validation options: no online check by itself.
    CHECK(gui::VerificationSettings::load().workOffline);
    CHECK_FALSE(gui::verificationOptions(env.folder.path()).checkRevocationOnline);
    CHECK(gui::SigningSettingsDialog().findChild<QCheckBox*>(QStringLiteral("workOfflineCheck"))->isChecked());
    stored = gui::SigningSettings::load();
    CHECK(stored.signatureImagePath
          == QDir(gui::SigningSettings::imageFolder()).filePath(QStringLiteral("signature.png")));
    CHECK(QImage(stored.signatureImagePath).size() == QSize(300, 120));
    CHECK(stored.tsaUrl == QStringLiteral("http://tsa.example/"));
    QFile::remove(chosen);
    CHECK(QFile::exists(stored.signatureImagePath)); // a copy, not a reference

    // Cancel keeps what was stored.
    {
        gui::SigningSettingsDialog dialog;
        dialog.useDemoSignature();
        dialog.reject();
    }
    CHECK(QImage(gui::SigningSettings::load().signatureImagePath).size() == QSize(300, 120));

    QSettings settings;
    for (const QString& key : settings.allKeys()) {
        CHECK_FALSE(key.contains(QStringLiteral("pin"), Qt::CaseInsensitive));
        CHECK_FALSE(key.contains(QStringLiteral("password"), Qt::CaseInsensitive));
    }
}

TEST_CASE("A visible signature on a page turned in the file is refused with the reason, nothing is written",
          "[gui][signing]")
{
    GuiSigning env;
    env.choosePkcs12();
    // qpdf, a tool we did not write, turns page 1 of the document by 90 degrees (/Rotate 90).
    const QString upright = env.document(QStringLiteral("upright.pdf"));
    const QString turned = env.folder.filePath(QStringLiteral("turned.pdf"));
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--rotate=+90:1"), upright, turned});
    REQUIRE(qpdf.waitForFinished(30000));
    REQUIRE(qpdf.exitCode() == 0);
    QFile::remove(upright);

    gui::SignDialog dialog(turned);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.placement().has_value());
    PinTyper typer(QStringLiteral("1234"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signButton")), Qt::LeftButton);
    QTest::qWait(200);
    CHECK(typer.answered == 0); // refused before any key is opened
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text()
          == gui::SignDialog::tr("Page %1 is turned in the file, so a visible signature on it would be drawn "
                                 "sideways. Choose another page, or an invisible signature.")
                 .arg(1));
    CHECK(dialog.signedPath().isEmpty());
    CHECK(QDir(env.folder.path()).entryList(QDir::Files) == QStringList{QStringLiteral("turned.pdf")});
}
