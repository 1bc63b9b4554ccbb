// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/keys/SecretPrompt.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLineEdit;

namespace vanthu::gui
{

/**
 * Asks for the password of a PKCS#12 file or the PIN of a token: masked entry, the file or token named, the key's
 * retry message ("wrong PIN, 2 tries left") when there is one. The PIN leaves the line edit only through
 * takeSecret(), which clears the edit and wipes the temporary copy.
 */
class PinDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PinDialog(const signing::SecretRequest& request, QWidget* parent = nullptr);
    ~PinDialog() override;

    /** The PIN typed, as a Secret; the line edit is emptied. */
    [[nodiscard]] signing::Secret takeSecret();

    /** Shows the dialog modally; nullopt when the person cancels. Call on the GUI thread. */
    [[nodiscard]] static std::optional<signing::Secret> ask(QWidget* parent, const signing::SecretRequest& request);

private:
    QLineEdit* m_pin = nullptr;
};

/**
 * The desktop app's SecretPrompt. Keys are opened on a worker thread (PBKDF2 of a PKCS#12 file, a token login), so
 * ask() may be called from any thread: off the GUI thread it runs the PinDialog on the GUI thread and waits for it
 * (Qt::BlockingQueuedConnection). The GUI thread must therefore never block waiting for that worker.
 */
class DialogSecretPrompt final : public signing::SecretPrompt
{
public:
    explicit DialogSecretPrompt(QWidget* parent);
    [[nodiscard]] std::optional<signing::Secret> ask(const signing::SecretRequest& request) override;

private:
    QPointer<QWidget> m_parent;
};

} // namespace vanthu::gui
