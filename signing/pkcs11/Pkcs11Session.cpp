// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pkcs11/Pkcs11Session.h"

#include "signing/pkcs11/Pkcs11Error.h"

#include <QCoreApplication>

namespace vanthu::signing
{
namespace
{

struct Pkcs11SessionText
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs11SessionText)
};

Error replacedTokenError(const Pkcs11Token& expected, const Pkcs11Token& found)
{
    return Error{ErrorCode::NotFound,
                 Pkcs11SessionText::tr("Token \"%1\" was replaced by another token (\"%2\"). Plug in token \"%1\", "
                                       "then try again.")
                     .arg(expected.label, found.label),
                 QStringLiteral("token in slot %1 changed: serial %2 -> %3")
                     .arg(expected.slotId)
                     .arg(expected.serial, found.serial)};
}

} // namespace

Pkcs11Session::Pkcs11Session(Pkcs11Module::Private& module, Pkcs11Token token, CK_SESSION_HANDLE handle)
    : m_module(module), m_token(std::move(token)), m_handle(handle)
{
}

Result<std::unique_ptr<Pkcs11Session>> Pkcs11Session::open(const Pkcs11Module& module, const Pkcs11Token& token)
{
    Pkcs11Module::Private& d = module.d();
    auto current = readPkcs11Token(d.functions, static_cast<CK_SLOT_ID>(token.slotId), token.label);
    if (!current) {
        return current.error();
    }
    if (current->label != token.label || current->serial != token.serial) {
        return replacedTokenError(token, *current);
    }
    CK_SESSION_HANDLE handle = 0;
    const CK_RV rv = d.functions->C_OpenSession(static_cast<CK_SLOT_ID>(token.slotId), CKF_SERIAL_SESSION, nullptr,
                                                nullptr, &handle);
    if (rv != CKR_OK) {
        return pkcs11Error(rv, "C_OpenSession", token.label);
    }
    return std::unique_ptr<Pkcs11Session>(new Pkcs11Session(d, *current, handle));
}

Pkcs11Session::~Pkcs11Session()
{
    if (m_holdsLogin) {
        const std::lock_guard lock(m_module.loginMutex);
        const auto slot = static_cast<CK_SLOT_ID>(m_token.slotId);
        if (--m_module.loginHolders[slot] <= 0) {
            m_module.loginHolders.erase(slot);
            // Fails harmlessly when the token is gone; the login dies with it.
            m_module.functions->C_Logout(m_handle);
        }
    }
    m_module.functions->C_CloseSession(m_handle);
}

Error Pkcs11Session::error(CK_RV rv, const char* function) const
{
    return pkcs11Error(rv, function, m_token.label);
}

Error Pkcs11Session::failure(CK_RV rv, const char* function) const
{
    const bool handleGone = rv == CKR_OBJECT_HANDLE_INVALID || rv == CKR_KEY_HANDLE_INVALID;
    if (!handleGone && rv != CKR_GENERAL_ERROR && rv != CKR_FUNCTION_FAILED) {
        return error(rv, function);
    }
    // SoftHSM, for one, answers CKR_OBJECT_HANDLE_INVALID when its token disappeared under an open session, and
    // then fails C_GetTokenInfo with CKR_GENERAL_ERROR: any failure to read the token now means it is gone.
    auto current = currentToken();
    if (!current) {
        Error gone = current.error();
        if (gone.code != ErrorCode::NotFound) {
            gone = pkcs11Error(CKR_DEVICE_REMOVED, function, m_token.label);
        }
        gone.detail = pkcs11Detail(function, rv) + QStringLiteral("; ") + current.error().detail;
        return gone;
    }
    if (handleGone) {
        return Error{ErrorCode::NotFound,
                     Pkcs11SessionText::tr("The key is no longer on token \"%1\". Plug the token in again, then "
                                           "sign again.")
                         .arg(m_token.label),
                     pkcs11Detail(function, rv)};
    }
    return error(rv, function);
}

Result<Pkcs11Token> Pkcs11Session::currentToken() const
{
    auto current = readPkcs11Token(m_module.functions, static_cast<CK_SLOT_ID>(m_token.slotId), m_token.label);
    if (!current) {
        return current.error();
    }
    if (current->label != m_token.label || current->serial != m_token.serial) {
        return replacedTokenError(m_token, *current);
    }
    return current;
}

Result<bool> Pkcs11Session::userLoggedIn() const
{
    CK_SESSION_INFO info{};
    const CK_RV rv = m_module.functions->C_GetSessionInfo(m_handle, &info);
    if (rv != CKR_OK) {
        return error(rv, "C_GetSessionInfo");
    }
    return info.state == CKS_RO_USER_FUNCTIONS || info.state == CKS_RW_USER_FUNCTIONS;
}

void Pkcs11Session::holdLogin()
{
    if (m_holdsLogin) {
        return;
    }
    const std::lock_guard lock(m_module.loginMutex);
    ++m_module.loginHolders[static_cast<CK_SLOT_ID>(m_token.slotId)];
    m_holdsLogin = true;
}

Result<std::vector<CK_OBJECT_HANDLE>> Pkcs11Session::findObjects(CK_OBJECT_CLASS objectClass,
                                                                 const std::optional<QByteArray>& id) const
{
    CK_ATTRIBUTE search[2] = {
        {CKA_CLASS, &objectClass, sizeof objectClass},
        {CKA_ID, nullptr, 0},
    };
    CK_ULONG count = 1;
    QByteArray idBytes;
    if (id) {
        idBytes = *id; // the module takes a non-const pointer
        search[1].pValue = idBytes.data();
        search[1].ulValueLen = static_cast<CK_ULONG>(idBytes.size());
        count = 2;
    }
    CK_FUNCTION_LIST* f = m_module.functions;
    CK_RV rv = f->C_FindObjectsInit(m_handle, search, count);
    if (rv != CKR_OK) {
        return error(rv, "C_FindObjectsInit");
    }
    std::vector<CK_OBJECT_HANDLE> found;
    CK_OBJECT_HANDLE batch[32];
    for (;;) {
        CK_ULONG n = 0;
        rv = f->C_FindObjects(m_handle, batch, std::size(batch), &n);
        if (rv != CKR_OK || n == 0) {
            break;
        }
        found.insert(found.end(), batch, batch + n);
    }
    const CK_RV finalRv = f->C_FindObjectsFinal(m_handle);
    if (rv != CKR_OK) {
        return error(rv, "C_FindObjects");
    }
    if (finalRv != CKR_OK) {
        return error(finalRv, "C_FindObjectsFinal");
    }
    return found;
}

Result<std::optional<QByteArray>> Pkcs11Session::attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type) const
{
    CK_ATTRIBUTE query{type, nullptr, 0};
    CK_RV rv = m_module.functions->C_GetAttributeValue(m_handle, object, &query, 1);
    if (rv == CKR_ATTRIBUTE_SENSITIVE || rv == CKR_ATTRIBUTE_TYPE_INVALID
        || query.ulValueLen == CK_UNAVAILABLE_INFORMATION) {
        return std::optional<QByteArray>();
    }
    if (rv != CKR_OK) {
        return error(rv, "C_GetAttributeValue");
    }
    QByteArray value(static_cast<qsizetype>(query.ulValueLen), Qt::Uninitialized);
    query.pValue = value.data();
    rv = m_module.functions->C_GetAttributeValue(m_handle, object, &query, 1);
    if (rv != CKR_OK) {
        return error(rv, "C_GetAttributeValue");
    }
    value.truncate(static_cast<qsizetype>(query.ulValueLen));
    return std::optional<QByteArray>(std::move(value));
}

Result<std::optional<CK_ULONG>> Pkcs11Session::ulongAttribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type) const
{
    CK_ULONG value = 0;
    CK_ATTRIBUTE query{type, &value, sizeof value};
    const CK_RV rv = m_module.functions->C_GetAttributeValue(m_handle, object, &query, 1);
    if (rv == CKR_ATTRIBUTE_SENSITIVE || rv == CKR_ATTRIBUTE_TYPE_INVALID
        || query.ulValueLen == CK_UNAVAILABLE_INFORMATION) {
        return std::optional<CK_ULONG>();
    }
    if (rv != CKR_OK) {
        return error(rv, "C_GetAttributeValue");
    }
    return std::optional<CK_ULONG>(value);
}

} // namespace vanthu::signing
