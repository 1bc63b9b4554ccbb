// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/signing/PinDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace vanthu::gui
{

PinDialog::PinDialog(const signing::SecretRequest& request, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("pinDialog"));
    const bool token = request.kind == signing::SecretRequest::Kind::TokenPin;
    setWindowTitle(token ? tr("Token PIN") : tr("Key file password"));

    auto* layout = new QVBoxLayout(this);
    auto* what =
        new QLabel(token ? tr("Enter the PIN of the token <b>%1</b>.").arg(request.subject.toHtmlEscaped())
                         : tr("Enter the password of the key file <b>%1</b>.").arg(request.subject.toHtmlEscaped()),
                   this);
    what->setObjectName(QStringLiteral("pinSubject"));
    what->setWordWrap(true);
    layout->addWidget(what);

    if (!request.retryMessage.isEmpty()) {
        auto* retry = new QLabel(request.retryMessage, this);
        retry->setObjectName(QStringLiteral("pinRetryMessage"));
        retry->setWordWrap(true);
        retry->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(retry);
    }

    auto* form = new QFormLayout;
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                               | Qt::ImhNoAutoUppercase);
    m_pin->setAccessibleName(token ? tr("PIN") : tr("Password"));
    form->addRow(token ? tr("&PIN:") : tr("&Password:"), m_pin);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_pin, &QLineEdit::textChanged, ok, [ok](const QString& text) { ok->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_pin->setFocus();
}

PinDialog::~PinDialog()
{
    m_pin->clear();
}

signing::Secret PinDialog::takeSecret()
{
    QString text = m_pin->text();
    m_pin->clear(); // the line edit drops its copy and its undo history; `text` is now the only holder
    signing::Secret secret(text.toUtf8());
    std::fill(text.begin(), text.end(), QChar(0));
    return secret;
}

std::optional<signing::Secret> PinDialog::ask(QWidget* parent, const signing::SecretRequest& request)
{
    PinDialog dialog(request, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.takeSecret();
}

DialogSecretPrompt::DialogSecretPrompt(QWidget* parent) : m_parent(parent)
{
}

std::optional<signing::Secret> DialogSecretPrompt::ask(const signing::SecretRequest& request)
{
    if (QThread::currentThread() == qApp->thread()) {
        return PinDialog::ask(m_parent, request);
    }
    std::optional<signing::Secret> answer;
    QMetaObject::invokeMethod(
        qApp, [this, &request, &answer] { answer = PinDialog::ask(m_parent, request); }, Qt::BlockingQueuedConnection);
    return answer;
}

} // namespace vanthu::gui
