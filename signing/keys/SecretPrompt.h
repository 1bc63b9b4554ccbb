// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vanthu::signing
{

/**
 * A PIN or password held only as long as needed: the bytes are wiped when the object dies. It cannot be copied,
 * so it never ends up in a second buffer by accident.
 */
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray utf8);
    Secret(Secret&& other) noexcept;
    Secret& operator=(Secret&& other) noexcept;
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
    ~Secret();

    [[nodiscard]] const QByteArray& utf8() const
    {
        return m_utf8;
    }
    [[nodiscard]] bool isEmpty() const
    {
        return m_utf8.isEmpty();
    }

private:
    void wipe();
    QByteArray m_utf8;
};

/** What is being unlocked, so the person sees which password or PIN is asked for. */
struct SecretRequest
{
    enum class Kind
    {
        Pkcs12Password,
        TokenPin,
    };
    Kind kind = Kind::TokenPin;
    QString subject; ///< the file name or the token label
    /** "wrong PIN, 2 tries left" after a failure; also on the first ask when the token already warns (count low). */
    QString retryMessage;
};

/**
 * Asks a person for a PIN or password. The GUI implements it with a dialog, the CLI with the VANTHU_PIN variable or a
 * terminal prompt without echo. Returns nullopt when the person cancels.
 */
class SecretPrompt
{
public:
    virtual ~SecretPrompt() = default;
    [[nodiscard]] virtual std::optional<Secret> ask(const SecretRequest& request) = 0;
};

} // namespace vanthu::signing
