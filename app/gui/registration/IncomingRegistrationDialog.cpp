// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/registration/IncomingRegistrationDialog.h"

#include "app/gui/DroppedFiles.h"
#include "app/gui/TaskRunner.h"
#include "app/gui/registration/RegistrationForm.h"
#include "app/gui/viewer/SeverityColour.h"
#include "app/gui/viewer/VerificationSettings.h"
#include "common/TextNormalize.h"
#include "common/VietnamTime.h"
#include "core/Workspace.h"
#include "core/domain/DocumentType.h"
#include "core/domain/FieldLimits.h"
#include "core/registers/FieldValidation.h"
#include "core/registers/IncomingService.h"
#include "signing/verify/ReportJson.h"
#include "signing/verify/ReportText.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace vanthu::gui
{
namespace
{

const QString TypeField = QStringLiteral("typeField");
const QString NumberField = QStringLiteral("numberField");
const QString DateField = QStringLiteral("dateField");
const QString OrganField = QStringLiteral("organField");
const QString SubjectField = QStringLiteral("subjectField");
const QString SignerNameField = QStringLiteral("signerNameField");
const QString SignerPositionField = QStringLiteral("signerPositionField");
const QString ToPlacesField = QStringLiteral("toPlacesField");
const QString UrgencyField = QStringLiteral("urgencyField");
const QString NoteField = QStringLiteral("noteField");

bool isPdfPath(const QString& path)
{
    return path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
}

} // namespace

IncomingRegistrationDialog::IncomingRegistrationDialog(core::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("incomingRegistrationDialog"));
    setWindowTitle(tr("Register incoming documents"));
    setAcceptDrops(true);
    m_verifier = new IncomingVerifier(workspace.directory(), VerificationSettings::load().workOffline, this);
    buildForm();
    connect(m_verifier, &IncomingVerifier::started, this, &IncomingRegistrationDialog::showVerification);
    connect(m_verifier, &IncomingVerifier::finished, this, &IncomingRegistrationDialog::verificationFinished);
    connect(&m_watcher, &QFutureWatcher<PdfFirstPage>::resultReadyAt, this, &IncomingRegistrationDialog::recognised);
    connect(&m_watcher, &QFutureWatcher<PdfFirstPage>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<PdfFirstPage>::finished, this, &IncomingRegistrationDialog::recognitionDone);
    validate();
}

IncomingRegistrationDialog::~IncomingRegistrationDialog()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QList<core::RegistrationReceipt> IncomingRegistrationDialog::registerFiles(QWidget* parent, core::Workspace& workspace,
                                                                           const QStringList& pdfs)
{
    IncomingRegistrationDialog dialog(workspace, parent);
    dialog.addFiles(pdfs);
    dialog.exec();
    return dialog.receipts();
}

void IncomingRegistrationDialog::buildForm()
{
    auto* files = new QVBoxLayout;
    m_fileList = new QListWidget(this);
    m_fileList->setObjectName(QStringLiteral("fileList"));
    m_fileList->setAccessibleName(tr("Files to register"));
    m_fileList->setMinimumWidth(200);
    files->addWidget(new QLabel(tr("Drop PDF files here or add them:"), this));
    files->addWidget(m_fileList, 1);
    m_addButton = new QPushButton(tr("&Add files…"), this);
    m_addButton->setObjectName(QStringLiteral("addFilesButton"));
    m_addButton->setToolTip(tr("Add PDF files (Ctrl+O)"));
    files->addWidget(m_addButton);
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("recognitionProgress"));
    m_progress->setAccessibleName(tr("Reading the files"));
    m_progress->setFormat(tr("Reading %v of %m"));
    m_cancelButton = new QPushButton(tr("Cancel reading"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelRecognitionButton"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    files->addLayout(progressRow);
    m_progress->hide();
    m_cancelButton->hide();

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setAccessibleName(tr("First page"));
    m_preview->setFixedWidth(230);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto* form = new QFormLayout;
    m_recognisedNote = new QLabel(this);
    m_recognisedNote->setObjectName(QStringLiteral("recognisedNote"));
    m_recognisedNote->setWordWrap(true);
    form->addRow(m_recognisedNote);
    m_verificationLabel = new QLabel(this);
    m_verificationLabel->setObjectName(QStringLiteral("verificationLabel"));
    m_verificationLabel->setWordWrap(true);
    m_verificationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_verificationProgress = new QProgressBar(this);
    m_verificationProgress->setObjectName(QStringLiteral("verificationProgress"));
    m_verificationProgress->setAccessibleName(tr("Checking the signatures"));
    m_verificationProgress->setRange(0, 0); // the validator reports no steps: a busy indicator
    m_verificationProgress->setTextVisible(false);
    m_cancelVerification = new QPushButton(tr("Cancel check"), this);
    m_cancelVerification->setObjectName(QStringLiteral("cancelVerificationButton"));
    m_cancelVerification->setToolTip(tr("Stop checking the signatures of this file; it can then be registered "
                                        "without the check."));
    auto* verificationRow = new QHBoxLayout;
    verificationRow->addWidget(m_verificationLabel, 1);
    verificationRow->addWidget(m_verificationProgress);
    verificationRow->addWidget(m_cancelVerification);
    form->addRow(tr("Signatures:"), verificationRow);
    m_type = new QComboBox(this);
    m_type->setObjectName(TypeField);
    m_type->addItem(tr("(choose)"), QString());
    for (const core::DocumentType& type : core::DocumentTypes::all()) {
        m_type->addItem(type.name, type.key);
    }
    RegistrationForm::addRow(form, tr("&Type:"), m_type, m_messages);
    const struct
    {
        QString name;
        QString label;
        QString placeholder;
    } lines[] = {
        {NumberField, tr("&Number/symbol:"), tr("e.g. 12/2026/QĐ-UBND")},
        {DateField, tr("&Date of the document:"), tr("dd/mm/yyyy")},
        {OrganField, tr("Issuing &agency:"), QString()},
        {SubjectField, tr("&Subject (trích yếu):"), QString()},
        {SignerNameField, tr("Si&gner:"), QString()},
        {SignerPositionField, tr("Signer's &position:"), QString()},
        {ToPlacesField, tr("&Hand to (unit or person):"), QString()},
    };
    for (const auto& line : lines) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(line.name);
        edit->setPlaceholderText(line.placeholder);
        RegistrationForm::addRow(form, line.label, edit, m_messages);
        m_textFields.append(edit);
    }
    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(UrgencyField);
    for (core::Urgency urgency :
         {core::Urgency::Normal, core::Urgency::Urgent, core::Urgency::VeryUrgent, core::Urgency::Flash}) {
        m_urgency->addItem(urgency == core::Urgency::Normal ? tr("Normal") : core::urgencyName(urgency),
                           static_cast<int>(urgency));
    }
    RegistrationForm::addRow(form, tr("&Urgency:"), m_urgency, m_messages);
    auto* note = new QLineEdit(this);
    note->setObjectName(NoteField);
    RegistrationForm::addRow(form, tr("N&otes:"), note, m_messages);
    m_textFields.append(note);
    m_formMessage = RegistrationForm::messageLabel(this, QStringLiteral("formMessage"));
    form->addRow(m_formMessage);

    m_duplicatePanel = new QGroupBox(tr("Possible duplicate"), this);
    m_duplicatePanel->setObjectName(QStringLiteral("duplicatePanel"));
    auto* duplicateLayout = new QFormLayout(m_duplicatePanel);
    m_duplicateMessage = new QLabel(m_duplicatePanel);
    m_duplicateMessage->setObjectName(QStringLiteral("duplicateMessage"));
    m_duplicateMessage->setWordWrap(true);
    duplicateLayout->addRow(m_duplicateMessage);
    m_duplicateReason = new QLineEdit(m_duplicatePanel);
    m_duplicateReason->setObjectName(QStringLiteral("duplicateReasonField"));
    RegistrationForm::addRow(duplicateLayout, tr("&Reason:"), m_duplicateReason, m_messages);
    m_registerAnyway = new QPushButton(tr("Register &anyway"), m_duplicatePanel);
    m_registerAnyway->setObjectName(QStringLiteral("registerAnywayButton"));
    duplicateLayout->addRow(m_registerAnyway);
    form->addRow(m_duplicatePanel);
    m_duplicatePanel->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_registerButton = new QPushButton(tr("&Register"), this);
    m_registerButton->setObjectName(QStringLiteral("registerButton"));
    m_registerButton->setToolTip(tr("Register this document (Ctrl+Return)"));
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton* button :
         {m_addButton, m_cancelButton, m_cancelVerification, m_registerAnyway, m_registerButton, m_closeButton}) {
        button->setAutoDefault(false);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_registerButton);
    buttons->addWidget(m_closeButton);

    auto* columns = new QHBoxLayout;
    columns->addLayout(files);
    columns->addWidget(m_preview);
    columns->addLayout(form, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    QList<QWidget*> order{m_fileList, m_addButton, m_type};
    for (QLineEdit* edit : std::as_const(m_textFields)) {
        order.append(edit);
        if (edit->objectName() == ToPlacesField) {
            order.append(m_urgency);
        }
    }
    order << m_duplicateReason << m_registerAnyway << m_registerButton << m_closeButton;
    for (qsizetype index = 1; index < order.size(); ++index) {
        setTabOrder(order.at(index - 1), order.at(index));
    }

    connect(m_addButton, &QPushButton::clicked, this, &IncomingRegistrationDialog::pickFiles);
    connect(m_cancelButton, &QPushButton::clicked, this, &IncomingRegistrationDialog::cancelRecognition);
    connect(m_cancelVerification, &QPushButton::clicked, this, &IncomingRegistrationDialog::cancelVerification);
    connect(m_registerButton, &QPushButton::clicked, this, [this] { registerCurrent(false); });
    connect(m_registerAnyway, &QPushButton::clicked, this, [this] { registerCurrent(true); });
    connect(m_closeButton, &QPushButton::clicked, this, &IncomingRegistrationDialog::reject);
    connect(m_fileList, &QListWidget::currentRowChanged, this, &IncomingRegistrationDialog::showEntry);
    connect(m_type, &QComboBox::currentIndexChanged, this, &IncomingRegistrationDialog::validate);
    connect(m_urgency, &QComboBox::currentIndexChanged, this, &IncomingRegistrationDialog::validate);
    connect(m_duplicateReason, &QLineEdit::textChanged, this, &IncomingRegistrationDialog::validate);
    for (QLineEdit* edit : std::as_const(m_textFields)) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            // A changed field may no longer be the duplicate core reported.
            m_duplicatePanel->hide();
            validate();
        });
    }
    RegistrationForm::addSubmitShortcuts(this, [this] {
        if (m_duplicatePanel->isVisible() && m_registerAnyway->isEnabled()) {
            m_registerAnyway->click();
        } else if (m_registerButton->isEnabled()) {
            m_registerButton->click();
        }
    });
    auto* open = new QShortcut(QKeySequence::Open, this);
    connect(open, &QShortcut::activated, this, &IncomingRegistrationDialog::pickFiles);
}

const QList<core::RegistrationReceipt>& IncomingRegistrationDialog::receipts() const
{
    return m_receipts;
}

bool IncomingRegistrationDialog::isRecognising() const
{
    // Until recognitionDone() has run: the worker may have ended while its results still wait in the event queue.
    return m_recognising;
}

void IncomingRegistrationDialog::pickFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Add PDF files"), QString(), tr("PDF files (*.pdf *.PDF)"));
    addFiles(paths);
}

void IncomingRegistrationDialog::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (isPdfPath(path)) {
            m_queued.append(path);
        }
    }
    if (!m_recognising) {
        startRecognition();
    }
}

void IncomingRegistrationDialog::startRecognition()
{
    if (m_queued.isEmpty()) {
        return;
    }
    const QStringList batch = std::exchange(m_queued, {});
    m_batchStart = static_cast<int>(m_entries.size());
    for (const QString& path : batch) {
        Entry entry;
        entry.id = m_nextId++;
        entry.path = path;
        m_entries.append(entry);
        m_fileList->addItem(QString());
        refreshItem(static_cast<int>(m_entries.size()) - 1);
    }
    m_recognising = true;
    m_progress->setRange(0, static_cast<int>(batch.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_watcher.setFuture(QtConcurrent::run(
        [](QPromise<PdfFirstPage>& promise, const QStringList& paths) {
            promise.setProgressRange(0, static_cast<int>(paths.size()));
            for (qsizetype index = 0; index < paths.size(); ++index) {
                if (promise.isCanceled()) {
                    return;
                }
                promise.addResult(readPdfFirstPage(paths.at(index)), static_cast<int>(index));
                promise.setProgressValue(static_cast<int>(index) + 1);
            }
        },
        batch));
}

void IncomingRegistrationDialog::recognised(int resultIndex)
{
    const int index = m_batchStart + resultIndex;
    if (index >= m_entries.size()) {
        return;
    }
    Entry& entry = m_entries[index];
    entry.page = m_watcher.resultAt(resultIndex);
    if (entry.page->error.isEmpty()) {
        m_verifier->enqueue(entry.id, entry.page->bytes);
    } else {
        entry.verified = true; // nothing to check in a file that is no PDF
    }
    prefill(entry);
    refreshItem(index);
    if (m_current == index) {
        m_current = -1; // reload the form with what was recognised, without saving the empty one over it
        showEntry(index);
    } else if (m_current < 0 || !m_entries.at(m_current).page || m_entries.at(m_current).receipt) {
        m_fileList->setCurrentRow(index);
        showEntry(index);
    }
}

void IncomingRegistrationDialog::recognitionDone()
{
    // Files the reading did not reach (cancelled) leave the list: nothing half-read is offered for registration.
    saveForm();
    const QSignalBlocker blocker(m_fileList);
    const int shown = m_current;
    m_current = -1;
    int current = shown;
    for (int index = static_cast<int>(m_entries.size()) - 1; index >= m_batchStart; --index) {
        if (!m_entries.at(index).page) {
            current = index == current ? -1 : (index < current ? current - 1 : current);
            m_entries.removeAt(index);
            delete m_fileList->takeItem(index);
        }
    }
    if (current < 0 && !m_entries.isEmpty()) {
        current = 0;
    }
    m_fileList->setCurrentRow(current);
    showEntry(current);
    m_progress->hide();
    m_cancelButton->hide();
    if (!m_queued.isEmpty()) {
        startRecognition();
        return;
    }
    m_recognising = false;
    validate();
    Q_EMIT recognitionFinished();
}

void IncomingRegistrationDialog::cancelRecognition()
{
    m_queued.clear();
    m_watcher.cancel();
}

bool IncomingRegistrationDialog::isVerifying() const
{
    return m_verifier->isBusy();
}

void IncomingRegistrationDialog::cancelVerification()
{
    if (m_current >= 0 && m_current < m_entries.size()) {
        m_verifier->cancel(m_entries.at(m_current).id);
    }
}

int IncomingRegistrationDialog::indexOf(quint64 id) const
{
    for (int index = 0; index < m_entries.size(); ++index) {
        if (m_entries.at(index).id == id) {
            return index;
        }
    }
    return -1;
}

void IncomingRegistrationDialog::verificationFinished(quint64 id, const IncomingVerification& verification)
{
    const int index = indexOf(id);
    if (index < 0) {
        return;
    }
    m_entries[index].verified = true;
    m_entries[index].verification = verification;
    if (index == m_current) {
        showVerification();
        validate();
    }
}

void IncomingRegistrationDialog::showVerification()
{
    const Entry* entry = m_current >= 0 && m_current < m_entries.size() ? &m_entries.at(m_current) : nullptr;
    const bool checkable = entry && entry->page && entry->page->error.isEmpty();
    const bool running = checkable && !entry->verified;
    m_verificationLabel->setVisible(checkable);
    m_verificationProgress->setVisible(running);
    m_cancelVerification->setVisible(running);
    if (!checkable) {
        m_verificationLabel->clear();
        m_verificationLabel->setProperty("severity", QVariant());
        return;
    }
    QString line;
    QString explanation;
    QVariant severity;
    if (running) {
        line = m_verifier->isPending(entry->id) ? tr("Checking the signatures…") : QString();
    } else if (const auto& report = entry->verification.report) {
        line = signing::verdictTitle(report->verdict);
        explanation = signing::verdictExplanation(report->verdict);
        QStringList signers;
        for (const signing::SignatureReport& signature : report->signatures) {
            if (!signature.signer.isEmpty()) {
                signers.append(signature.signer);
            }
        }
        signers.removeDuplicates();
        if (!signers.isEmpty()) {
            //: The verdict of a received PDF, then who signed it.
            line = tr("%1 — signed by %2").arg(line, signers.join(QStringLiteral(", ")));
        }
        if (report->verdict != signing::Verdict::NoSignature) {
            line += QLatin1Char(' ') + (report->online ? tr("(checked online)") : tr("(checked offline)"));
        }
        if (!entry->verification.note.isEmpty()) {
            line += QLatin1Char(' ') + entry->verification.note;
        }
        severity = static_cast<int>(signing::reportSeverity(*report));
    } else {
        line = tr("The signatures were not checked: %1").arg(entry->verification.note);
        severity = static_cast<int>(signing::Severity::Yellow);
    }
    m_verificationLabel->setText(line);
    m_verificationLabel->setToolTip(explanation);
    m_verificationLabel->setAccessibleName(tr("Signatures"));
    m_verificationLabel->setAccessibleDescription(line);
    m_verificationLabel->setProperty("severity", severity);
    m_verificationLabel->setStyleSheet(
        severity.isValid() ? QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                 .arg(severityTextColour(static_cast<signing::Severity>(severity.toInt())).name())
                           : QString());
}

void IncomingRegistrationDialog::prefill(Entry& entry)
{
    const core::RecognisedDocument& found = entry.page->recognised;
    const auto take = [&entry](const QString& field, const QString& text, bool isFound) {
        if (isFound && !text.isEmpty()) {
            entry.values.insert(field, text);
            entry.recognisedFields.insert(field);
        }
    };
    take(TypeField, found.typeKey.value, found.typeKey.found());
    take(NumberField, found.code.value.display(), found.code.found());
    take(DateField, found.issuedDate.value.toString(QStringLiteral("dd/MM/yyyy")), found.issuedDate.found());
    take(OrganField, found.organName.value, found.organName.found());
    take(SubjectField, found.subject.value, found.subject.found());
}

void IncomingRegistrationDialog::saveForm()
{
    if (m_current < 0 || m_current >= m_entries.size() || m_loading) {
        return;
    }
    Entry& entry = m_entries[m_current];
    for (QLineEdit* edit : std::as_const(m_textFields)) {
        entry.values.insert(edit->objectName(), edit->text());
    }
    entry.values.insert(TypeField, m_type->currentData().toString());
    entry.values.insert(UrgencyField, m_urgency->currentData().toString());
}

void IncomingRegistrationDialog::showEntry(int index)
{
    if (index == m_current && index >= 0) {
        return;
    }
    saveForm();
    m_current = index;
    m_loading = true;
    const Entry* entry = index >= 0 && index < m_entries.size() ? &m_entries.at(index) : nullptr;
    for (QLineEdit* edit : std::as_const(m_textFields)) {
        edit->setText(entry ? entry->values.value(edit->objectName()) : QString());
        RegistrationForm::markRecognised(edit, entry && entry->recognisedFields.contains(edit->objectName()));
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(entry ? entry->values.value(TypeField) : QString())));
    RegistrationForm::markRecognised(m_type, entry && entry->recognisedFields.contains(TypeField));
    m_urgency->setCurrentIndex(std::max(0, m_urgency->findData(entry ? entry->values.value(UrgencyField).toInt() : 0)));
    m_preview->setPixmap(entry && entry->page ? QPixmap::fromImage(entry->page->preview) : QPixmap());
    m_recognisedNote->setText(entry && !entry->recognisedFields.isEmpty()
                                  ? tr("Fields marked in yellow were recognised from the PDF: check them.")
                                  : QString());
    m_duplicatePanel->hide();
    m_duplicateReason->clear();
    m_loading = false;
    showVerification();
    validate();
}

QString IncomingRegistrationDialog::value(const QString& name) const
{
    const auto* edit = findChild<QLineEdit*>(name);
    return edit ? normalizedLine(edit->text()) : QString();
}

IncomingRegistration IncomingRegistrationDialog::registration() const
{
    IncomingRegistration registration;
    core::IncomingRequest& request = registration.request;
    core::DocumentFields& fields = request.fields;
    fields.typeKey = m_type->currentData().toString();
    if (auto code = core::parseDocumentCode(value(NumberField)); code) {
        fields.code = *code;
    }
    fields.issuedDate = parseFlexibleDate(value(DateField));
    fields.organName = value(OrganField);
    fields.subject = value(SubjectField);
    fields.signerName = value(SignerNameField);
    fields.signerPosition = value(SignerPositionField);
    fields.urgency = static_cast<core::Urgency>(m_urgency->currentData().toInt());
    fields.description = value(NoteField);
    request.toPlaces = value(ToPlacesField);
    if (m_current >= 0 && m_current < m_entries.size() && m_entries.at(m_current).page) {
        const PdfFirstPage& page = *m_entries.at(m_current).page;
        registration.verification = m_entries.at(m_current).verification.report;
        // The check the clerk saw is stored with the version it is about (issue 12: reports record online/offline).
        request.attachments.append(core::AttachmentInput{
            QFileInfo(page.path).fileName(), page.bytes,
            registration.verification ? signing::reportJsonBytes(*registration.verification) : QByteArray()});
    }
    return registration;
}

void IncomingRegistrationDialog::validate()
{
    if (m_loading) {
        return;
    }
    const Entry* entry = m_current >= 0 && m_current < m_entries.size() ? &m_entries.at(m_current) : nullptr;
    // The registration takes the verification the clerk saw: Register waits for it (or for its Cancel).
    const bool ready = entry && entry->page && entry->page->error.isEmpty() && !entry->receipt && entry->verified;
    QHash<QWidget*, QString> messages;
    const QDate today = vietnamDate(m_workspace.clock().now());
    if (m_type->currentData().toString().isEmpty()) {
        messages.insert(m_type, tr("Choose the type of the document."));
    }
    if (auto code = core::parseDocumentCode(value(NumberField)); !code) {
        messages.insert(findChild<QLineEdit*>(NumberField), code.error().message);
    }
    const QString dateText = value(DateField);
    const QDate date = parseFlexibleDate(dateText);
    if (dateText.isEmpty()) {
        messages.insert(findChild<QLineEdit*>(DateField), tr("Enter the date of the document."));
    } else if (!date.isValid()) {
        messages.insert(findChild<QLineEdit*>(DateField), tr("Write the date as dd/mm/yyyy."));
    } else if (date > today) {
        messages.insert(findChild<QLineEdit*>(DateField), tr("The date is after today."));
    }
    const struct
    {
        QString name;
        core::Field field;
        bool required;
    } checks[] = {
        {OrganField, core::Field::OrganName, true},        {SubjectField, core::Field::Subject, true},
        {SignerNameField, core::Field::SignerName, false}, {SignerPositionField, core::Field::SignerPosition, false},
        {ToPlacesField, core::Field::ToPlaces, false},     {NoteField, core::Field::Description, false},
    };
    for (const auto& check : checks) {
        if (auto checked = core::checkField(check.field, value(check.name), check.required); !checked) {
            messages.insert(findChild<QLineEdit*>(check.name), checked.error().message);
        }
    }
    QString formMessage;
    if (messages.isEmpty()) {
        // Whatever the field checks above do not cover, core's own validation still decides.
        if (auto fields = core::validatedIncomingFields(registration().request.fields, today); !fields) {
            formMessage = fields.error().message;
        }
    }
    if (!ready) {
        messages.clear();
        formMessage = entry && entry->page && !entry->page->error.isEmpty() ? entry->page->error : QString();
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        RegistrationForm::showMessage(it.value(), messages.value(it.key()));
    }
    RegistrationForm::showMessage(m_formMessage, formMessage);
    const bool valid = ready && messages.isEmpty() && formMessage.isEmpty();
    m_registerButton->setEnabled(valid && !m_duplicatePanel->isVisible());
    m_registerAnyway->setEnabled(valid && !normalizedLine(m_duplicateReason->text()).isEmpty());
}

void IncomingRegistrationDialog::registerCurrent(bool anyway)
{
    if (m_current < 0 || m_current >= m_entries.size()) {
        return;
    }
    core::IncomingRequest request = registration().request;
    if (anyway) {
        request.duplicateOverride = core::DuplicateOverride{true, normalizedLine(m_duplicateReason->text())};
    }
    // Hashing, storing and committing touch the disk: a worker does it on a session of its own.
    const core::Workspace& workspace = m_workspace;
    auto receipt = runTask<core::RegistrationReceipt>(
        this, tr("Register"), tr("Registering %1…").arg(QFileInfo(m_entries.at(m_current).path).fileName()),
        [&workspace, request](const TaskControl& control) -> Result<core::RegistrationReceipt> {
            auto session = workspace.openSession();
            if (!session) {
                return session.error();
            }
            return core::IncomingService(**session).registerDocument(request, control.token());
        });
    if (!receipt) {
        if (receipt.error().code == ErrorCode::Duplicate) {
            m_duplicateMessage->setText(receipt.error().message);
            m_duplicatePanel->show();
            m_duplicateReason->setFocus();
            m_status->clear();
        } else {
            m_status->setText(receipt.error().message);
        }
        validate();
        return;
    }
    const int registeredIndex = m_current;
    m_entries[registeredIndex].receipt = *receipt;
    m_receipts.append(*receipt);
    refreshItem(registeredIndex);
    m_status->setText(tr("%1 registered as incoming number %2 of %3 in register %4.")
                          .arg(QFileInfo(m_entries.at(registeredIndex).path).fileName())
                          .arg(receipt->number)
                          .arg(receipt->year)
                          .arg(receipt->seriesCode));
    m_duplicatePanel->hide();
    Q_EMIT documentRegistered(*receipt);
    for (int index = 0; index < m_entries.size(); ++index) {
        if (!m_entries.at(index).receipt && m_entries.at(index).page) {
            m_fileList->setCurrentRow(index);
            m_type->setFocus();
            return;
        }
    }
    validate();
    m_closeButton->setFocus();
}

void IncomingRegistrationDialog::refreshItem(int index)
{
    const Entry& entry = m_entries.at(index);
    const QString name = QFileInfo(entry.path).fileName();
    QString text;
    if (entry.receipt) {
        text = tr("%1 — registered, number %2").arg(name).arg(entry.receipt->number);
    } else if (!entry.page) {
        text = tr("%1 — reading…").arg(name);
    } else if (!entry.page->error.isEmpty()) {
        text = tr("%1 — cannot be read").arg(name);
    } else {
        text = name;
    }
    m_fileList->item(index)->setText(text);
}

void IncomingRegistrationDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedPdfFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void IncomingRegistrationDialog::dropEvent(QDropEvent* event)
{
    const QStringList pdfs = droppedPdfFiles(event->mimeData());
    if (!pdfs.isEmpty()) {
        event->acceptProposedAction();
        addFiles(pdfs);
    }
}

void IncomingRegistrationDialog::reject()
{
    m_verifier->cancelAll();
    cancelRecognition();
    m_watcher.waitForFinished();
    QDialog::reject();
}

} // namespace vanthu::gui
