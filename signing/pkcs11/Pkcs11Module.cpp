// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pkcs11/Pkcs11Module.h"

#include "signing/pkcs11/CertificateSummary.h"
#include "signing/pkcs11/Pkcs11Error.h"
#include "signing/pkcs11/Pkcs11ModulePrivate.h"
#include "signing/pkcs11/Pkcs11Session.h"

#include <p11-kit/p11-kit.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <map>
#include <mutex>
#include <vector>

namespace vanthu::signing
{
namespace
{

struct Pkcs11ModuleText
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs11ModuleText)
};

/**
 * Modules loaded by this process, by canonical path. Weak: a module unloads when its last holder lets go, and the
 * mutex orders that unload against the next load of the same file.
 */
std::mutex registryMutex;
std::map<QString, std::weak_ptr<Pkcs11Module>>& registry()
{
    static std::map<QString, std::weak_ptr<Pkcs11Module>> modules;
    return modules;
}

QString p11KitMessage()
{
    const char* message = p11_kit_message();
    return message != nullptr ? QString::fromUtf8(message) : QString();
}

Result<QList<Pkcs11Certificate>> listCertificates(const Pkcs11Session& session, bool loggedIn)
{
    auto handles = session.findObjects(CKO_CERTIFICATE);
    if (!handles) {
        return handles.error();
    }
    QList<Pkcs11Certificate> certificates;
    for (const CK_OBJECT_HANDLE handle : *handles) {
        auto type = session.ulongAttribute(handle, CKA_CERTIFICATE_TYPE);
        if (!type) {
            return type.error();
        }
        if (*type && **type != CKC_X_509) {
            continue;
        }
        auto value = session.attribute(handle, CKA_VALUE);
        auto id = session.attribute(handle, CKA_ID);
        auto label = session.attribute(handle, CKA_LABEL);
        for (const auto* read : {&value, &id, &label}) {
            if (!*read) {
                return read->error();
            }
        }
        if (!*value) {
            continue;
        }
        auto summary = summarizeCertificate(**value);
        if (!summary) {
            continue; // not something a person could sign with; listing the rest is more useful than failing
        }
        Pkcs11Certificate certificate;
        certificate.id = id->value_or(QByteArray());
        certificate.idHex = QString::fromLatin1(certificate.id.toHex());
        certificate.label = QString::fromUtf8(label->value_or(QByteArray()));
        certificate.der = **value;
        certificate.subjectCommonName = summary->subjectCommonName;
        certificate.issuerCommonName = summary->issuerCommonName;
        certificate.notBefore = summary->notBefore;
        certificate.notAfter = summary->notAfter;
        auto keys = session.findObjects(CKO_PRIVATE_KEY, certificate.id);
        if (!keys) {
            return keys.error();
        }
        if (!keys->empty()) {
            certificate.privateKey = Pkcs11KeyPresence::Present;
        } else if (loggedIn || !session.token().flags.loginRequired) {
            certificate.privateKey = Pkcs11KeyPresence::Absent;
        } else {
            certificate.privateKey = Pkcs11KeyPresence::Unknown;
        }
        certificates.append(certificate);
    }
    return certificates;
}

} // namespace

QString pkcs11FieldText(const unsigned char* field, std::size_t size)
{
    std::size_t length = size;
    while (length > 0 && (field[length - 1] == ' ' || field[length - 1] == '\0')) {
        --length;
    }
    return QString::fromUtf8(reinterpret_cast<const char*>(field), static_cast<qsizetype>(length));
}

Pkcs11TokenFlags pkcs11TokenFlags(CK_FLAGS flags)
{
    Pkcs11TokenFlags result;
    result.initialized = (flags & CKF_TOKEN_INITIALIZED) != 0;
    result.loginRequired = (flags & CKF_LOGIN_REQUIRED) != 0;
    result.protectedAuthPath = (flags & CKF_PROTECTED_AUTHENTICATION_PATH) != 0;
    result.userPinCountLow = (flags & CKF_USER_PIN_COUNT_LOW) != 0;
    result.userPinFinalTry = (flags & CKF_USER_PIN_FINAL_TRY) != 0;
    result.userPinLocked = (flags & CKF_USER_PIN_LOCKED) != 0;
    result.userPinToBeChanged = (flags & CKF_USER_PIN_TO_BE_CHANGED) != 0;
    result.raw = flags;
    return result;
}

Result<Pkcs11Token> readPkcs11Token(CK_FUNCTION_LIST* functions, CK_SLOT_ID slot, const QString& expectedLabel)
{
    CK_TOKEN_INFO info{};
    const CK_RV rv = functions->C_GetTokenInfo(slot, &info);
    if (rv != CKR_OK) {
        return pkcs11Error(rv, "C_GetTokenInfo",
                           expectedLabel.isEmpty() ? Pkcs11ModuleText::tr("in slot %1").arg(slot) : expectedLabel);
    }
    Pkcs11Token token;
    token.slotId = slot;
    token.label = pkcs11FieldText(info.label, sizeof info.label);
    token.manufacturer = pkcs11FieldText(info.manufacturerID, sizeof info.manufacturerID);
    token.model = pkcs11FieldText(info.model, sizeof info.model);
    token.serial = pkcs11FieldText(info.serialNumber, sizeof info.serialNumber);
    token.flags = pkcs11TokenFlags(info.flags);
    return token;
}

Pkcs11Module::Pkcs11Module(std::unique_ptr<Private> d) : m_d(std::move(d))
{
}

Pkcs11Module::~Pkcs11Module()
{
    const std::lock_guard lock(registryMutex);
    p11_kit_module_finalize(m_d->functions);
    p11_kit_module_release(m_d->functions);
}

Pkcs11Module::Private& Pkcs11Module::d() const
{
    return *m_d;
}

const QString& Pkcs11Module::path() const
{
    return m_d->path;
}

Result<std::shared_ptr<Pkcs11Module>> Pkcs11Module::load(const QString& path)
{
    const QFileInfo file(path);
    if (path.isEmpty() || !file.exists()) {
        return Error{ErrorCode::NotFound,
                     Pkcs11ModuleText::tr("The token driver (PKCS#11 module) \"%1\" does not exist. Install the "
                                          "token software of your certificate authority (CA) or choose the right "
                                          "file.")
                         .arg(path),
                     QStringLiteral("no file at %1").arg(path)};
    }
    const QString canonical = file.canonicalFilePath();
    const std::lock_guard lock(registryMutex);
    auto& modules = registry();
    for (auto it = modules.begin(); it != modules.end();) {
        it = it->second.expired() ? modules.erase(it) : std::next(it);
    }
    if (auto found = modules.find(canonical); found != modules.end()) {
        if (std::shared_ptr<Pkcs11Module> loaded = found->second.lock()) {
            return loaded;
        }
    }

    const QByteArray nativePath = QFile::encodeName(canonical);
    CK_FUNCTION_LIST* functions = p11_kit_module_load(nativePath.constData(), 0);
    if (functions == nullptr) {
        return Error{
            ErrorCode::Unsupported,
            Pkcs11ModuleText::tr("\"%1\" is not a token driver (PKCS#11 module) that VanThu can load.").arg(path),
            QStringLiteral("p11_kit_module_load(%1): %2").arg(canonical, p11KitMessage())};
    }
    const CK_RV rv = p11_kit_module_initialize(functions);
    if (rv != CKR_OK) {
        const QString message = p11KitMessage();
        p11_kit_module_release(functions);
        return Error{ErrorCode::Unsupported,
                     Pkcs11ModuleText::tr("The token driver (PKCS#11 module) \"%1\" failed to start.").arg(path),
                     pkcs11Detail("C_Initialize", rv) + QStringLiteral(" (%1) %2").arg(canonical, message)};
    }
    auto d = std::make_unique<Private>();
    d->path = canonical;
    d->functions = functions;
    std::shared_ptr<Pkcs11Module> module(new Pkcs11Module(std::move(d)));
    modules[canonical] = module;
    return module;
}

QString Pkcs11Module::description() const
{
    CK_INFO info{};
    if (m_d->functions->C_GetInfo(&info) != CKR_OK) {
        return {};
    }
    const QString manufacturer = pkcs11FieldText(info.manufacturerID, sizeof info.manufacturerID);
    const QString library = pkcs11FieldText(info.libraryDescription, sizeof info.libraryDescription);
    return manufacturer.isEmpty() ? library : manufacturer + QStringLiteral(" — ") + library;
}

Result<QList<Pkcs11Token>> Pkcs11Module::tokens() const
{
    CK_FUNCTION_LIST* f = m_d->functions;
    std::vector<CK_SLOT_ID> slots;
    CK_RV rv = CKR_OK;
    // The slot count may grow between the two calls when a reader is plugged in.
    for (int round = 0; round < 4; ++round) {
        CK_ULONG count = 0;
        rv = f->C_GetSlotList(CK_TRUE, nullptr, &count);
        if (rv != CKR_OK) {
            break;
        }
        slots.resize(count);
        rv = f->C_GetSlotList(CK_TRUE, slots.data(), &count);
        if (rv == CKR_BUFFER_TOO_SMALL) {
            continue;
        }
        slots.resize(count);
        break;
    }
    if (rv != CKR_OK) {
        return Error{ErrorCode::Io,
                     Pkcs11ModuleText::tr("The token driver \"%1\" cannot list its tokens.").arg(m_d->path),
                     pkcs11Detail("C_GetSlotList", rv)};
    }
    QList<Pkcs11Token> tokens;
    for (const CK_SLOT_ID slot : slots) {
        auto token = readPkcs11Token(f, slot);
        if (!token) {
            continue; // pulled out between the two calls
        }
        tokens.append(*token);
    }
    return tokens;
}

Result<QList<Pkcs11Certificate>> Pkcs11Module::certificates(const Pkcs11Token& token) const
{
    auto session = Pkcs11Session::open(*this, token);
    if (!session) {
        return session.error();
    }
    return listCertificates(**session, false);
}

Result<QList<Pkcs11Certificate>> Pkcs11Module::certificates(const Pkcs11Token& token, SecretPrompt& prompt) const
{
    auto session = Pkcs11Session::open(*this, token);
    if (!session) {
        return session.error();
    }
    if (auto loggedIn = (*session)->logIn(prompt); !loggedIn) {
        return loggedIn.error();
    }
    return listCertificates(**session, true);
}

} // namespace vanthu::signing
