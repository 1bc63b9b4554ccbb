// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/signing/CertificatePicker.h"
#include "common/Error.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace vanthu::gui
{

/** The certificate a dialog signs with: one line describing it and a "Choose…" button opening CertificatePicker. */
class CertificateField final : public QWidget
{
    Q_OBJECT

public:
    explicit CertificateField(QWidget* parent = nullptr);

    [[nodiscard]] const CertificateChoice& choice() const
    {
        return m_choice;
    }
    void setChoice(const CertificateChoice& choice);
    [[nodiscard]] QPushButton* button() const
    {
        return m_button;
    }

public Q_SLOTS:
    /** Opens the picker; true when a certificate was chosen. */
    bool choose();

private:
    CertificateChoice m_choice;
    QLabel* m_label = nullptr;
    QPushButton* m_button = nullptr;
};

/** An error as the person should read it: the message, and the technical detail behind a "Details" button. */
class ErrorPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorPanel(QWidget* parent = nullptr);
    void showError(const Error& error);
    void clear();
    [[nodiscard]] QString message() const;

private:
    QLabel* m_message = nullptr;
    QToolButton* m_details = nullptr;
    QPlainTextEdit* m_detail = nullptr;
};

/** The bottom of a signing dialog, added to @p layout: the status line, the error panel and the two buttons. */
struct SigningFooter
{
    QLabel* status = nullptr;
    ErrorPanel* error = nullptr;
    QPushButton* sign = nullptr;  ///< "signButton", the default button
    QPushButton* close = nullptr; ///< "closeButton"
};
[[nodiscard]] SigningFooter addSigningFooter(QWidget* dialog, QBoxLayout* layout, const QString& signText,
                                             const QString& closeText);

} // namespace vanthu::gui
