// SPDX-License-Identifier: GPL-3.0-or-later
// The registration dialogs driven as a clerk drives them: a Decree 30 PDF pre-fills the incoming form, Register puts
// it in the register, an emptied required field blocks Register with a message, the same document again raises the
// duplicate warning that only a reason passes; issuing takes the number, stamps it into the leader-signed PDF with
// the agency signature and stores that PDF, and a failed issue uses no number. A signed PDF is verified online
// against the local OCSP responder before Register (green, in the form), offline when the workspace works offline
// (yellow, no request), within the 10 s budget, and Cancel lets the clerk register without the check.
#include "app/gui/DocumentWindow.h"
#include "app/gui/RegisterTableModel.h"
#include "app/gui/StoredChecksPanel.h"
#include "app/gui/registration/DraftsDialog.h"
#include "app/gui/registration/IncomingRegistrationDialog.h"
#include "app/gui/registration/OutgoingIssueDialog.h"
#include "app/gui/viewer/VerificationSettings.h"
#include "app/signing/FileSigner.h"
#include "core/registers/DraftService.h"
#include "core/registers/IncomingService.h"
#include "core/registers/OutgoingService.h"
#include "core/registers/RegisterService.h"
#include "core/registers/VerificationService.h"
#include "render/DemoStamps.h"
#include "render/OfficialDocument.h"
#include "render/QtAppearanceRenderer.h"
#include "signing/keys/TrustStore.h"
#include "signing/pades/FormFields.h"
#include "signing/verify/ReportText.h"
#include "signing/verify/Validation.h"
#include "tests/gui/support/Widgets.h"
#include "tests/signing/support/RevocableSignature.h"
#include "tests/signing/support/SigningFixture.h"
#include "tests/support/Drafts.h"
#include "tests/support/TestWorkspace.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace vanthu;
using vanthu::test::child;

namespace
{

/** Waits (processing events) until @p done holds; fails after a generous limit instead of hanging. */
template <typename Predicate>
void waitUntil(Predicate done)
{
    for (int round = 0; round < 600 && !done(); ++round) {
        QTest::qWait(50);
    }
    REQUIRE(done());
}

QString writeFile(const QTemporaryDir& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

render::OfficialDocument decision()
{
    render::OfficialDocument document;
    document.parentAgency = QStringLiteral("UBND THÀNH PHỐ HÀ NỘI");
    document.agency = QStringLiteral("SỞ TÀI CHÍNH");
    document.codeLine = QStringLiteral("Số: 12/2026/QĐ-STC");
    document.placeDateLine = QStringLiteral("Hà Nội, ngày 02 tháng 3 năm 2026");
    document.typeTitle = QStringLiteral("QUYẾT ĐỊNH");
    document.subject = QStringLiteral("Về việc phê duyệt dự toán chi thường xuyên năm 2026");
    document.paragraphs = {QStringLiteral("Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;"),
                           QStringLiteral("Điều 1. Phê duyệt dự toán kèm theo Quyết định này.")};
    document.signerPosition = QStringLiteral("GIÁM ĐỐC");
    document.signerName = QStringLiteral("Lê Văn Bình");
    document.recipients = {QStringLiteral("- Như Điều 3;"), QStringLiteral("- Lưu: VT.")};
    return document;
}

struct IncomingFixture
{
    test::TestWorkspace workspace;
    QTemporaryDir folder;
    QString pdf;

    IncomingFixture()
    {
        auto bytes = render::renderOfficialDocument(decision());
        REQUIRE(bytes.has_value());
        pdf = writeFile(folder, QStringLiteral("qd-12.pdf"), *bytes);
    }

    std::unique_ptr<gui::IncomingRegistrationDialog> open(const QStringList& files)
    {
        auto dialog = std::make_unique<gui::IncomingRegistrationDialog>(workspace.workspace());
        dialog->show();
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
        dialog->addFiles(files);
        waitUntil([&] { return !dialog->isRecognising() && !dialog->isVerifying(); });
        return dialog;
    }
};

QString text(QWidget* dialog, const QString& name)
{
    return child<QLineEdit>(dialog, name)->text();
}

} // namespace

TEST_CASE("a dropped Decree 30 PDF pre-fills the incoming form and Register puts it in the register", "[gui]")
{
    IncomingFixture fixture;
    auto dialog = fixture.open({fixture.pdf});
    QWidget* form = dialog.get();
    REQUIRE(child<QListWidget>(form, QStringLiteral("fileList"))->count() == 1);
    CHECK(text(form, QStringLiteral("numberField")) == QStringLiteral("12/2026/QĐ-STC"));
    CHECK(text(form, QStringLiteral("dateField")) == QStringLiteral("02/03/2026"));
    CHECK(text(form, QStringLiteral("organField")) == QStringLiteral("SỞ TÀI CHÍNH"));
    CHECK(text(form, QStringLiteral("subjectField"))
          == QStringLiteral("Về việc phê duyệt dự toán chi thường xuyên năm 2026"));
    CHECK(child<QComboBox>(form, QStringLiteral("typeField"))->currentData().toString()
          == QStringLiteral("quyet-dinh"));
    // Recognised fields are marked for checking, the others are not.
    CHECK(child<QLineEdit>(form, QStringLiteral("numberField"))->property("recognised").toBool());
    CHECK_FALSE(child<QLineEdit>(form, QStringLiteral("toPlacesField"))->property("recognised").toBool());
    CHECK_FALSE(child<QLabel>(form, QStringLiteral("recognisedNote"))->text().isEmpty());
    CHECK_FALSE(child<QLabel>(form, QStringLiteral("previewLabel"))->pixmap().isNull());
    // Every field has a name for screen readers.
    for (QLineEdit* edit : form->findChildren<QLineEdit*>()) {
        CHECK_FALSE(edit->accessibleName().isEmpty());
    }

    child<QLineEdit>(form, QStringLiteral("toPlacesField"))->setText(QStringLiteral("Phòng Kế hoạch - Tài chính"));
    QPushButton* registerButton = child<QPushButton>(form, QStringLiteral("registerButton"));
    REQUIRE(registerButton->isEnabled());
    // Ctrl+Return registers, as the button does.
    QTest::keyClick(child<QLineEdit>(form, QStringLiteral("toPlacesField")), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog->receipts().size() == 1);
    const core::RegistrationReceipt receipt = dialog->receipts().front();
    CHECK(receipt.number == 1);
    CHECK_FALSE(registerButton->isEnabled()); // nothing left to register

    auto record = core::RegisterService(fixture.workspace.workspace()).document(receipt.id);
    REQUIRE(record.has_value());
    CHECK(record->direction == core::Direction::Incoming);
    CHECK(record->fields.typeKey == QStringLiteral("quyet-dinh"));
    CHECK(record->fields.code.display() == QStringLiteral("12/2026/QĐ-STC"));
    CHECK(record->fields.issuedDate == QDate(2026, 3, 2));
    CHECK(record->fields.organName == QStringLiteral("SỞ TÀI CHÍNH"));
    CHECK(record->fields.subject == QStringLiteral("Về việc phê duyệt dự toán chi thường xuyên năm 2026"));
    REQUIRE(record->incoming.has_value());
    CHECK(record->incoming->toPlaces == QStringLiteral("Phòng Kế hoạch - Tài chính"));
    REQUIRE(record->attachments.size() == 1);
    CHECK(record->attachments.front().fileName == QStringLiteral("qd-12.pdf"));
}

TEST_CASE("an emptied required field or a date after today disables Register with a message", "[gui]")
{
    IncomingFixture fixture;
    auto dialog = fixture.open({fixture.pdf});
    QWidget* form = dialog.get();
    QPushButton* registerButton = child<QPushButton>(form, QStringLiteral("registerButton"));
    REQUIRE(registerButton->isEnabled());

    child<QLineEdit>(form, QStringLiteral("subjectField"))->clear();
    CHECK_FALSE(registerButton->isEnabled());
    QLabel* subjectMessage = child<QLabel>(form, QStringLiteral("subjectFieldMessage"));
    CHECK(subjectMessage->isVisible());
    CHECK_FALSE(subjectMessage->text().isEmpty());
    child<QLineEdit>(form, QStringLiteral("subjectField"))->setText(QString(501, QLatin1Char('x')));
    CHECK_FALSE(registerButton->isEnabled());
    CHECK(subjectMessage->text().contains(QStringLiteral("500")));
    child<QLineEdit>(form, QStringLiteral("subjectField"))->setText(QStringLiteral("Về việc dự toán"));
    CHECK(registerButton->isEnabled());
    CHECK_FALSE(subjectMessage->isVisible());

    child<QLineEdit>(form, QStringLiteral("dateField"))->setText(QStringLiteral("06/03/2026")); // today is 05/03
    CHECK_FALSE(registerButton->isEnabled());
    CHECK(child<QLabel>(form, QStringLiteral("dateFieldMessage"))->isVisible());
    child<QComboBox>(form, QStringLiteral("typeField"))->setCurrentIndex(0);
    CHECK(child<QLabel>(form, QStringLiteral("typeFieldMessage"))->isVisible());
    CHECK(dialog->receipts().isEmpty());
}

TEST_CASE("the same document again raises the duplicate warning and registers only with a reason", "[gui]")
{
    IncomingFixture fixture;
    qint64 firstId = 0;
    {
        auto first = fixture.open({fixture.pdf});
        child<QPushButton>(first.get(), QStringLiteral("registerButton"))->click();
        REQUIRE(first->receipts().size() == 1);
        firstId = first->receipts().front().id.value;
    }
    auto dialog = fixture.open({fixture.pdf});
    QWidget* form = dialog.get();
    child<QPushButton>(form, QStringLiteral("registerButton"))->click();
    CHECK(dialog->receipts().isEmpty());
    QGroupBox* panel = child<QGroupBox>(form, QStringLiteral("duplicatePanel"));
    REQUIRE(panel->isVisible());
    // What it matches: the earlier arrival number and register.
    const QString warning = child<QLabel>(form, QStringLiteral("duplicateMessage"))->text();
    CHECK(warning.contains(QStringLiteral("1/2026")));
    QPushButton* anyway = child<QPushButton>(form, QStringLiteral("registerAnywayButton"));
    CHECK_FALSE(anyway->isEnabled());
    CHECK_FALSE(child<QPushButton>(form, QStringLiteral("registerButton"))->isEnabled());

    child<QLineEdit>(form, QStringLiteral("duplicateReasonField"))->setText(QStringLiteral("Bản gửi lại có phụ lục"));
    REQUIRE(anyway->isEnabled());
    anyway->click();
    REQUIRE(dialog->receipts().size() == 1);
    CHECK(dialog->receipts().front().number == 2);
    auto record = core::RegisterService(fixture.workspace.workspace()).document(dialog->receipts().front().id);
    REQUIRE(record.has_value());
    REQUIRE(record->incoming.has_value());
    REQUIRE(record->incoming->duplicateOf.has_value());
    CHECK(record->incoming->duplicateOf->value == firstId);
    CHECK(record->incoming->duplicateReason == QStringLiteral("Bản gửi lại có phụ lục"));
}

TEST_CASE("many files are read off the GUI thread and a cancelled reading leaves only files read", "[gui]")
{
    IncomingFixture fixture;
    QStringList files;
    for (int index = 0; index < 6; ++index) {
        const QString copy = fixture.folder.filePath(QStringLiteral("copy-%1.pdf").arg(index));
        REQUIRE(QFile::copy(fixture.pdf, copy));
        files.append(copy);
    }
    gui::IncomingRegistrationDialog dialog(fixture.workspace.workspace());
    dialog.show();
    dialog.addFiles(files);
    dialog.cancelRecognition();
    waitUntil([&] { return !dialog.isRecognising(); });
    QTest::qWait(50); // the finished signal is queued
    QListWidget* list = child<QListWidget>(&dialog, QStringLiteral("fileList"));
    CHECK(list->count() <= 6);
    for (int row = 0; row < list->count(); ++row) {
        CHECK_FALSE(list->item(row)->text().contains(QStringLiteral("…")));
    }
    // Without cancelling, every file is read and the first one is shown.
    dialog.addFiles(files.mid(0, 3));
    waitUntil([&] { return !dialog.isRecognising(); });
    QTest::qWait(50);
    CHECK(list->count() >= 3);
    CHECK(text(&dialog, QStringLiteral("numberField")) == QStringLiteral("12/2026/QĐ-STC"));
}

namespace
{

struct IssueFixture
{
    test::TestWorkspace workspace;
    test::SigningFixture signing;
    QTemporaryDir folder;
    render::QtAppearanceRenderer renderer;

    /** A Quyết định of the test agency without number and date, signed by the leader with the issuing fields. */
    QString leaderSignedDraft()
    {
        const render::OfficialDocument document = test::unnumberedDecision(
            QStringLiteral("Về việc phê duyệt dự toán chi thường xuyên năm 2026"), QStringLiteral("Lê Văn Bình"));
        auto draft = render::renderOfficialDocument(document);
        REQUIRE(draft.has_value());
        signing::FileSignJob job;
        job.inputPath = writeFile(folder, QStringLiteral("du-thao.pdf"), *draft);
        job.outputPath = folder.filePath(QStringLiteral("lanh-dao-ky.pdf"));
        job.appearance = signing::AppearanceKind::Leader;
        job.anchor = QStringLiteral("GIÁM ĐỐC");
        job.imageFile = png(render::demoSignatureImage());
        job.renderer = &renderer;
        job.request = test::SigningFixture::request();
        auto key = signing.key(test::TestPki::Identity::LeaderRsa2048);
        auto signedFile = signing::signFile(job, *key);
        INFO((signedFile ? QString() : signedFile.error().message).toStdString());
        REQUIRE(signedFile.has_value());
        REQUIRE(signedFile->preparedIssuing);
        return job.outputPath;
    }

    gui::IssueSigning agencySigning()
    {
        gui::IssueSigning issue;
        issue.chooseKey = [this](QWidget*) -> Result<gui::KeyOpener> {
            return gui::KeyOpener([this]() -> Result<std::shared_ptr<signing::SigningKey>> {
                return std::shared_ptr<signing::SigningKey>(signing.key(test::TestPki::Identity::AgencyRsa3072));
            });
        };
        issue.sealImage = png(render::demoSealImage(QStringLiteral("Sở Nội vụ")));
        return issue;
    }

    static void fill(gui::OutgoingIssueDialog& dialog, const QString& pdf)
    {
        QComboBox* type = child<QComboBox>(&dialog, QStringLiteral("typeField"));
        type->setCurrentIndex(type->findData(QStringLiteral("quyet-dinh")));
        child<QLineEdit>(&dialog, QStringLiteral("subjectField"))
            ->setText(QStringLiteral("Về việc phê duyệt kế hoạch"));
        child<QLineEdit>(&dialog, QStringLiteral("signerPositionField"))->setText(QStringLiteral("Giám đốc"));
        child<QLineEdit>(&dialog, QStringLiteral("signerNameField"))->setText(QStringLiteral("Lê Văn Bình"));
        child<QPlainTextEdit>(&dialog, QStringLiteral("recipientsField"))
            ->setPlainText(QStringLiteral("000.00.00.G09|Bộ Nội vụ\nUBND quận Ba Đình"));
        dialog.setSignedPdf(pdf);
    }
};

} // namespace

TEST_CASE("issuing takes the number, stamps it with the agency signature and stores the issued PDF", "[gui]")
{
    IssueFixture fixture;
    const QString draft = fixture.leaderSignedDraft();
    gui::OutgoingIssueDialog dialog(fixture.workspace.workspace(), fixture.agencySigning());
    dialog.show();
    QPushButton* issue = child<QPushButton>(&dialog, QStringLiteral("issueButton"));
    CHECK_FALSE(issue->isEnabled()); // no subject, signer, recipients or PDF yet
    IssueFixture::fill(dialog, draft);
    INFO(child<QLabel>(&dialog, QStringLiteral("formMessage"))->text().toStdString());
    REQUIRE(issue->isEnabled());
    CHECK(child<QLabel>(&dialog, QStringLiteral("numberPreview"))->text().contains(QStringLiteral("01/QĐ-SNV")));
    issue->click();
    INFO(child<QLabel>(&dialog, QStringLiteral("formMessage"))->text().toStdString());
    REQUIRE(dialog.receipt().has_value());
    CHECK(dialog.result() == QDialog::Accepted);
    const core::RegistrationReceipt receipt = *dialog.receipt();
    CHECK(receipt.code.display() == QStringLiteral("01/QĐ-SNV"));
    CHECK(receipt.registerDate == QDate(2026, 3, 5));

    core::RegisterService registers(fixture.workspace.workspace());
    auto record = registers.document(receipt.id);
    REQUIRE(record.has_value());
    CHECK(record->direction == core::Direction::Outgoing);
    CHECK(record->fields.code.display() == QStringLiteral("01/QĐ-SNV"));
    REQUIRE(record->outgoing.has_value());
    CHECK(record->outgoing->recipients.size() == 2);
    REQUIRE(record->attachments.size() == 1);
    auto stored = registers.attachmentBytes(record->attachments.front());
    REQUIRE(stored.has_value());

    // The stored PDF is the leader's file with the issuing update: both signatures hold with the test root.
    QFile leader(draft);
    REQUIRE(leader.open(QIODevice::ReadOnly));
    const QByteArray leaderBytes = leader.readAll();
    CHECK(stored->startsWith(leaderBytes));
    // Online: the fixture's certificates name no revocation service, so nobody is asked (an offline pass would say
    // only "revocation not yet checked").
    signing::ValidationOptions options;
    options.trustAnchorsDer = {fixture.signing.pki().rootDer()};
    auto report = signing::validatePdf(*stored, options);
    REQUIRE(report.has_value());
    CHECK(report->signatures.size() == 2);
    CHECK((report->verdict == signing::Verdict::Valid || report->verdict == signing::Verdict::ValidWithAllowedChanges));
    // The prepared number and date fields are filled in the issuing update: SoKyHieu holds the number printed
    // before "/QĐ-SNV" on the page, the day and month fields the issuing date.
    auto fields = signing::formFields(*stored);
    REQUIRE(fields.has_value());
    const auto number = std::find_if(fields->cbegin(), fields->cend(), [](const signing::FormFieldInfo& field) {
        return field.name == signing::issuing_fields::Number;
    });
    REQUIRE(number != fields->cend());
    CHECK(number->hasValue);
    const QByteArray update = stored->mid(leaderBytes.size());
    CHECK(update.contains("/T(SoKyHieu)"));
    CHECK(QString::fromLatin1(update).contains(QRegularExpression(QStringLiteral("/T\\(SoKyHieu\\)[^>]*/V\\(01\\)"))));
    CHECK(QString::fromLatin1(update).contains(
        QRegularExpression(QStringLiteral("/T\\(NgayBanHanh_Ngay\\)[^>]*/V\\(05\\)"))));
}

TEST_CASE("a failed issue shows why and uses no number", "[gui]")
{
    IssueFixture fixture;
    // A PDF the leader never signed has no prepared fields: the agency signature cannot issue it.
    auto plain = render::renderOfficialDocument(decision());
    REQUIRE(plain.has_value());
    const QString unsignedPdf = writeFile(fixture.folder, QStringLiteral("chua-ky.pdf"), *plain);
    gui::OutgoingIssueDialog dialog(fixture.workspace.workspace(), fixture.agencySigning());
    dialog.show();
    IssueFixture::fill(dialog, unsignedPdf);
    QPushButton* issue = child<QPushButton>(&dialog, QStringLiteral("issueButton"));
    REQUIRE(issue->isEnabled());
    issue->click();
    CHECK_FALSE(dialog.receipt().has_value());
    CHECK(dialog.isVisible());
    QLabel* message = child<QLabel>(&dialog, QStringLiteral("formMessage"));
    CHECK(message->isVisible());
    CHECK_FALSE(message->text().isEmpty());

    // A cancelled PIN prompt takes nothing either.
    gui::IssueSigning cancelled = fixture.agencySigning();
    cancelled.chooseKey = [](QWidget*) -> Result<gui::KeyOpener> {
        return Error{ErrorCode::Cancelled, QString(), QStringLiteral("test")};
    };
    gui::OutgoingIssueDialog second(fixture.workspace.workspace(), cancelled);
    IssueFixture::fill(second, fixture.leaderSignedDraft());
    child<QPushButton>(&second, QStringLiteral("issueButton"))->click();
    CHECK_FALSE(second.receipt().has_value());

    // The number 01 is still free.
    core::OutgoingRequest request;
    request.typeKey = QStringLiteral("quyet-dinh");
    request.subject = QStringLiteral("Về việc");
    request.signerName = QStringLiteral("Lê Văn Bình");
    request.recipients = {core::Recipient{QString(), QStringLiteral("Bộ Nội vụ")}};
    auto preview = core::OutgoingService(fixture.workspace.workspace()).previewNumber(request);
    REQUIRE(preview.has_value());
    CHECK(preview->code.display() == QStringLiteral("01/QĐ-SNV"));
}

namespace
{

/** A workspace that trusts the test root of @p signature, and a registration dialog on it. */
struct SignedIncoming
{
    test::TestWorkspace workspace;
    test::RevocableSignature signature;
    QString pdf;

    explicit SignedIncoming(const QStringList& behaviour = {}) : signature(behaviour)
    {
        const QString store = signing::TrustStore::workspaceDirectory(workspace.workspace().directory());
        REQUIRE(signing::TrustStore(store).add(signature.pki().rootCertPath()).has_value());
        pdf = signature.write(QStringLiteral("cong-van-den.pdf"));
    }

    /** A dialog with the signed PDF read (its verification may still run). */
    std::unique_ptr<gui::IncomingRegistrationDialog> open()
    {
        auto dialog = std::make_unique<gui::IncomingRegistrationDialog>(workspace.workspace());
        dialog->show();
        dialog->addFiles({pdf});
        waitUntil([&] { return !dialog->isRecognising(); });
        return dialog;
    }
};

/** Fills every field Register needs. */
void fillForm(QWidget* form)
{
    QComboBox* type = child<QComboBox>(form, QStringLiteral("typeField"));
    type->setCurrentIndex(type->findData(QStringLiteral("quyet-dinh")));
    child<QLineEdit>(form, QStringLiteral("numberField"))->setText(QStringLiteral("12/2026/QĐ-STC"));
    child<QLineEdit>(form, QStringLiteral("dateField"))->setText(QStringLiteral("02/03/2026"));
    child<QLineEdit>(form, QStringLiteral("organField"))->setText(QStringLiteral("SỞ TÀI CHÍNH"));
    child<QLineEdit>(form, QStringLiteral("subjectField"))->setText(QStringLiteral("Về việc dự toán năm 2026"));
}

signing::Severity shownSeverity(QWidget* form)
{
    const QVariant severity = child<QLabel>(form, QStringLiteral("verificationLabel"))->property("severity");
    REQUIRE(severity.isValid());
    return static_cast<signing::Severity>(severity.toInt());
}

QString shownVerification(QWidget* form)
{
    return child<QLabel>(form, QStringLiteral("verificationLabel"))->text();
}

} // namespace

TEST_CASE("a signed PDF is verified online before Register and the form shows the verdict", "[gui][revocation]")
{
    SignedIncoming fixture({QStringLiteral("--delay-ms"), QStringLiteral("1500")});
    auto dialog = fixture.open();
    QWidget* form = dialog.get();
    QPushButton* registerButton = child<QPushButton>(form, QStringLiteral("registerButton"));
    fillForm(form);
    // The responder makes the check wait: Register waits with it, and the form says what is going on.
    REQUIRE(dialog->isVerifying());
    CHECK(child<QProgressBar>(form, QStringLiteral("verificationProgress"))->isVisible());
    CHECK(child<QPushButton>(form, QStringLiteral("cancelVerificationButton"))->isVisible());
    CHECK_FALSE(registerButton->isEnabled());

    waitUntil([&] { return !dialog->isVerifying(); });
    INFO(shownVerification(form).toStdString());
    CHECK(shownVerification(form).startsWith(signing::verdictTitle(signing::Verdict::Valid)));
    CHECK(shownSeverity(form) == signing::Severity::Green);
    CHECK_FALSE(child<QProgressBar>(form, QStringLiteral("verificationProgress"))->isVisible());
    const gui::IncomingRegistration registration = dialog->registration();
    REQUIRE(registration.verification.has_value());
    CHECK(registration.verification->online);
    CHECK(registration.verification->verdict == signing::Verdict::Valid);
    CHECK_FALSE(fixture.signature.requests().isEmpty());

    REQUIRE(registerButton->isEnabled());
    registerButton->click();
    REQUIRE(dialog->receipts().size() == 1);

    // The check the clerk saw is stored with the registered version, saying it was made online; the register's
    // signature column shows it green.
    const core::DocumentId id = dialog->receipts().front().id;
    auto reports = core::VerificationService(fixture.workspace.workspace()).reports(id);
    REQUIRE(reports.has_value());
    REQUIRE(reports->size() == 1);
    CHECK(reports->front().online);
    CHECK(reports->front().status == core::SignatureStatus::Valid);
    gui::RegisterTableModel model(core::Direction::Incoming);
    model.setSource([&](const std::optional<core::RegisterRow>&, int, bool& more) {
        more = false;
        return *core::RegisterService(fixture.workspace.workspace()).rows({id});
    });
    REQUIRE(model.rowCount() == 1);
    const QModelIndex signatures = model.index(0, gui::RegisterTableModel::SignatureColumn);
    CHECK(model.data(signatures).toString() == core::signatureStatusName(core::SignatureStatus::Valid));
    CHECK(model.data(signatures, Qt::ToolTipRole).toString()
          == gui::RegisterTableModel::tr("Latest stored check of the signatures, made online: %1")
                 .arg(core::signatureStatusName(core::SignatureStatus::Valid)));
    CHECK_FALSE(model.data(signatures, Qt::DecorationRole).value<QIcon>().isNull());
}

TEST_CASE("Check again in the document window stores a new report, offline when the workspace works offline, and "
          "Cancel stores none",
          "[gui][revocation]")
{
    SignedIncoming fixture({QStringLiteral("--delay-ms"), QStringLiteral("1200")});
    core::Workspace& workspace = fixture.workspace.workspace();
    core::IncomingRequest request;
    request.fields.typeKey = QStringLiteral("quyet-dinh");
    request.fields.code = core::DocumentCode{QStringLiteral("12/2026"), QStringLiteral("QĐ-STC")};
    request.fields.issuedDate = QDate(2026, 3, 2);
    request.fields.organName = QStringLiteral("SỞ TÀI CHÍNH");
    request.fields.subject = QStringLiteral("Về việc dự toán năm 2026");
    request.attachments.append(core::AttachmentInput{QStringLiteral("qd.pdf"), fixture.signature.signedPdf(), {}});
    auto receipt = core::IncomingService(workspace).registerDocument(request);
    REQUIRE(receipt.has_value());

    gui::DocumentWindow window(workspace, receipt->id);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.show();
    gui::StoredChecksPanel* panel = window.storedChecks();
    QListWidget* reports = child<QListWidget>(panel, QStringLiteral("storedReports"));
    REQUIRE(reports->count() == 1); // "never checked on record"
    CHECK(core::VerificationService(workspace).reports(receipt->id)->isEmpty());

    // Online: the slow responder keeps the check busy, Cancel ends it and nothing is stored. (The delay stays well
    // under the 10 s budget for the second check, which waits for the first request too, on a loaded machine.)
    child<QPushButton>(panel, QStringLiteral("checkAgain"))->click();
    REQUIRE(panel->isChecking());
    CHECK(child<QProgressBar>(panel, QStringLiteral("checkAgainProgress"))->isVisible());
    CHECK_FALSE(child<QPushButton>(panel, QStringLiteral("checkAgain"))->isEnabled());
    child<QPushButton>(panel, QStringLiteral("cancelCheckAgain"))->click();
    waitUntil([&] { return !panel->isChecking(); });
    CHECK(core::VerificationService(workspace).reports(receipt->id)->isEmpty());

    // Again, waiting for the responder: an online report, green.
    child<QPushButton>(panel, QStringLiteral("checkAgain"))->click();
    waitUntil([&] { return !panel->isChecking(); });
    auto stored = core::VerificationService(workspace).reports(receipt->id);
    REQUIRE(stored->size() == 1);
    CHECK(stored->back().online);
    CHECK(stored->back().status == core::SignatureStatus::Valid);
    CHECK(reports->count() == 1);
    CHECK(reports->item(0)->text().contains(core::signatureStatusName(core::SignatureStatus::Valid)));

    // A workspace set to work offline checks offline: a second report, yellow, the first one kept.
    gui::VerificationSettings{true}.save();
    const qsizetype asked = fixture.signature.requests().size();
    gui::DocumentWindow offlineWindow(workspace, receipt->id);
    offlineWindow.setAttribute(Qt::WA_DeleteOnClose, false);
    gui::StoredChecksPanel* offlinePanel = offlineWindow.storedChecks();
    offlinePanel->checkAgain();
    waitUntil([&] { return !offlinePanel->isChecking(); });
    gui::VerificationSettings{false}.save();
    stored = core::VerificationService(workspace).reports(receipt->id);
    REQUIRE(stored->size() == 2);
    CHECK(stored->at(0).online);
    CHECK_FALSE(stored->at(1).online);
    CHECK(stored->at(1).status == core::SignatureStatus::Attention);
    CHECK(fixture.signature.requests().size() == asked);
    QListWidget* offlineReports = child<QListWidget>(offlinePanel, QStringLiteral("storedReports"));
    REQUIRE(offlineReports->count() == 2);
    CHECK(offlineReports->item(0)->text().contains(
        core::signatureStatusName(core::SignatureStatus::Attention))); // newest first
}

TEST_CASE("a workspace that works offline verifies offline: yellow, not yet checked, and no request",
          "[gui][revocation]")
{
    gui::VerificationSettings{true}.save();
    SignedIncoming fixture;
    auto dialog = fixture.open();
    QWidget* form = dialog.get();
    waitUntil([&] { return !dialog->isVerifying(); });
    INFO(shownVerification(form).toStdString());
    CHECK(shownVerification(form).startsWith(signing::verdictTitle(signing::Verdict::RevocationNotChecked)));
    CHECK(shownSeverity(form) == signing::Severity::Yellow);
    const gui::IncomingRegistration registration = dialog->registration();
    REQUIRE(registration.verification.has_value());
    CHECK_FALSE(registration.verification->online);
    CHECK(fixture.signature.requests().isEmpty());
    gui::VerificationSettings{false}.save();
}

TEST_CASE("Cancel ends the wait for the responder and the file can be registered unverified", "[gui][revocation]")
{
    SignedIncoming fixture({QStringLiteral("--delay-ms"), QStringLiteral("3000")});
    auto dialog = fixture.open();
    QWidget* form = dialog.get();
    fillForm(form);
    REQUIRE(dialog->isVerifying());
    child<QPushButton>(form, QStringLiteral("cancelVerificationButton"))->click();
    waitUntil([&] { return !dialog->isVerifying(); });
    CHECK(shownSeverity(form) == signing::Severity::Yellow);
    CHECK_FALSE(dialog->registration().verification.has_value());
    CHECK(child<QPushButton>(form, QStringLiteral("registerButton"))->isEnabled());
}

TEST_CASE("a responder slower than the 10 s budget gives the offline answer, not yet checked", "[gui][revocation]")
{
    SignedIncoming fixture({QStringLiteral("--delay-ms"), QStringLiteral("12000")});
    auto dialog = fixture.open();
    QWidget* form = dialog.get();
    // waitUntil gives up after 30 s: the budget ends the check long before the responder answers twice.
    waitUntil([&] { return !dialog->isVerifying(); });
    const gui::IncomingRegistration registration = dialog->registration();
    REQUIRE(registration.verification.has_value());
    CHECK_FALSE(registration.verification->online);
    CHECK(registration.verification->verdict == signing::Verdict::RevocationNotChecked);
    CHECK(shownSeverity(form) == signing::Severity::Yellow);
}

TEST_CASE("a draft added in the window is signed there by the leader and issued as the same document", "[gui]")
{
    IssueFixture fixture;
    const render::OfficialDocument document = test::unnumberedDecision(
        QStringLiteral("Về việc phê duyệt dự toán chi thường xuyên năm 2026"), QStringLiteral("Lê Văn Bình"));
    auto draft = render::renderOfficialDocument(document);
    REQUIRE(draft.has_value());
    const QString draftPath = writeFile(fixture.folder, QStringLiteral("du-thao.pdf"), *draft);

    gui::LeaderSigning leader;
    leader.chooseKey = [&fixture](QWidget*) -> Result<gui::KeyOpener> {
        return gui::KeyOpener([&fixture]() -> Result<std::shared_ptr<signing::SigningKey>> {
            return std::shared_ptr<signing::SigningKey>(fixture.signing.key(test::TestPki::Identity::LeaderRsa2048));
        });
    };
    leader.job.appearance = signing::AppearanceKind::Leader;
    leader.job.anchor = QStringLiteral("GIÁM ĐỐC");
    leader.job.imageFile = png(render::demoSignatureImage());
    leader.job.renderer = &fixture.renderer;
    leader.job.request = test::SigningFixture::request();
    int issuings = 0;
    auto issue = [&](QWidget* parent, const core::DocumentRecord& record) {
        ++issuings;
        gui::OutgoingIssueDialog dialog(fixture.workspace.workspace(), fixture.agencySigning(), parent);
        dialog.show();
        dialog.setDraft(record);
        CHECK(child<QLineEdit>(&dialog, QStringLiteral("subjectField"))->text() == record.fields.subject);
        child<QPlainTextEdit>(&dialog, QStringLiteral("recipientsField"))->setPlainText(QStringLiteral("Bộ Nội vụ"));
        QPushButton* button = child<QPushButton>(&dialog, QStringLiteral("issueButton"));
        INFO(child<QLabel>(&dialog, QStringLiteral("formMessage"))->text().toStdString());
        REQUIRE(button->isEnabled());
        button->click();
        INFO(child<QLabel>(&dialog, QStringLiteral("formMessage"))->text().toStdString());
        REQUIRE(dialog.receipt().has_value());
        CHECK(dialog.receipt()->id == record.id);
        return true;
    };
    gui::DraftsDialog dialog(fixture.workspace.workspace(), leader, issue);
    dialog.show();
    dialog.reload();
    CHECK(dialog.documents().isEmpty());
    QPushButton* sign = child<QPushButton>(&dialog, QStringLiteral("signDraftButton"));
    QPushButton* issueButton = child<QPushButton>(&dialog, QStringLiteral("issueDraftButton"));
    CHECK_FALSE(sign->isEnabled());

    core::DraftRequest request;
    request.typeKey = QStringLiteral("quyet-dinh");
    request.subject = QStringLiteral("Về việc phê duyệt dự toán chi thường xuyên năm 2026");
    request.signerPosition = QStringLiteral("Giám đốc");
    request.signerName = QStringLiteral("Lê Văn Bình");
    INFO(dialog.message().toStdString());
    REQUIRE(dialog.addDraftFile(draftPath, request));
    REQUIRE(dialog.documents().size() == 1);
    CHECK(dialog.documents().front().state == core::DocumentState::Draft);
    CHECK(sign->isEnabled());
    CHECK_FALSE(issueButton->isEnabled()); // not signed yet

    sign->click();
    INFO(dialog.message().toStdString());
    REQUIRE(dialog.documents().size() == 1);
    CHECK(dialog.documents().front().state == core::DocumentState::Signed);
    CHECK(dialog.documents().front().versions.size() == 2);
    CHECK_FALSE(sign->isEnabled());
    REQUIRE(issueButton->isEnabled());

    issueButton->click();
    CHECK(issuings == 1);
    CHECK(dialog.documents().isEmpty());
    auto record = core::RegisterService(fixture.workspace.workspace()).document(core::DocumentId{1});
    REQUIRE(record.has_value());
    CHECK(record->state == core::DocumentState::Issued);
    REQUIRE(record->versions.size() == 3);
    CHECK(record->versions.at(2).kind == core::VersionKind::Issued);
    CHECK(record->fields.code.display() == QStringLiteral("01/QĐ-SNV"));
}

TEST_CASE("a file added in the document window is a new version and the window shows it", "[gui]")
{
    IncomingFixture fixture;
    core::Workspace& workspace = fixture.workspace.workspace();
    core::IncomingRequest request;
    request.fields.typeKey = QStringLiteral("quyet-dinh");
    request.fields.code = core::DocumentCode{QStringLiteral("13/2026"), QStringLiteral("QĐ-STC")};
    request.fields.issuedDate = QDate(2026, 3, 2);
    request.fields.organName = QStringLiteral("SỞ TÀI CHÍNH");
    request.fields.subject = QStringLiteral("Về việc dự toán năm 2026");
    QFile original(fixture.pdf);
    REQUIRE(original.open(QIODevice::ReadOnly));
    request.attachments.append(core::AttachmentInput{QStringLiteral("qd.pdf"), original.readAll(), {}});
    auto receipt = core::IncomingService(workspace).registerDocument(request);
    REQUIRE(receipt.has_value());

    gui::DocumentWindow window(workspace, receipt->id);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.show();
    QComboBox* files = child<QComboBox>(&window, QStringLiteral("attachments"));
    REQUIRE(files->count() == 1);
    int added = 0;
    QObject::connect(&window, &gui::DocumentWindow::fileAdded, [&added] { ++added; });
    // Without a reason nothing is added.
    const QString appendix = QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/lo-classic.pdf");
    CHECK_FALSE(window.addFile(appendix, std::nullopt, QString()));
    CHECK(files->count() == 1);
    REQUIRE(window.addFile(appendix, std::nullopt, QStringLiteral("Phụ lục gửi sau")));
    CHECK(added == 1);
    REQUIRE(files->count() == 2);
    CHECK(files->currentIndex() == 1);
    CHECK(files->currentText() == QStringLiteral("lo-classic.pdf"));
    auto record = core::RegisterService(workspace).document(receipt->id);
    REQUIRE(record.has_value());
    REQUIRE(record->versions.size() == 2);
    CHECK(record->versions.back().attachmentOrdinal == 2);
    CHECK(record->versions.back().kind == core::VersionKind::Received);
}
