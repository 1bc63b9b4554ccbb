// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to signing/pkcs11: one PKCS#11 session on one token, with object search and the PIN login.
#pragma once

#include "common/Result.h"
#include "signing/pkcs11/Pkcs11ModulePrivate.h"
#include "signing/pkcs11/Pkcs11Types.h"

#include <p11-kit/pkcs11.h>

#include <QByteArray>

#include <memory>
#include <optional>
#include <vector>

namespace vanthu::signing
{

class SecretPrompt;

/**
 * A read-only session on the token that was chosen (label and serial are checked when it opens and before every
 * PIN try). The module must outlive it. Closes the session, and logs out when it held the last login of this
 * process on the token, when it dies. Not thread-safe: one session is used by one thread at a time.
 */
class Pkcs11Session
{
public:
    [[nodiscard]] static Result<std::unique_ptr<Pkcs11Session>> open(const Pkcs11Module& module,
                                                                     const Pkcs11Token& token);
    ~Pkcs11Session();
    Pkcs11Session(const Pkcs11Session&) = delete;
    Pkcs11Session& operator=(const Pkcs11Session&) = delete;

    [[nodiscard]] CK_FUNCTION_LIST* functions() const
    {
        return m_module.functions;
    }
    [[nodiscard]] CK_SESSION_HANDLE handle() const
    {
        return m_handle;
    }
    [[nodiscard]] const Pkcs11Token& token() const
    {
        return m_token;
    }

    /** Objects of @p objectClass, only those whose CKA_ID is @p id when given. */
    [[nodiscard]] Result<std::vector<CK_OBJECT_HANDLE>> findObjects(CK_OBJECT_CLASS objectClass,
                                                                    const std::optional<QByteArray>& id = {}) const;
    /** An attribute's bytes; nullopt when the object has no such attribute or keeps it secret. */
    [[nodiscard]] Result<std::optional<QByteArray>> attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type) const;
    /** A CK_ULONG attribute (CKA_KEY_TYPE, CKA_CLASS...). */
    [[nodiscard]] Result<std::optional<CK_ULONG>> ulongAttribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type) const;

    /**
     * Logs the user in, asking @p prompt for the PIN: refuses without trying when the token says the PIN is
     * locked, asks again after a wrong PIN (saying how close the token is to locking), stops after three wrong
     * PINs or when a wrong PIN was the token's final try. Does nothing when already logged in or when the token
     * needs no login. Cancelled when the person cancels; C_Login is then not called.
     */
    [[nodiscard]] Result<void> logIn(SecretPrompt& prompt);

    /** The error for @p rv from @p function on this session's token. */
    [[nodiscard]] Error error(CK_RV rv, const char* function) const;

    /**
     * Like error(), but when @p rv could mean the token went away under us (a vanished object handle, a general
     * failure) it looks at the token again and reports a removed or replaced token as such.
     */
    [[nodiscard]] Error failure(CK_RV rv, const char* function) const;

private:
    Pkcs11Session(Pkcs11Module::Private& module, Pkcs11Token token, CK_SESSION_HANDLE handle);
    [[nodiscard]] Result<bool> userLoggedIn() const;
    [[nodiscard]] Result<Pkcs11Token> currentToken() const;
    void holdLogin();

    Pkcs11Module::Private& m_module;
    Pkcs11Token m_token;
    CK_SESSION_HANDLE m_handle = 0;
    bool m_holdsLogin = false;
};

} // namespace vanthu::signing
