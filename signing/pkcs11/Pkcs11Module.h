// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/pkcs11/Pkcs11Types.h"

#include <QList>
#include <QString>

#include <memory>

namespace vanthu::signing
{

class SecretPrompt;

/**
 * A PKCS#11 module (the vendor's .so: VNPT-CA, Viettel-CA, FPT-CA, Bkav, SoftHSM2...) loaded through p11-kit.
 *
 * Vendor modules tolerate one C_Initialize per process, so modules live in a process-wide registry keyed by the
 * canonical path: load() hands out the already loaded module while anybody holds it, and the module is finalized
 * and unloaded when the last holder (a Pkcs11Key, a listing) lets go. Thread-safe.
 */
class Pkcs11Module
{
public:
    /**
     * Loads and initializes the module at @p path, or returns the one already loaded from the same file.
     * Errors: NotFound (no such file), Unsupported (not a PKCS#11 module, or it refused to initialize).
     */
    [[nodiscard]] static Result<std::shared_ptr<Pkcs11Module>> load(const QString& path);

    ~Pkcs11Module();
    Pkcs11Module(const Pkcs11Module&) = delete;
    Pkcs11Module& operator=(const Pkcs11Module&) = delete;

    /** The canonical path the module was loaded from. */
    [[nodiscard]] const QString& path() const;
    /** "manufacturer — library description" as the module reports them (C_GetInfo). */
    [[nodiscard]] QString description() const;

    /** Slots that hold a token, in the module's order (including blank tokens: see Pkcs11TokenFlags::initialized). */
    [[nodiscard]] Result<QList<Pkcs11Token>> tokens() const;

    /**
     * Certificates on @p token, read without logging in. privateKey is Present when the key is visible before
     * login, Absent when the token does not need a login and has no such key, Unknown otherwise.
     */
    [[nodiscard]] Result<QList<Pkcs11Certificate>> certificates(const Pkcs11Token& token) const;

    /**
     * Certificates on @p token with privateKey decided after logging in (PIN asked through @p prompt, same rules as
     * Pkcs11Key::open). Logs out again unless a Pkcs11Key still uses the login.
     */
    [[nodiscard]] Result<QList<Pkcs11Certificate>> certificates(const Pkcs11Token& token, SecretPrompt& prompt) const;

    struct Private;
    [[nodiscard]] Private& d() const;

private:
    explicit Pkcs11Module(std::unique_ptr<Private> d);
    std::unique_ptr<Private> m_d;
};

} // namespace vanthu::signing
