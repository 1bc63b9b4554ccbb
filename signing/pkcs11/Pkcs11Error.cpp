// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pkcs11/Pkcs11Error.h"

#include "signing/pkcs11/Pkcs11ReturnCodes.h"

#include <p11-kit/pkcs11.h>

#include <QCoreApplication>

namespace vanthu::signing
{
namespace
{

struct Pkcs11ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs11ErrorText)
};

} // namespace

QString pkcs11Detail(const char* function, unsigned long rv)
{
    return QString::fromLatin1(function) + QStringLiteral(": ") + pkcs11ReturnCodeName(rv);
}

bool pkcs11TokenGone(unsigned long rv)
{
    switch (rv) {
    case CKR_TOKEN_NOT_PRESENT:
    case CKR_DEVICE_REMOVED:
    case CKR_SESSION_HANDLE_INVALID:
    case CKR_SESSION_CLOSED:
    case CKR_DEVICE_ERROR:
    case CKR_TOKEN_NOT_RECOGNIZED:
    case CKR_SLOT_ID_INVALID:
        return true;
    default:
        return false;
    }
}

Error pkcs11PinLockedError(const QString& tokenLabel, bool triedNow, const QString& detail)
{
    const QString message =
        triedNow ? Pkcs11ErrorText::tr("The PIN of token \"%1\" is now locked: the last try allowed was wrong. "
                                       "Contact your certificate authority (CA) or your administrator to unlock it.")
                       .arg(tokenLabel)
                 : Pkcs11ErrorText::tr("The PIN of token \"%1\" is locked after too many wrong tries, so VanThu did "
                                       "not try any PIN. Contact your certificate authority (CA) or your "
                                       "administrator to unlock it.")
                       .arg(tokenLabel);
    return Error{ErrorCode::Conflict, message, detail};
}

Error pkcs11Error(unsigned long rv, const char* function, const QString& tokenLabel)
{
    const QString detail = pkcs11Detail(function, rv);
    switch (rv) {
    case CKR_TOKEN_NOT_PRESENT:
    case CKR_DEVICE_REMOVED:
    case CKR_SESSION_HANDLE_INVALID:
    case CKR_SESSION_CLOSED:
    case CKR_TOKEN_NOT_RECOGNIZED:
    case CKR_SLOT_ID_INVALID:
        return Error{ErrorCode::NotFound,
                     Pkcs11ErrorText::tr("Token \"%1\" was removed or is no longer available. Plug it in again, "
                                         "then sign again.")
                         .arg(tokenLabel),
                     detail};
    case CKR_DEVICE_ERROR:
        return Error{ErrorCode::Io,
                     Pkcs11ErrorText::tr("Token \"%1\" stopped responding. Unplug it, plug it in again, then sign "
                                         "again.")
                         .arg(tokenLabel),
                     detail};
    case CKR_PIN_INCORRECT:
    case CKR_PIN_INVALID:
    case CKR_PIN_LEN_RANGE:
        return Error{ErrorCode::InvalidInput, Pkcs11ErrorText::tr("Wrong PIN for token \"%1\".").arg(tokenLabel),
                     detail};
    case CKR_PIN_LOCKED:
        return pkcs11PinLockedError(tokenLabel, false, detail);
    case CKR_PIN_EXPIRED:
        return Error{ErrorCode::Conflict,
                     Pkcs11ErrorText::tr("The PIN of token \"%1\" has expired. Set a new PIN with the token tool of "
                                         "your certificate authority (CA), then sign again.")
                         .arg(tokenLabel),
                     detail};
    case CKR_USER_PIN_NOT_INITIALIZED:
        return Error{ErrorCode::Conflict,
                     Pkcs11ErrorText::tr("Token \"%1\" has no user PIN yet. Set one with the token tool of your "
                                         "certificate authority (CA).")
                         .arg(tokenLabel),
                     detail};
    case CKR_USER_NOT_LOGGED_IN:
        return Error{ErrorCode::Conflict,
                     Pkcs11ErrorText::tr("Token \"%1\" no longer accepts the PIN given earlier. Open the key again.")
                         .arg(tokenLabel),
                     detail};
    case CKR_CANCEL:
    case CKR_FUNCTION_CANCELED:
        return Error{ErrorCode::Cancelled,
                     Pkcs11ErrorText::tr("The operation on token \"%1\" was cancelled.").arg(tokenLabel), detail};
    case CKR_MECHANISM_INVALID:
    case CKR_MECHANISM_PARAM_INVALID:
    case CKR_KEY_TYPE_INCONSISTENT:
    case CKR_KEY_FUNCTION_NOT_PERMITTED:
    case CKR_KEY_SIZE_RANGE:
    case CKR_FUNCTION_NOT_SUPPORTED:
    case CKR_DATA_LEN_RANGE:
        return Error{ErrorCode::Unsupported,
                     Pkcs11ErrorText::tr("The key on token \"%1\" cannot make this kind of signature.").arg(tokenLabel),
                     detail};
    default:
        return Error{ErrorCode::Io,
                     Pkcs11ErrorText::tr("Token \"%1\" reported an error. Unplug it, plug it in again, then try "
                                         "again; if it keeps failing, contact your certificate authority (CA).")
                         .arg(tokenLabel),
                     detail};
    }
}

} // namespace vanthu::signing
