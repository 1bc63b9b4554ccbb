// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/KeyOptions.h"

#include "app/cli/TerminalSecretPrompt.h"
#include "signing/keys/CertificateFile.h"
#include "signing/pkcs11/Pkcs11Key.h"
#include "signing/pkcs12/Pkcs12Key.h"
#include "signing/timestamp/TimestampClient.h"

#include <QCoreApplication>

namespace vanthu::cli
{
namespace
{

// The translation context of the sign command, where these options and messages first appeared.
struct SignCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SignCommandText)
};

} // namespace

KeyOptions::KeyOptions()
    : p12(QStringLiteral("p12"), SignCommandText::tr("PKCS#12 file with the key."), SignCommandText::tr("file"))
    , pkcs11(QStringLiteral("pkcs11"), SignCommandText::tr("PKCS#11 module of the token."),
             SignCommandText::tr("module.so"))
    , token(QStringLiteral("token"), SignCommandText::tr("Token label."), SignCommandText::tr("label"))
    , keyId(QStringLiteral("key"), SignCommandText::tr("Key id on the token (hex)."), SignCommandText::tr("id"))
    , chain(QStringLiteral("chain"),
            SignCommandText::tr("Intermediate CA certificates to embed (PEM), for a token that does not carry them."),
            SignCommandText::tr("file"))
    , tsa(QStringLiteral("tsa"), SignCommandText::tr("Timestamp authority URL (PAdES B-T)."),
          SignCommandText::tr("url"))
    , digest(QStringLiteral("digest"), SignCommandText::tr("sha256 (default), sha384 or sha512."),
             QStringLiteral("name"))
{
}

void KeyOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({p12, pkcs11, token, keyId, chain, tsa, digest});
}

std::optional<QString> KeyOptions::incomplete(const QCommandLineParser& parser) const
{
    if (!parseDigest(parser.value(digest))) {
        return SignCommandText::tr("--digest must be sha256, sha384 or sha512.");
    }
    if (parser.isSet(p12) == parser.isSet(pkcs11)) {
        return SignCommandText::tr("Give the key with either --p12 or --pkcs11 (with --token and --key).");
    }
    if (parser.isSet(pkcs11) && (!parser.isSet(token) || !parser.isSet(keyId))) {
        return SignCommandText::tr("--pkcs11 needs --token and --key.");
    }
    return std::nullopt;
}

Result<std::unique_ptr<signing::SigningKey>> KeyOptions::open(const QCommandLineParser& parser,
                                                              TerminalSecretPrompt& prompt) const
{
    auto keyError = [&prompt](const Error& error) {
        if (error.code == ErrorCode::Cancelled && prompt.environmentSecretRejected()) {
            return Error{ErrorCode::InvalidInput, SignCommandText::tr("The PIN or password in VANTHU_PIN is wrong."),
                         error.detail};
        }
        return error;
    };
    if (parser.isSet(p12)) {
        auto opened = signing::openPkcs12Key(parser.value(p12), prompt);
        if (!opened) {
            return keyError(opened.error());
        }
        return std::unique_ptr<signing::SigningKey>(std::move(*opened));
    }
    signing::Pkcs11KeyRef ref;
    ref.modulePath = parser.value(pkcs11);
    ref.tokenLabel = parser.value(token);
    ref.keyIdHex = parser.value(keyId);
    auto opened = signing::Pkcs11Key::open(ref, prompt);
    if (!opened) {
        return keyError(opened.error());
    }
    return std::unique_ptr<signing::SigningKey>(std::move(*opened));
}

Result<void> KeyOptions::applyTo(const QCommandLineParser& parser, signing::SignRequest& request) const
{
    const auto algorithm = parseDigest(parser.value(digest));
    if (!algorithm) {
        return Error{ErrorCode::InvalidInput, SignCommandText::tr("--digest must be sha256, sha384 or sha512."),
                     QStringLiteral("bad digest")};
    }
    request.digest = *algorithm;
    if (parser.isSet(chain)) {
        auto certificates = signing::readCertificateFile(parser.value(chain));
        if (!certificates) {
            return certificates.error();
        }
        request.extraCertificates = *certificates;
    }
    if (parser.isSet(tsa)) {
        request.timestamper = signing::timestamperFor(parser.value(tsa));
    }
    return {};
}

std::optional<signing::DigestAlgorithm> parseDigest(const QString& text)
{
    if (text.isEmpty() || text == QLatin1String("sha256")) {
        return signing::DigestAlgorithm::Sha256;
    }
    if (text == QLatin1String("sha384")) {
        return signing::DigestAlgorithm::Sha384;
    }
    if (text == QLatin1String("sha512")) {
        return signing::DigestAlgorithm::Sha512;
    }
    return std::nullopt;
}

} // namespace vanthu::cli
