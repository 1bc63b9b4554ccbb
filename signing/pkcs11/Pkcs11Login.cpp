// SPDX-License-Identifier: GPL-3.0-or-later
// Pkcs11Session::logIn: the PIN dialogue with a token. Tokens lock after a few wrong PINs and only the CA can
// unlock them, so this code is careful: it never tries a PIN on a locked token or on another token than the one
// chosen, and it gives up before the token's own limit when it can.
#include "signing/keys/SecretPrompt.h"
#include "signing/pkcs11/Pkcs11Error.h"
#include "signing/pkcs11/Pkcs11Session.h"

#include <QCoreApplication>

namespace vanthu::signing
{
namespace
{

struct Pkcs11LoginText
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs11LoginText)
};

/** Most tokens lock after 3 to 10 wrong PINs; asking at most 3 times per attempt to sign stays below all of them. */
constexpr int MaximumPinTries = 3;

QString lockWarning(const Pkcs11TokenFlags& flags)
{
    if (flags.userPinFinalTry) {
        return Pkcs11LoginText::tr("Only one try is left: a wrong PIN will lock the token.");
    }
    if (flags.userPinCountLow) {
        return Pkcs11LoginText::tr("The token reports that only a few tries are left before it locks.");
    }
    return {};
}

QString retryMessage(bool afterWrongPin, const Pkcs11TokenFlags& flags)
{
    const QString warning = lockWarning(flags);
    if (!afterWrongPin) {
        return warning; // empty unless the token is already close to locking
    }
    const QString wrong = Pkcs11LoginText::tr("Wrong PIN.");
    return warning.isEmpty() ? wrong : wrong + QLatin1Char(' ') + warning;
}

bool isWrongPin(CK_RV rv)
{
    return rv == CKR_PIN_INCORRECT || rv == CKR_PIN_INVALID || rv == CKR_PIN_LEN_RANGE;
}

} // namespace

Result<void> Pkcs11Session::logIn(SecretPrompt& prompt)
{
    QString lastDetail;
    for (int attempt = 1;; ++attempt) {
        // Read the token again before every try: the person may have swapped tokens while the prompt was open,
        // and the token's flags say how close it is to locking.
        auto current = currentToken();
        if (!current) {
            return current.error();
        }
        const Pkcs11TokenFlags flags = current->flags;
        auto loggedIn = userLoggedIn();
        if (!loggedIn) {
            return loggedIn.error();
        }
        if (*loggedIn) {
            holdLogin();
            return {};
        }
        if (!flags.loginRequired) {
            return {};
        }
        if (flags.userPinLocked) {
            return pkcs11PinLockedError(m_token.label, attempt > 1,
                                        lastDetail.isEmpty() ? QStringLiteral("CKF_USER_PIN_LOCKED")
                                                             : lastDetail + QStringLiteral(", CKF_USER_PIN_LOCKED"));
        }
        if (attempt > MaximumPinTries) {
            return Error{ErrorCode::InvalidInput,
                         Pkcs11LoginText::tr("Wrong PIN for token \"%1\" %2 times. VanThu stopped asking so that the "
                                             "token does not lock; check the PIN, then try again.")
                             .arg(m_token.label)
                             .arg(MaximumPinTries),
                         lastDetail};
        }

        CK_RV rv = CKR_OK;
        if (flags.protectedAuthPath) {
            // The PIN is typed on the reader's own keypad; the module waits for it.
            rv = functions()->C_Login(m_handle, CKU_USER, nullptr, 0);
        } else {
            SecretRequest request;
            request.kind = SecretRequest::Kind::TokenPin;
            request.subject = m_token.label;
            request.retryMessage = retryMessage(attempt > 1, flags);
            std::optional<Secret> pin = prompt.ask(request);
            if (!pin) {
                return Error{ErrorCode::Cancelled,
                             Pkcs11LoginText::tr("No PIN was given for token \"%1\".").arg(m_token.label),
                             QStringLiteral("PIN prompt cancelled")};
            }
            // The module takes a non-const pointer but only reads the PIN.
            auto* bytes = reinterpret_cast<CK_UTF8CHAR*>(const_cast<char*>(pin->utf8().constData()));
            rv = functions()->C_Login(m_handle, CKU_USER, bytes, static_cast<CK_ULONG>(pin->utf8().size()));
        }
        if (rv == CKR_OK || rv == CKR_USER_ALREADY_LOGGED_IN) {
            holdLogin();
            return {};
        }
        lastDetail = pkcs11Detail("C_Login", rv);
        if (rv == CKR_PIN_LOCKED) {
            return pkcs11PinLockedError(m_token.label, true, lastDetail);
        }
        if (!isWrongPin(rv)) {
            return error(rv, "C_Login");
        }
        if (flags.userPinFinalTry) {
            // The token said this was the last try; whatever its flags say now, do not try again.
            return pkcs11PinLockedError(m_token.label, true, lastDetail + QStringLiteral(" on CKF_USER_PIN_FINAL_TRY"));
        }
    }
}

} // namespace vanthu::signing
