// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/signing/SigningWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace vanthu::gui
{

CertificateField::CertificateField(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("certificateLabel"));
    m_label->setWordWrap(true);
    m_button = new QPushButton(tr("C&hoose…"), this);
    m_button->setObjectName(QStringLiteral("certificateButton"));
    m_button->setAccessibleName(tr("Choose the certificate"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &CertificateField::choose);
    setChoice(CertificateChoice::load());
}

void CertificateField::setChoice(const CertificateChoice& choice)
{
    m_choice = choice;
    m_label->setText(choice.displayText());
}

bool CertificateField::choose()
{
    auto picked = CertificatePicker::pick(this, m_choice);
    if (!picked) {
        return false;
    }
    setChoice(*picked);
    return true;
}

ErrorPanel::ErrorPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("errorLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_details = new QToolButton(this);
    m_details->setObjectName(QStringLiteral("detailsButton"));
    m_details->setText(tr("Details"));
    m_details->setCheckable(true);
    m_details->setArrowType(Qt::RightArrow);
    m_details->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    row->addWidget(m_message, 1);
    row->addWidget(m_details, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("detailsText"));
    m_detail->setReadOnly(true);
    m_detail->setMaximumHeight(90);
    m_detail->setAccessibleName(tr("Error details"));
    layout->addWidget(m_detail);
    connect(m_details, &QToolButton::toggled, this, [this](bool open) {
        m_detail->setVisible(open);
        m_details->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    clear();
}

void ErrorPanel::showError(const Error& error)
{
    m_message->setText(error.message);
    m_detail->setPlainText(error.detail);
    m_details->setChecked(false);
    m_details->setVisible(!error.detail.isEmpty());
    m_detail->setVisible(false);
    setVisible(true);
}

void ErrorPanel::clear()
{
    m_message->clear();
    m_detail->clear();
    m_details->setChecked(false);
    setVisible(false);
}

QString ErrorPanel::message() const
{
    return m_message->text();
}

SigningFooter addSigningFooter(QWidget* dialog, QBoxLayout* layout, const QString& signText, const QString& closeText)
{
    SigningFooter footer;
    footer.status = new QLabel(dialog);
    footer.status->setObjectName(QStringLiteral("statusLabel"));
    footer.status->setWordWrap(true);
    footer.status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(footer.status);
    footer.error = new ErrorPanel(dialog);
    layout->addWidget(footer.error);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    footer.sign = new QPushButton(signText, dialog);
    footer.sign->setObjectName(QStringLiteral("signButton"));
    footer.sign->setDefault(true);
    footer.close = new QPushButton(closeText, dialog);
    footer.close->setObjectName(QStringLiteral("closeButton"));
    buttons->addWidget(footer.sign);
    buttons->addWidget(footer.close);
    layout->addLayout(buttons);
    return footer;
}

} // namespace vanthu::gui
