// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/signing/SignDialog.h"

#include "app/gui/signing/PagePreview.h"
#include "app/gui/signing/PinDialog.h"
#include "app/gui/signing/SigningWidgets.h"
#include "app/gui/viewer/PdfDocument.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vanthu::gui
{

SignDialog::SignDialog(const QString& pdfPath, QWidget* parent)
    : QDialog(parent)
    , m_input(QFileInfo(pdfPath).absoluteFilePath())
    , m_prompt(std::make_unique<DialogSecretPrompt>(this))
{
    setObjectName(QStringLiteral("signDialog"));
    setWindowTitle(tr("Sign %1").arg(QFileInfo(pdfPath).fileName()));
    const SigningSettings settings = SigningSettings::load();
    resize(1100, 760);

    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    auto* form = new QFormLayout;
    m_certificate = new CertificateField(this);
    form->addRow(tr("Certificate:"), m_certificate);
    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    fillAppearanceCombo(m_appearance, settings.appearance);
    form->addRow(tr("&Appearance:"), m_appearance);
    m_anchor = new QLineEdit(settings.anchor, this);
    m_anchor->setObjectName(QStringLiteral("anchorEdit"));
    m_anchor->setToolTip(
        tr("The signer's title printed in the document (e.g. CHỦ TỊCH): the signature goes below it."));
    form->addRow(tr("Signer's &title:"), m_anchor);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("numberEdit"));
    m_number->setPlaceholderText(tr("e.g. 05/QĐ-UBND (attachment stamp, issuing)"));
    form->addRow(tr("&Number and symbol:"), m_number);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("issuingDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("Issuing date, filled in with the agency's seal on a document prepared for issuing."));
    form->addRow(tr("Issuing &date:"), m_date);
    auto* outputRow = new QHBoxLayout;
    m_output = new QLineEdit(signedFileName(m_input), this);
    m_output->setObjectName(QStringLiteral("outputEdit"));
    m_output->setAccessibleName(tr("Signed file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    auto* outputLabel = new QLabel(tr("Save &as:"), this);
    outputLabel->setBuddy(m_output);
    form->addRow(outputLabel, outputRow);
    m_page = new QSpinBox(this);
    m_page->setObjectName(QStringLiteral("pageSpin"));
    m_page->setAccessibleName(tr("Page shown"));
    form->addRow(tr("&Page:"), m_page);
    left->addLayout(form);

    m_placeHint = new QLabel(this);
    m_placeHint->setObjectName(QStringLiteral("placementHint"));
    m_placeHint->setWordWrap(true);
    left->addWidget(m_placeHint);
    auto* reset = new QPushButton(tr("&Reset the place"), this);
    reset->setObjectName(QStringLiteral("resetPlaceButton"));
    left->addWidget(reset, 0, Qt::AlignLeft);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    left->addWidget(m_progress);
    left->addStretch();
    const SigningFooter footer = addSigningFooter(this, left, tr("&Sign"), tr("Cancel"));
    m_status = footer.status;
    m_error = footer.error;
    m_sign = footer.sign;
    m_close = footer.close;
    auto* leftPanel = new QWidget(this);
    leftPanel->setLayout(left);
    leftPanel->setMinimumWidth(440);
    layout->addWidget(leftPanel, 1);

    m_preview = new PagePreview(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_preview);
    scroll->setMinimumWidth(480);
    scroll->setFocusPolicy(Qt::NoFocus); // the page itself takes the focus
    layout->addWidget(scroll, 2);

    m_inputs = {m_certificate, m_appearance, m_anchor, m_number, m_date, m_output, browse, m_page, reset, m_preview};
    setTabOrder(m_certificate->button(), m_appearance);
    setTabOrder(m_appearance, m_anchor);
    setTabOrder(m_anchor, m_number);
    setTabOrder(m_number, m_date);
    setTabOrder(m_date, m_output);
    setTabOrder(m_output, browse);
    setTabOrder(browse, m_page);
    setTabOrder(m_page, m_preview);
    setTabOrder(m_preview, reset);
    setTabOrder(reset, m_sign);
    setTabOrder(m_sign, m_close);

    // Read once: the preview shows, and the placement reads, the bytes that will be signed.
    if (auto read = PdfDocument::readFile(m_input); read) {
        m_pdf = *read;
    } else {
        m_error->showError(read.error());
    }
    if (!m_pdf.isEmpty() && !m_preview->load(m_pdf)) {
        m_error->showError(Error{ErrorCode::InvalidInput, tr("%1 cannot be shown.").arg(m_input), QString()});
    }
    m_page->setRange(1, std::max(1, m_preview->pageCount()));
    m_page->setSuffix(tr(" of %1").arg(m_preview->pageCount()));

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getSaveFileName(this, tr("Save the signed file as"), m_output->text(), tr("PDF (*.pdf)"));
        if (!chosen.isEmpty()) {
            m_output->setText(chosen);
        }
    });
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) { m_preview->showPage(page - 1); });
    connect(m_preview, &PagePreview::clicked, this, &SignDialog::moveSignature);
    connect(m_preview, &PagePreview::nudged, this, [this](QPointF delta) {
        if (const auto place = placement()) {
            moveSignature(place->pageIndex, place->rect.center() + delta);
        }
    });
    connect(reset, &QPushButton::clicked, this, &SignDialog::resetPlacement);
    connect(m_appearance, &QComboBox::currentIndexChanged, this, &SignDialog::updatePlacement);
    connect(m_anchor, &QLineEdit::editingFinished, this, &SignDialog::updatePlacement);
    connect(m_number, &QLineEdit::editingFinished, this, &SignDialog::updatePlacement);
    connect(m_sign, &QPushButton::clicked, this, &SignDialog::startSigning);
    connect(m_close, &QPushButton::clicked, this, &SignDialog::reject);
    connect(&m_watcher, &QFutureWatcher<SignOutcome>::finished, this, &SignDialog::finished);
    updatePlacement();
}

SignDialog::~SignDialog()
{
    m_watcher.waitForFinished();
}

QString SignDialog::signFile(QWidget* parent, const QString& pdf)
{
    SignDialog dialog(pdf, parent);
    dialog.exec();
    return dialog.signedPath();
}

std::optional<signing::PagePlacement> SignDialog::placement() const
{
    if (selectedAppearance(m_appearance) == signing::AppearanceKind::None) {
        return std::nullopt;
    }
    return m_moved ? m_moved : m_default;
}

bool SignDialog::isSigning() const
{
    return m_watcher.isRunning();
}

Result<signing::FileSignJob> SignDialog::buildJob() const
{
    signing::FileSignJob job;
    const signing::AppearanceKind kind = selectedAppearance(m_appearance);
    SigningSettings settings = SigningSettings::load();
    settings.anchor = m_anchor->text().trimmed();
    if (auto prepared = settings.prepare(job, kind); !prepared) {
        return prepared.error();
    }
    job.inputPath = m_input;
    job.outputPath = m_output->text().trimmed();
    job.numberSymbol = m_number->text().trimmed();
    if (kind == signing::AppearanceKind::Agency && !job.numberSymbol.isEmpty()) {
        job.issuingDate = m_date->date();
    }
    return job;
}

void SignDialog::updatePlacement()
{
    m_default.reset();
    const signing::AppearanceKind kind = selectedAppearance(m_appearance);
    m_anchor->setEnabled(kind == signing::AppearanceKind::Leader || kind == signing::AppearanceKind::Agency);
    m_date->setEnabled(kind == signing::AppearanceKind::Agency);
    if (kind == signing::AppearanceKind::None) {
        m_placeHint->setText(tr("An invisible signature has no place on the page."));
        showBox();
        return;
    }
    const double seal = signing::millimetresToPoints(SigningSettings::load().sealDiameterMillimetres);
    // Until Nghị định 30's place is known, a box of the usual size: 40 mm wide for a signature, the seal's size.
    m_boxSize = kind == signing::AppearanceKind::Agency
                    ? QSizeF(seal, seal)
                    : QSizeF(signing::millimetresToPoints(40), signing::millimetresToPoints(20));
    auto job = buildJob();
    auto placed = job ? signing::nd30Placement(*job, m_pdf) : Result<signing::PagePlacement>(job.error());
    if (placed) {
        m_default = *placed;
        m_boxSize = placed->rect.size();
        m_placeHint->setText(
            tr("The signature goes where Nghị định 30 puts it. Click on the page to move it there instead."));
        if (!m_moved) {
            m_page->setValue(placed->pageIndex + 1);
        }
    } else {
        m_placeHint->setText(placed.error().message + QLatin1Char(' ')
                             + tr("Click on the page where the signature goes."));
    }
    if (m_moved) {
        moveSignature(m_moved->pageIndex, m_moved->rect.center());
        return;
    }
    showBox();
}

void SignDialog::showBox()
{
    const auto place = placement();
    m_preview->setBox(place ? std::optional(std::pair(place->pageIndex, place->rect)) : std::nullopt);
}

void SignDialog::moveSignature(int pageIndex, QPointF pdfPoint)
{
    if (selectedAppearance(m_appearance) == signing::AppearanceKind::None || isSigning()) {
        return;
    }
    const QRectF box(pdfPoint.x() - m_boxSize.width() / 2, pdfPoint.y() - m_boxSize.height() / 2, m_boxSize.width(),
                     m_boxSize.height());
    m_moved = signing::PagePlacement{pageIndex, box};
    showBox();
}

void SignDialog::resetPlacement()
{
    m_moved.reset();
    updatePlacement();
}

void SignDialog::setBusy(bool busy)
{
    for (QWidget* input : std::as_const(m_inputs)) {
        input->setEnabled(!busy);
    }
    if (!busy) {
        updatePlacement(); // re-applies which fields the appearance uses
    }
    m_progress->setVisible(busy);
    m_sign->setEnabled(!busy);
    m_close->setEnabled(!busy);
}

void SignDialog::startSigning()
{
    if (isSigning()) {
        return;
    }
    m_error->clear();
    m_status->clear();
    if (!m_certificate->choice().isSet() && !m_certificate->choose()) {
        return;
    }
    auto job = buildJob();
    if (!job) {
        m_error->showError(job.error());
        return;
    }
    if (job->outputPath.isEmpty()) {
        m_error->showError(Error{ErrorCode::InvalidInput, tr("Say where to save the signed file."), QString()});
        return;
    }
    if (QFileInfo(job->outputPath).absoluteFilePath() == m_input) {
        m_error->showError(
            Error{ErrorCode::InvalidInput, tr("The signed file must not replace the document itself."), QString()});
        return;
    }
    if (QFileInfo::exists(job->outputPath)
        && QMessageBox::question(this, windowTitle(), tr("%1 exists. Replace it?").arg(job->outputPath))
               != QMessageBox::Yes) {
        return;
    }
    const auto place = placement();
    if (place && m_preview->isRotated(place->pageIndex)) {
        // The appearance is drawn upright in the page's own space; on a turned page it would show sideways.
        m_error->showError(Error{ErrorCode::Unsupported,
                                 tr("Page %1 is turned in the file, so a visible signature on it would be drawn "
                                    "sideways. Choose another page, or an invisible signature.")
                                     .arg(place->pageIndex + 1),
                                 QStringLiteral("page rotated")});
        return;
    }
    if (place && m_moved) {
        job->pageIndex = place->pageIndex;
        job->rect = place->rect;
    }
    setBusy(true);
    m_status->setText(tr("Signing…"));
    const CertificateChoice choice = m_certificate->choice();
    DialogSecretPrompt* prompt = m_prompt.get();
    m_watcher.setFuture(QtConcurrent::run([choice, job = *job, prompt] {
        SignOutcome outcome;
        auto key = openSigningKey(choice, *prompt);
        if (!key) {
            outcome.error = key.error();
            return outcome;
        }
        auto signedFile = signing::signFile(job, **key);
        if (signedFile) {
            outcome.result = *signedFile;
        } else {
            outcome.error = signedFile.error();
        }
        return outcome;
    }));
}

void SignDialog::finished()
{
    const SignOutcome outcome = m_watcher.result();
    setBusy(false);
    if (outcome.result) {
        m_signedPath = outcome.result->outputPath;
        m_status->setText(tr("Signed and saved as %1.").arg(QDir::toNativeSeparators(m_signedPath)));
        m_sign->setEnabled(false);
        m_close->setText(tr("Close"));
        m_close->setFocus();
        Q_EMIT signingFinished(true);
        return;
    }
    if (outcome.error.code == ErrorCode::Cancelled) {
        m_status->setText(tr("Not signed: the password or PIN was not given."));
    } else {
        m_status->setText(tr("Not signed."));
        m_error->showError(outcome.error);
    }
    Q_EMIT signingFinished(false);
}

void SignDialog::reject()
{
    if (!isSigning()) {
        QDialog::reject();
    }
}

void SignDialog::closeEvent(QCloseEvent* event)
{
    if (isSigning()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace vanthu::gui
