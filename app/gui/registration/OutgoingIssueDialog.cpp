// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/registration/OutgoingIssueDialog.h"

#include "app/gui/TaskRunner.h"
#include "app/gui/registration/RegistrationForm.h"
#include "app/gui/signing/SigningSettings.h"
#include "app/signing/FileSigner.h"
#include "common/TextNormalize.h"
#include "common/VietnamTime.h"
#include "core/Workspace.h"
#include "core/domain/DocumentType.h"
#include "core/registers/IssueService.h"
#include "core/registers/OutgoingService.h"
#include "core/registers/SeriesService.h"
#include "signing/keys/SigningKey.h"
#include "signing/verify/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vanthu::gui
{
namespace
{

/** A line edit with a "Browse…" button that picks a file matching @p filter. */
QWidget* fileField(QWidget* parent, QLineEdit* edit, const QString& buttonName, const QString& title,
                   const QString& filter)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* browse = new QPushButton(OutgoingIssueDialog::tr("Browse…"), row);
    browse->setObjectName(buttonName);
    browse->setAutoDefault(false);
    browse->setAccessibleName(title);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, parent, [parent, edit, title, filter] {
        const QString path = QFileDialog::getOpenFileName(parent, title, edit->text(), filter);
        if (!path.isEmpty()) {
            edit->setText(path);
        }
    });
    return row;
}

} // namespace

OutgoingIssueDialog::OutgoingIssueDialog(core::Workspace& workspace, IssueSigning signing, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_signing(std::move(signing))
{
    setObjectName(QStringLiteral("outgoingIssueDialog"));
    setWindowTitle(tr("Issue an outgoing document"));
    buildForm();
    validate();
}

OutgoingIssueDialog::~OutgoingIssueDialog() = default;

std::optional<core::RegistrationReceipt> OutgoingIssueDialog::run(QWidget* parent, core::Workspace& workspace,
                                                                  IssueSigning signing, const QString& signedPdf,
                                                                  const std::optional<core::DocumentRecord>& draft)
{
    OutgoingIssueDialog dialog(workspace, std::move(signing), parent);
    if (!signedPdf.isEmpty()) {
        dialog.setSignedPdf(signedPdf);
    }
    if (draft) {
        dialog.setDraft(*draft);
    }
    dialog.exec();
    return dialog.receipt();
}

void OutgoingIssueDialog::buildForm()
{
    auto* form = new QFormLayout;
    m_series = new QComboBox(this);
    m_series->setObjectName(QStringLiteral("seriesField"));
    m_series->addItem(tr("Chosen by the type"), QString());
    if (auto series = core::SeriesService(m_workspace).list(); series) {
        for (const core::NumberingSeries& item : *series) {
            if (item.direction == core::Direction::Outgoing) {
                m_series->addItem(QStringLiteral("%1 — %2").arg(item.code, item.name), item.code);
            }
        }
    }
    RegistrationForm::addRow(form, tr("&Series:"), m_series, m_messages);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeField"));
    for (const core::DocumentType& type : core::DocumentTypes::all()) {
        m_type->addItem(type.name, type.key);
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(QStringLiteral("cong-van"))));
    RegistrationForm::addRow(form, tr("&Type:"), m_type, m_messages);
    m_legal = new QCheckBox(tr("&Legal normative document (QPPL)"), this);
    m_legal->setObjectName(QStringLiteral("legalNormativeField"));
    form->addRow(QString(), m_legal);
    const auto line = [this, form](QLineEdit*& edit, const QString& name, const QString& label) {
        edit = new QLineEdit(this);
        edit->setObjectName(name);
        RegistrationForm::addRow(form, label, edit, m_messages);
    };
    line(m_subject, QStringLiteral("subjectField"), tr("S&ubject (trích yếu):"));
    line(m_unit, QStringLiteral("draftingUnitField"), tr("&Drafting unit (abbreviation):"));
    line(m_signerPosition, QStringLiteral("signerPositionField"), tr("Signer's &position:"));
    line(m_signerName, QStringLiteral("signerNameField"), tr("Si&gner:"));
    m_recipients = new QPlainTextEdit(this);
    m_recipients->setObjectName(QStringLiteral("recipientsField"));
    m_recipients->setTabChangesFocus(true);
    m_recipients->setPlaceholderText(tr("One per line: name, or identifier|name"));
    m_recipients->setFixedHeight(70);
    RegistrationForm::addRow(form, tr("&Recipients:"), m_recipients, m_messages);
    line(m_copyHolder, QStringLiteral("copyHolderField"), tr("File copy &kept by:"));
    m_copies = new QSpinBox(this);
    m_copies->setObjectName(QStringLiteral("copiesField"));
    m_copies->setRange(1, 999);
    RegistrationForm::addRow(form, tr("&Copies issued:"), m_copies, m_messages);
    m_pdf = new QLineEdit(this);
    m_pdf->setObjectName(QStringLiteral("signedPdfField"));
    m_pdf->setPlaceholderText(tr("The PDF the leader signed"));
    const QString pdfFilter = tr("PDF files (*.pdf *.PDF)");
    form->addRow(tr("Signed &PDF:"),
                 fileField(this, m_pdf, QStringLiteral("browsePdfButton"), tr("Choose the signed PDF"), pdfFilter));
    m_pdf->setAccessibleName(tr("Signed PDF"));
    m_seal = new QLineEdit(this);
    m_seal->setObjectName(QStringLiteral("sealImageField"));
    m_seal->setAccessibleName(tr("Seal image"));
    if (m_signing.sealImage.isEmpty()) {
        form->addRow(tr("S&eal image:"), fileField(this, m_seal, QStringLiteral("browseSealButton"),
                                                   tr("Choose the seal image"), tr("PNG images (*.png)")));
    } else {
        m_seal->hide();
    }
    m_numberPreview = new QLabel(this);
    m_numberPreview->setObjectName(QStringLiteral("numberPreview"));
    form->addRow(m_numberPreview);
    m_formMessage = RegistrationForm::messageLabel(this, QStringLiteral("formMessage"));
    form->addRow(m_formMessage);

    m_issueButton = new QPushButton(tr("&Issue"), this);
    m_issueButton->setObjectName(QStringLiteral("issueButton"));
    m_issueButton->setToolTip(tr("Take the number, stamp it with the date and add the agency signature "
                                 "(Ctrl+Return)"));
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton* button : {m_issueButton, m_closeButton}) {
        button->setAutoDefault(false);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_issueButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);

    const QList<QWidget*> order{m_series,      m_type,       m_legal,      m_subject, m_unit, m_signerPosition,
                                m_signerName,  m_recipients, m_copyHolder, m_copies,  m_pdf,  m_seal,
                                m_issueButton, m_closeButton};
    for (qsizetype index = 1; index < order.size(); ++index) {
        setTabOrder(order.at(index - 1), order.at(index));
    }

    for (QComboBox* combo : {m_series, m_type}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &OutgoingIssueDialog::validate);
    }
    connect(m_legal, &QCheckBox::toggled, this, &OutgoingIssueDialog::validate);
    for (QLineEdit* edit : {m_subject, m_unit, m_signerPosition, m_signerName, m_copyHolder, m_pdf, m_seal}) {
        connect(edit, &QLineEdit::textChanged, this, &OutgoingIssueDialog::validate);
    }
    connect(m_recipients, &QPlainTextEdit::textChanged, this, &OutgoingIssueDialog::validate);
    connect(m_copies, &QSpinBox::valueChanged, this, &OutgoingIssueDialog::validate);
    connect(m_issueButton, &QPushButton::clicked, this, &OutgoingIssueDialog::issue);
    connect(m_closeButton, &QPushButton::clicked, this, &OutgoingIssueDialog::reject);
    RegistrationForm::addSubmitShortcuts(this, [this] {
        if (m_issueButton->isEnabled()) {
            m_issueButton->click();
        }
    });
}

void OutgoingIssueDialog::setSignedPdf(const QString& path)
{
    m_pdf->setText(path);
}

void OutgoingIssueDialog::setDraft(const core::DocumentRecord& draft)
{
    m_draft = draft.id;
    m_type->setCurrentIndex(std::max(0, m_type->findData(draft.fields.typeKey)));
    m_legal->setChecked(draft.fields.legalNormative);
    m_subject->setText(draft.fields.subject);
    m_signerPosition->setText(draft.fields.signerPosition);
    m_signerName->setText(draft.fields.signerName);
    m_pdf->setText(tr("In the workspace: document %1, version %2 (%3)")
                       .arg(draft.id.value)
                       .arg(draft.versions.isEmpty() ? 0 : draft.versions.back().number)
                       .arg(core::stateName(draft.state)));
    m_pdf->setEnabled(false);
    validate();
}

const std::optional<core::RegistrationReceipt>& OutgoingIssueDialog::receipt() const
{
    return m_receipt;
}

core::OutgoingRequest OutgoingIssueDialog::request() const
{
    core::OutgoingRequest request;
    request.typeKey = m_type->currentData().toString();
    request.legalNormative = m_legal->isChecked();
    request.seriesCode = m_series->currentData().toString();
    request.subject = m_subject->text();
    request.draftingUnit = m_unit->text();
    request.signerPosition = m_signerPosition->text();
    request.signerName = m_signerName->text();
    request.copyHolder = m_copyHolder->text();
    request.issuedAmount = m_copies->value();
    for (const QString& line : m_recipients->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // "identifier|name" when the identifier is known, else just the name (as vanthu-cli register outgoing --to).
        const qsizetype bar = line.indexOf(QLatin1Char('|'));
        const core::Recipient recipient =
            bar < 0 ? core::Recipient{QString(), line} : core::Recipient{line.left(bar), line.mid(bar + 1)};
        if (!normalizedLine(recipient.organName).isEmpty() || !normalizedLine(recipient.organId).isEmpty()) {
            request.recipients.append(recipient);
        }
    }
    return request;
}

void OutgoingIssueDialog::validate()
{
    // The preview runs every check of the real registration (fields, series fit, symbol) without taking a number.
    auto preview = core::OutgoingService(m_workspace).previewNumber(request());
    QString message;
    if (!preview) {
        message = preview.error().message;
        m_numberPreview->clear();
    } else {
        m_numberPreview->setText(
            tr("Will be numbered %1 in series %2, dated %3 (the number is taken when you "
               "issue).")
                .arg(preview->code.display(), preview->seriesCode, vietnameseShortDate(preview->registerDate)));
        if (m_draft) {
            // The signed version is in the workspace; issuing checks its state.
        } else if (m_pdf->text().trimmed().isEmpty()) {
            message = tr("Choose the PDF the leader signed.");
        } else if (!QFileInfo(m_pdf->text().trimmed()).isFile()) {
            message = tr("The signed PDF %1 does not exist.").arg(m_pdf->text().trimmed());
        } else if (m_signing.sealImage.isEmpty() && !QFileInfo(m_seal->text().trimmed()).isFile()) {
            message = tr("Choose the image of the seal.");
        }
    }
    RegistrationForm::showMessage(m_formMessage, message);
    m_issueButton->setEnabled(message.isEmpty() && static_cast<bool>(m_signing.chooseKey));
}

void OutgoingIssueDialog::issue()
{
    // The certificate is chosen here; the key is opened (PIN asked) on the worker before the number is taken, so
    // nothing waits on a person inside the transaction.
    auto opener = m_signing.chooseKey(this);
    if (!opener) {
        if (opener.error().code != ErrorCode::Cancelled) {
            RegistrationForm::showMessage(m_formMessage, opener.error().message);
        }
        return;
    }
    core::IssueRequest issueRequest;
    issueRequest.document = request();
    issueRequest.sealImage = m_signing.sealImage;
    // The seal's size the signing settings give every agency signature (Phụ lục I: real size).
    issueRequest.sealDiameterMillimetres = SigningSettings::load().sealDiameterMillimetres;
    issueRequest.signature = m_signing.request;
    issueRequest.draft = m_draft;
    const QString pdfPath = m_draft ? QString() : m_pdf->text().trimmed();
    const QString sealPath = m_seal->text().trimmed();
    const core::Workspace& workspace = m_workspace;
    const signing::AppearanceRenderer& renderer = appearanceRenderer();
    auto issued = runTask<core::IssuedDocument>(
        this, tr("Issue"), tr("Checking the leader's signature, numbering and sealing…"),
        [&workspace, &renderer, issueRequest, pdfPath, sealPath,
         openKey = *opener](const TaskControl& control) mutable -> Result<core::IssuedDocument> {
            if (!pdfPath.isEmpty()) {
                auto pdf = RegistrationForm::readFile(pdfPath);
                if (!pdf) {
                    return pdf.error();
                }
                issueRequest.signedByLeader = core::AttachmentInput{QFileInfo(pdfPath).fileName(), *pdf};
            }
            if (issueRequest.sealImage.isEmpty()) {
                auto seal = RegistrationForm::readFile(sealPath);
                if (!seal) {
                    return seal.error();
                }
                issueRequest.sealImage = *seal;
            }
            issueRequest.checks = signing::trustStoreOptions(workspace.directory());
            auto key = openKey();
            if (!key) {
                return key.error();
            }
            auto session = workspace.openSession();
            if (!session) {
                return session.error();
            }
            return core::IssueService(**session, renderer).issue(issueRequest, **key, control.token());
        });
    if (!issued) {
        if (issued.error().code != ErrorCode::Cancelled || !issued.error().message.isEmpty()) {
            RegistrationForm::showMessage(m_formMessage,
                                          tr("Not issued, no number was used: %1").arg(issued.error().message));
        }
        return;
    }
    m_receipt = issued->receipt;
    accept();
}

} // namespace vanthu::gui
