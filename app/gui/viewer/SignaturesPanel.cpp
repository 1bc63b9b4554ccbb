// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/viewer/SignaturesPanel.h"

#include "signing/verify/ReportText.h"

#include <QApplication>
#include <QClipboard>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

namespace vanthu::gui
{

using signing::Severity;

namespace
{

/** What a run hands back to the GUI thread (Result has no default constructor, which QFuture wants). */
struct Outcome
{
    std::optional<signing::ValidationReport> report;
    QString error;
};

/** The colours of a severity: strong for icons and the banner's edge, pale for the banner's background. */
struct SeverityColours
{
    QColor strong;
    QColor pale;
};

SeverityColours coloursOf(Severity severity)
{
    switch (severity) {
    case Severity::Green:
        return {QColor(46, 125, 50), QColor(232, 245, 233)};
    case Severity::Yellow:
        return {QColor(240, 160, 0), QColor(255, 248, 225)};
    case Severity::Red:
        break;
    }
    return {QColor(198, 40, 40), QColor(255, 235, 238)};
}

QIcon severityIcon(Severity severity)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(coloursOf(severity).strong.darker(130), 1));
    painter.setBrush(coloursOf(severity).strong);
    painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    return QIcon(pixmap);
}

/** The offline pass left a signature whose revocation the certification authorities must still be asked about. */
bool revocationPending(const signing::ValidationReport& report)
{
    return std::any_of(report.signatures.cbegin(), report.signatures.cend(),
                       [](const signing::SignatureReport& signature) {
                           return signature.revocation == signing::RevocationCheck::NotYetChecked;
                       });
}

} // namespace

SignaturesPanel::SignaturesPanel(QWidget* parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_signatures(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_online(new QPushButton(tr("Check revocation online"), this))
    , m_copy(new QPushButton(tr("Copy report"), this))
{
    setObjectName(QStringLiteral("signaturesPanel"));
    setAccessibleName(tr("Signatures"));

    m_banner->setObjectName(QStringLiteral("verdictBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();

    m_signatures->setObjectName(QStringLiteral("signatureList"));
    m_signatures->setAccessibleName(tr("Signatures in this document"));
    m_signatures->setColumnCount(1);
    m_signatures->header()->hide();
    m_signatures->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_signatures->setWordWrap(true);
    m_signatures->setUniformRowHeights(false);
    m_signatures->setRootIsDecorated(true);
    m_signatures->setIconSize(QSize(16, 16));

    m_progress->setObjectName(QStringLiteral("validationProgress"));
    m_progress->setRange(0, 0); // the validator reports no steps: a busy indicator
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Checking the signatures"));
    m_status->setObjectName(QStringLiteral("validationStatus"));
    m_status->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("cancelValidation"));
    m_online->setObjectName(QStringLiteral("checkRevocationOnline"));
    m_online->setToolTip(tr("Ask the certification authorities whether a certificate was revoked (needs the "
                            "network)."));
    m_copy->setObjectName(QStringLiteral("copyReport"));

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_online);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_signatures, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &SignaturesPanel::cancel);
    connect(m_online, &QPushButton::clicked, this, &SignaturesPanel::checkRevocationOnline);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_report) {
            QApplication::clipboard()->setText(signing::reportAsText(*m_report));
        }
    });
    connect(m_signatures, &QTreeWidget::itemClicked, this, &SignaturesPanel::onItemActivated);
    connect(m_signatures, &QTreeWidget::itemActivated, this, &SignaturesPanel::onItemActivated);
    clear();
}

SignaturesPanel::~SignaturesPanel()
{
    stopRun();
}

void SignaturesPanel::setValidationOptions(const signing::ValidationOptions& options)
{
    m_options = options;
}

void SignaturesPanel::validate(const QByteArray& pdf)
{
    m_pdf = pdf;
    start(false);
}

void SignaturesPanel::checkRevocationOnline()
{
    if (!m_pdf.isEmpty()) {
        start(true);
    }
}

void SignaturesPanel::stopRun()
{
    if (m_runCancel) {
        m_runCancel->store(true);
        m_runCancel.reset();
    }
}

void SignaturesPanel::cancel()
{
    if (!m_busy) {
        return;
    }
    stopRun();
    ++m_generation;
    setBusy(false);
    m_status->setText(m_report && revocationPending(*m_report)
                          ? tr("The online check was cancelled: revocation not yet checked.")
                          : tr("The check was cancelled."));
    m_online->setEnabled(!m_pdf.isEmpty());
}

void SignaturesPanel::clear()
{
    stopRun();
    ++m_generation;
    m_pdf.clear();
    m_report.reset();
    m_signatures->clear();
    m_banner->hide();
    m_status->clear();
    setBusy(false);
    m_online->setEnabled(false);
    m_copy->setEnabled(false);
}

void SignaturesPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_online->setEnabled(!busy && !m_pdf.isEmpty());
}

void SignaturesPanel::start(bool online)
{
    stopRun();
    const quint64 generation = ++m_generation;
    const auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_runCancel = cancel;
    m_runOnline = online;
    if (!online) {
        // A new document: nothing of the last one may stay on screen. An online run keeps the answer shown (the
        // offline one, yellow) until its own replaces it.
        m_report.reset();
        m_signatures->clear();
        m_banner->hide();
        m_copy->setEnabled(false);
    }
    m_status->setText(online ? tr("Asking the certification authorities online whether a certificate was revoked…")
                             : tr("Checking the signatures…"));
    setBusy(true);

    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, online] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return; // a newer document, a new run or Cancel came first
        }
        m_runCancel.reset();
        setBusy(false);
        const Outcome outcome = watcher->result();
        if (outcome.report) {
            showReport(*outcome.report);
            if (!online && m_options.checkRevocationOnline && revocationPending(*outcome.report)) {
                start(true);
            }
        } else {
            showMessage(tr("The signatures could not be checked: %1").arg(outcome.error));
        }
        Q_EMIT validationFinished();
    });
    watcher->setFuture(QtConcurrent::run([pdf = m_pdf, options = m_options, online, cancel]() -> Outcome {
        // Nothing may unwind into the event loop: a hostile file that exhausts memory is a message, not a crash.
        try {
            signing::ValidationOptions effective = options;
            effective.checkRevocationOnline = online;
            effective.cancel = cancel.get();
            auto report = signing::validatePdf(pdf, effective);
            if (!report) {
                return Outcome{std::nullopt, report.error().message};
            }
            return Outcome{*report, {}};
        } catch (const std::exception& exception) {
            return Outcome{std::nullopt, QString::fromLocal8Bit(exception.what())};
        } catch (...) {
            return Outcome{std::nullopt, QStringLiteral("unknown error")};
        }
    }));
}

void SignaturesPanel::showMessage(const QString& message)
{
    m_status->setText(message);
}

void SignaturesPanel::showReport(const signing::ValidationReport& report)
{
    m_report = report;
    m_signatures->clear();
    const Severity severity = signing::reportSeverity(report);
    const QString title = signing::verdictTitle(report.verdict);
    const QString explanation = signing::verdictExplanation(report.verdict);
    m_banner->setText(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), explanation.toHtmlEscaped()));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: black; border-left: 6px solid %2; }")
                                .arg(coloursOf(severity).pale.name(), coloursOf(severity).strong.name()));
    m_banner->setAccessibleName(title);
    m_banner->setAccessibleDescription(explanation);
    m_banner->setProperty("severity", static_cast<int>(severity));
    m_banner->show();
    for (const signing::SignatureReport& signature : report.signatures) {
        addSignatureRow(signature);
    }
    if (report.signatures.size() <= 3) {
        m_signatures->expandAll();
    }
    QString status;
    if (report.signatures.isEmpty()) {
        status.clear();
    } else if (report.online) {
        status = tr("Revocation was checked online.");
    } else if (revocationPending(report)) {
        status = m_options.checkRevocationOnline
                     ? tr("Revocation not yet checked: this was the offline check.")
                     : tr("Revocation not yet checked: this workspace works offline. Choose \"Check revocation "
                          "online\" to ask the certification authorities.");
    } else {
        status = tr("Revocation was checked only with the data inside the document.");
    }
    m_status->setText(status);
    m_copy->setEnabled(true);
}

void SignaturesPanel::addSignatureRow(const signing::SignatureReport& signature)
{
    const Severity severity = signing::signatureSeverity(signature);
    const QString signer = signature.signer.isEmpty() ? tr("Unknown signer") : signature.signer;
    QString result = signing::indicationText(signature.indication);
    if (signature.subIndication != signing::SubIndication::None) {
        result = tr("%1: %2").arg(result, signing::subIndicationText(signature.subIndication));
    }
    if (signature.revocation == signing::RevocationCheck::NotYetChecked) {
        //: A signature's result, then that its certificate's revocation was not asked yet (offline check).
        result = tr("%1; revocation not yet checked").arg(result);
    }
    const QString time = signing::signingTimeText(signature);
    const QString level = signing::padesLevelText(signature.padesLevel);
    const QString changes = signing::modificationLevelText(signature.modificationLevel);

    auto* row = new QTreeWidgetItem(m_signatures);
    row->setIcon(0, severityIcon(severity));
    row->setText(0, signer + QLatin1Char('\n') + result);
    row->setToolTip(0, tr("Field: %1").arg(signature.field));
    row->setData(0, SeverityRole, static_cast<int>(severity));
    row->setData(0, FieldRole, signature.field);
    //: Read by screen readers for one signature: signer, result, signing time, format, changes after it.
    row->setData(0, Qt::AccessibleTextRole,
                 tr("Signature by %1. %2. Signed %3. %4. Changes after this signature: %5.")
                     .arg(signer, result, time, level, changes));
    QFont bold = row->font(0);
    bold.setBold(true);
    row->setFont(0, bold);

    const auto addLine = [&signature](QTreeWidgetItem* parent, const QString& text) {
        auto* line = new QTreeWidgetItem(parent);
        line->setText(0, text);
        line->setToolTip(0, text); // the whole sentence, where a narrow panel cuts it
        line->setData(0, FieldRole, signature.field);
        line->setData(0, Qt::AccessibleTextRole, text);
        return line;
    };
    addLine(row, tr("Signing time: %1").arg(time));
    addLine(row, tr("Format: %1").arg(level));
    addLine(row, tr("Issued by: %1").arg(signature.issuer.isEmpty() ? tr("unknown") : signature.issuer));
    addLine(row, tr("Revocation: %1").arg(signing::revocationText(signature.revocation)));
    QTreeWidgetItem* changed = addLine(row, tr("Changes after this signature: %1").arg(changes));
    // The findings say what changed after the signature, and why a signature failed: they unfold under that line.
    for (const signing::Finding& finding : signature.findings) {
        addLine(changed, finding.message)->setData(0, FindingCodeRole, finding.code);
    }
}

void SignaturesPanel::onItemActivated(QTreeWidgetItem* item)
{
    const QString field = item ? item->data(0, FieldRole).toString() : QString();
    if (!field.isEmpty()) {
        Q_EMIT signatureActivated(field);
    }
}

} // namespace vanthu::gui
