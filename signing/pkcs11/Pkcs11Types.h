// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace vanthu::signing
{

/** The token flags a person or a front end cares about (CK_TOKEN_INFO.flags). */
struct Pkcs11TokenFlags
{
    bool initialized = false;        ///< CKF_TOKEN_INITIALIZED; a blank token holds nothing to sign with
    bool loginRequired = false;      ///< CKF_LOGIN_REQUIRED
    bool protectedAuthPath = false;  ///< CKF_PROTECTED_AUTHENTICATION_PATH: the PIN is typed on the reader
    bool userPinCountLow = false;    ///< CKF_USER_PIN_COUNT_LOW: a wrong PIN was typed since the last good one
    bool userPinFinalTry = false;    ///< CKF_USER_PIN_FINAL_TRY: one more wrong PIN locks the token
    bool userPinLocked = false;      ///< CKF_USER_PIN_LOCKED: only the CA or the administrator can unlock it
    bool userPinToBeChanged = false; ///< CKF_USER_PIN_TO_BE_CHANGED: the CA's tool must set a new PIN first
    unsigned long raw = 0;           ///< all flags as the module reported them
};

/** A slot with a token present. */
struct Pkcs11Token
{
    quint64 slotId = 0; ///< valid while the module stays loaded and the token stays plugged in
    QString label;      ///< blank padding removed
    QString manufacturer;
    QString model;
    QString serial;
    Pkcs11TokenFlags flags;
};

/** Whether a certificate has its private key on the token. */
enum class Pkcs11KeyPresence
{
    Present,
    Absent,
    Unknown, ///< not visible before login (most tokens hide private keys until the PIN is given)
};

/** A certificate stored on a token (CKO_CERTIFICATE), with what a person needs to recognise it. */
struct Pkcs11Certificate
{
    QByteArray id;             ///< CKA_ID, which links the certificate to its private key
    QString idHex;             ///< CKA_ID in lower-case hexadecimal, what Pkcs11KeyRef::keyIdHex takes
    QString label;             ///< CKA_LABEL
    QByteArray der;            ///< CKA_VALUE
    QString subjectCommonName; ///< the subject's CN, or the whole subject name when it has no CN
    QString issuerCommonName;  ///< the issuer's CN, or the whole issuer name when it has no CN
    QDateTime notBefore;       ///< UTC
    QDateTime notAfter;        ///< UTC
    Pkcs11KeyPresence privateKey = Pkcs11KeyPresence::Unknown;
};

} // namespace vanthu::signing
