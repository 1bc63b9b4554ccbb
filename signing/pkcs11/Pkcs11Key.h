// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/keys/SigningKey.h"
#include "signing/pkcs11/Pkcs11Types.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace vanthu::signing
{

class SecretPrompt;

/** Which key to open: the module file, the token and the key's CKA_ID (as listed by Pkcs11Module::certificates). */
struct Pkcs11KeyRef
{
    QString modulePath;
    QString tokenLabel;
    QString keyIdHex;    ///< CKA_ID in hexadecimal (either case)
    QString tokenSerial; ///< optional; when set, a token with another serial is never touched
};

/**
 * A private key on a PKCS#11 token. open() logs in once; the session stays open and logged in for the key's
 * lifetime, so a batch signs many documents with one PIN. The destructor logs out (unless another Pkcs11Key of
 * this process still uses the token's login) and closes the session. Use from one thread at a time.
 */
class Pkcs11Key final : public SigningKey
{
public:
    /**
     * Finds the token and the key, then asks @p prompt for the PIN (SecretRequest::Kind::TokenPin, subject = the
     * token label). No PIN is asked, and none tried, unless exactly one plugged-in token matching @p ref shows an
     * object with the key id, and the token's PIN is not locked.
     *
     * Errors: NotFound (module file, token, key id, certificate, removed token), Unsupported (not a PKCS#11
     * module, key type), InvalidInput (wrong PIN three times, malformed key id), Conflict (PIN locked, two tokens
     * with the same label hold the key), Cancelled (the person cancelled the PIN prompt; C_Login not called).
     */
    [[nodiscard]] static Result<std::unique_ptr<Pkcs11Key>> open(const Pkcs11KeyRef& ref, SecretPrompt& prompt);

    ~Pkcs11Key() override;
    Pkcs11Key(const Pkcs11Key&) = delete;
    Pkcs11Key& operator=(const Pkcs11Key&) = delete;

    [[nodiscard]] QByteArray certificateDer() const override;
    [[nodiscard]] QList<QByteArray> chainDer() const override;
    [[nodiscard]] KeyAlgorithm algorithm() const override;
    [[nodiscard]] int keyBits() const override;

    /**
     * RSA: CKM_SHA256/384/512_RSA_PKCS when the token has it, else the hash in software and CKM_RSA_PKCS over the
     * DigestInfo. ECDSA: the hash in software and CKM_ECDSA, the raw r||s returned as a DER ECDSA-Sig-Value.
     */
    [[nodiscard]] Result<QByteArray> sign(DigestAlgorithm digest, const QByteArray& data) override;

    /** The token the key lives on, as it was when the key was opened. */
    [[nodiscard]] const Pkcs11Token& token() const;
    [[nodiscard]] QString keyIdHex() const;

    struct State;

private:
    explicit Pkcs11Key(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace vanthu::signing
