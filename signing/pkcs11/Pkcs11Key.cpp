// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pkcs11/Pkcs11Key.h"

#include "signing/pkcs11/CertificateSummary.h"
#include "signing/pkcs11/Pkcs11Error.h"
#include "signing/pkcs11/Pkcs11Module.h"
#include "signing/pkcs11/Pkcs11Session.h"
#include "signing/pkcs11/SignatureEncoding.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <set>

namespace vanthu::signing
{
namespace
{

struct Pkcs11KeyText
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs11KeyText)
};

bool isHex(const QString& text)
{
    return !text.isEmpty() && text.size() % 2 == 0 && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
               || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    });
}

CK_MECHANISM_TYPE rsaWithHash(DigestAlgorithm digest)
{
    switch (digest) {
    case DigestAlgorithm::Sha256:
        return CKM_SHA256_RSA_PKCS;
    case DigestAlgorithm::Sha384:
        return CKM_SHA384_RSA_PKCS;
    case DigestAlgorithm::Sha512:
        return CKM_SHA512_RSA_PKCS;
    }
    return CKM_SHA256_RSA_PKCS;
}

Error keyNotFound(const QString& tokenLabel, const QString& keyIdHex)
{
    return Error{ErrorCode::NotFound,
                 Pkcs11KeyText::tr("Token \"%1\" holds no key with id %2. Check that the right token is plugged in.")
                     .arg(tokenLabel, keyIdHex),
                 QStringLiteral("no object with CKA_ID %1").arg(keyIdHex)};
}

/** A token that matches the reference and shows an object with the key id before login. */
struct Candidate
{
    std::unique_ptr<Pkcs11Session> session;
    std::vector<CK_OBJECT_HANDLE> certificates;
};

/** Whether the session's token shows anything with @p id before login (certificate, public or private key). */
Result<Candidate> inspect(std::unique_ptr<Pkcs11Session> session, const QByteArray& id)
{
    Candidate candidate;
    auto certificates = session->findObjects(CKO_CERTIFICATE, id);
    if (!certificates) {
        return certificates.error();
    }
    candidate.certificates = std::move(*certificates);
    bool visible = !candidate.certificates.empty();
    for (const CK_OBJECT_CLASS keyClass : {CKO_PUBLIC_KEY, CKO_PRIVATE_KEY}) {
        if (visible) {
            break;
        }
        auto keys = session->findObjects(keyClass, id);
        if (!keys) {
            return keys.error();
        }
        visible = !keys->empty();
    }
    if (visible) {
        candidate.session = std::move(session);
    }
    return candidate;
}

/** The one plugged-in token that matches @p ref and shows the key id, with a session on it. No login. */
Result<Candidate> selectToken(const Pkcs11Module& module, const Pkcs11KeyRef& ref, const QByteArray& id)
{
    auto tokens = module.tokens();
    if (!tokens) {
        return tokens.error();
    }
    QStringList present;
    std::vector<Candidate> matches;
    bool labelSeen = false;
    for (const Pkcs11Token& token : *tokens) {
        present.append(token.label + QLatin1Char('/') + token.serial);
        if (!token.flags.initialized || token.label != ref.tokenLabel
            || (!ref.tokenSerial.isEmpty() && token.serial != ref.tokenSerial)) {
            continue;
        }
        labelSeen = true;
        auto session = Pkcs11Session::open(module, token);
        if (!session) {
            return session.error();
        }
        auto candidate = inspect(std::move(*session), id);
        if (!candidate) {
            return candidate.error();
        }
        if (candidate->session) {
            matches.push_back(std::move(*candidate));
        }
    }
    if (!labelSeen) {
        return Error{
            ErrorCode::NotFound,
            Pkcs11KeyText::tr("Token \"%1\" is not plugged in. Plug it in, then try again.").arg(ref.tokenLabel),
            QStringLiteral("tokens present in %1: %2")
                .arg(module.path(), present.isEmpty() ? QStringLiteral("none") : present.join(u", "))};
    }
    if (matches.empty()) {
        return keyNotFound(ref.tokenLabel, ref.keyIdHex);
    }
    if (matches.size() > 1) {
        return Error{ErrorCode::Conflict,
                     Pkcs11KeyText::tr("Several plugged-in tokens are named \"%1\" and hold key %2. Unplug the "
                                       "tokens you do not want to sign with, then try again.")
                         .arg(ref.tokenLabel, ref.keyIdHex),
                     QStringLiteral("%1 tokens match").arg(matches.size())};
    }
    return std::move(matches.front());
}

} // namespace

struct Pkcs11Key::State
{
    // Declared first so it is destroyed last: the session needs the module loaded.
    std::shared_ptr<Pkcs11Module> module;
    std::unique_ptr<Pkcs11Session> session;
    CK_OBJECT_HANDLE key = 0;
    QString keyIdHex;
    QByteArray certificate;
    QList<QByteArray> chain;
    KeyAlgorithm algorithm = KeyAlgorithm::Rsa;
    int keyBits = 0;
    bool mechanismsKnown = false;
    std::set<CK_MECHANISM_TYPE> mechanisms;

    [[nodiscard]] bool mayHave(CK_MECHANISM_TYPE mechanism) const
    {
        return !mechanismsKnown || mechanisms.count(mechanism) != 0;
    }
    [[nodiscard]] Result<QByteArray> signWith(CK_MECHANISM_TYPE mechanism, const QByteArray& input, CK_RV& rv) const;
};

Pkcs11Key::Pkcs11Key(std::unique_ptr<State> state) : m_state(std::move(state))
{
}

Pkcs11Key::~Pkcs11Key() = default;

Result<std::unique_ptr<Pkcs11Key>> Pkcs11Key::open(const Pkcs11KeyRef& ref, SecretPrompt& prompt)
{
    if (!isHex(ref.keyIdHex)) {
        return Error{ErrorCode::InvalidInput,
                     Pkcs11KeyText::tr("\"%1\" is not a key id: it must be hexadecimal digits.").arg(ref.keyIdHex),
                     QStringLiteral("malformed CKA_ID")};
    }
    const QByteArray id = QByteArray::fromHex(ref.keyIdHex.toLatin1());
    auto module = Pkcs11Module::load(ref.modulePath);
    if (!module) {
        return module.error();
    }
    auto state = std::make_unique<State>();
    state->module = *module;
    state->keyIdHex = QString::fromLatin1(id.toHex());
    auto selected = selectToken(**module, ref, id);
    if (!selected) {
        return selected.error();
    }
    state->session = std::move(selected->session);
    Pkcs11Session& session = *state->session;
    const QString& label = session.token().label;

    if (auto loggedIn = session.logIn(prompt); !loggedIn) {
        return loggedIn.error();
    }

    auto keys = session.findObjects(CKO_PRIVATE_KEY, id);
    if (!keys) {
        return keys.error();
    }
    std::vector<CK_OBJECT_HANDLE> certificates = selected->certificates;
    if (certificates.empty()) {
        // A few tokens show certificates only after login.
        auto afterLogin = session.findObjects(CKO_CERTIFICATE, id);
        if (!afterLogin) {
            return afterLogin.error();
        }
        certificates = std::move(*afterLogin);
    }
    if (keys->empty() && certificates.empty()) {
        return keyNotFound(label, ref.keyIdHex);
    }
    if (keys->empty()) {
        return Error{ErrorCode::NotFound,
                     Pkcs11KeyText::tr("Token \"%1\" holds the certificate with id %2 but not its private key.")
                         .arg(label, state->keyIdHex),
                     QStringLiteral("no CKO_PRIVATE_KEY with CKA_ID %1").arg(state->keyIdHex)};
    }
    state->key = keys->front();
    std::optional<QByteArray> certificate;
    for (const CK_OBJECT_HANDLE handle : certificates) {
        auto value = session.attribute(handle, CKA_VALUE);
        if (!value) {
            return value.error();
        }
        if (*value && !(*value)->isEmpty()) {
            certificate = *value;
            break;
        }
    }
    if (!certificate) {
        return Error{ErrorCode::NotFound,
                     Pkcs11KeyText::tr("Token \"%1\" holds the key with id %2 but not its certificate. Ask your "
                                       "certificate authority (CA) to write the certificate to the token.")
                         .arg(label, state->keyIdHex),
                     QStringLiteral("no CKO_CERTIFICATE with CKA_ID %1").arg(state->keyIdHex)};
    }
    auto summary = summarizeCertificate(*certificate);
    if (!summary) {
        return summary.error();
    }
    auto keyType = session.ulongAttribute(state->key, CKA_KEY_TYPE);
    if (!keyType) {
        return keyType.error();
    }
    const bool rsa = summary->algorithm == KeyAlgorithm::Rsa && (!*keyType || **keyType == CKK_RSA);
    const bool ecdsa = summary->algorithm == KeyAlgorithm::Ecdsa && (!*keyType || **keyType == CKK_EC);
    if (!rsa && !ecdsa) {
        return Error{ErrorCode::Unsupported,
                     Pkcs11KeyText::tr("The key with id %1 on token \"%2\" is of a kind VanThu cannot sign with "
                                       "(only RSA and ECDSA).")
                         .arg(state->keyIdHex, label),
                     QStringLiteral("certificate key %1, CKA_KEY_TYPE %2")
                         .arg(summary->algorithm ? static_cast<int>(*summary->algorithm) : -1)
                         .arg(*keyType ? static_cast<qint64>(**keyType) : -1)};
    }
    state->algorithm = rsa ? KeyAlgorithm::Rsa : KeyAlgorithm::Ecdsa;
    state->keyBits = summary->keyBits;
    state->certificate = *certificate;

    auto all = session.findObjects(CKO_CERTIFICATE);
    if (!all) {
        return all.error();
    }
    QList<QByteArray> pool;
    for (const CK_OBJECT_HANDLE handle : *all) {
        auto value = session.attribute(handle, CKA_VALUE);
        if (!value) {
            return value.error();
        }
        if (*value) {
            pool.append(**value);
        }
    }
    state->chain = certificateChainUpward(state->certificate, pool);

    CK_FUNCTION_LIST* f = session.functions();
    const auto slot = static_cast<CK_SLOT_ID>(session.token().slotId);
    CK_ULONG count = 0;
    if (f->C_GetMechanismList(slot, nullptr, &count) == CKR_OK) {
        std::vector<CK_MECHANISM_TYPE> list(count);
        if (f->C_GetMechanismList(slot, list.data(), &count) == CKR_OK) {
            state->mechanisms.insert(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(count));
            state->mechanismsKnown = true;
        }
    }
    return std::unique_ptr<Pkcs11Key>(new Pkcs11Key(std::move(state)));
}

QByteArray Pkcs11Key::certificateDer() const
{
    return m_state->certificate;
}

QList<QByteArray> Pkcs11Key::chainDer() const
{
    return m_state->chain;
}

KeyAlgorithm Pkcs11Key::algorithm() const
{
    return m_state->algorithm;
}

int Pkcs11Key::keyBits() const
{
    return m_state->keyBits;
}

const Pkcs11Token& Pkcs11Key::token() const
{
    return m_state->session->token();
}

QString Pkcs11Key::keyIdHex() const
{
    return m_state->keyIdHex;
}

Result<QByteArray> Pkcs11Key::State::signWith(CK_MECHANISM_TYPE mechanism, const QByteArray& input, CK_RV& rv) const
{
    CK_FUNCTION_LIST* f = session->functions();
    CK_MECHANISM parameters{mechanism, nullptr, 0};
    rv = f->C_SignInit(session->handle(), &parameters, key);
    if (rv != CKR_OK) {
        return session->failure(rv, "C_SignInit");
    }
    QByteArray data = input; // the module takes a non-const pointer
    const int keyBytes = (keyBits + 7) / 8;
    QByteArray signature(std::max(2 * keyBytes, 512), Qt::Uninitialized);
    for (int round = 0; round < 2; ++round) {
        auto length = static_cast<CK_ULONG>(signature.size());
        rv = f->C_Sign(session->handle(), reinterpret_cast<CK_BYTE*>(data.data()), static_cast<CK_ULONG>(data.size()),
                       reinterpret_cast<CK_BYTE*>(signature.data()), &length);
        if (rv == CKR_BUFFER_TOO_SMALL && round == 0) {
            signature.resize(static_cast<qsizetype>(length)); // the operation stays active for the second call
            continue;
        }
        if (rv != CKR_OK) {
            return session->failure(rv, "C_Sign");
        }
        signature.truncate(static_cast<qsizetype>(length));
        return signature;
    }
    return session->error(rv, "C_Sign");
}

Result<QByteArray> Pkcs11Key::sign(DigestAlgorithm digest, const QByteArray& data)
{
    const State& s = *m_state;
    CK_RV rv = CKR_OK;
    if (s.algorithm == KeyAlgorithm::Rsa) {
        const CK_MECHANISM_TYPE hashed = rsaWithHash(digest);
        if (s.mayHave(hashed)) {
            auto signature = s.signWith(hashed, data, rv);
            if (signature || rv != CKR_MECHANISM_INVALID || !s.mayHave(CKM_RSA_PKCS)) {
                return signature;
            }
        }
        if (s.mayHave(CKM_RSA_PKCS)) {
            return s.signWith(CKM_RSA_PKCS, rsaDigestInfo(digest, softwareDigest(digest, data)), rv);
        }
    } else if (s.mayHave(CKM_ECDSA)) {
        auto raw = s.signWith(CKM_ECDSA, softwareDigest(digest, data), rv);
        if (!raw) {
            return raw.error();
        }
        auto der = ecdsaRawToDer(*raw);
        if (!der) {
            return Error{der.error().code,
                         Pkcs11KeyText::tr("Token \"%1\" returned a signature VanThu cannot read.")
                             .arg(s.session->token().label),
                         der.error().detail};
        }
        return der;
    }
    return Error{ErrorCode::Unsupported,
                 Pkcs11KeyText::tr("Token \"%1\" cannot make this kind of signature with key %2.")
                     .arg(s.session->token().label, s.keyIdHex),
                 QStringLiteral("token lacks the mechanisms for %1")
                     .arg(s.algorithm == KeyAlgorithm::Rsa ? QStringLiteral("RSA") : QStringLiteral("ECDSA"))};
}

} // namespace vanthu::signing
