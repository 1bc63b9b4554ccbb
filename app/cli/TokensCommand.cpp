// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "signing/pkcs11/Pkcs11Module.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct TokensCommandText
{
    Q_DECLARE_TR_FUNCTIONS(TokensCommandText)
};

QString presenceName(signing::Pkcs11KeyPresence presence)
{
    switch (presence) {
    case signing::Pkcs11KeyPresence::Present:
        return QStringLiteral("present");
    case signing::Pkcs11KeyPresence::Absent:
        return QStringLiteral("absent");
    case signing::Pkcs11KeyPresence::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString tokenState(const signing::Pkcs11TokenFlags& flags)
{
    if (flags.userPinLocked) {
        return TokensCommandText::tr("PIN LOCKED");
    }
    if (flags.userPinFinalTry) {
        return TokensCommandText::tr("one PIN try left");
    }
    if (flags.userPinCountLow) {
        return TokensCommandText::tr("a wrong PIN was typed");
    }
    return TokensCommandText::tr("ready");
}

} // namespace

int runTokens(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption module(QStringLiteral("pkcs11"), TokensCommandText::tr("PKCS#11 module of the token."),
                                    TokensCommandText::tr("module.so"));
    parser.addOption(module);
    if (auto exit = context.parse(parser,
                                  TokensCommandText::tr("List the tokens of a PKCS#11 module and the certificates on "
                                                        "them (without asking for a PIN)."),
                                  QString())) {
        return *exit;
    }
    if (!parser.isSet(module)) {
        return context.usage(TokensCommandText::tr("--pkcs11 is required."));
    }
    auto loaded = signing::Pkcs11Module::load(parser.value(module));
    if (!loaded) {
        return context.fail(loaded.error());
    }
    auto tokens = (*loaded)->tokens();
    if (!tokens) {
        return context.fail(tokens.error());
    }
    QJsonArray tokenArray;
    for (const signing::Pkcs11Token& token : *tokens) {
        if (!token.flags.initialized) {
            // A blank token (SoftHSM always offers one) holds nothing to sign with; reading it fails by design.
            if (context.json()) {
                tokenArray.append(QJsonObject{{QStringLiteral("label"), token.label},
                                              {QStringLiteral("initialized"), false},
                                              {QStringLiteral("certificates"), QJsonArray()}});
            } else {
                context.printLine(TokensCommandText::tr("Blank token in slot %1 (not initialised)").arg(token.slotId));
            }
            continue;
        }
        auto certificates = (*loaded)->certificates(token);
        if (!certificates) {
            return context.fail(certificates.error());
        }
        QJsonArray certificateArray;
        if (!context.json()) {
            context.printLine(
                TokensCommandText::tr("Token \"%1\" (%2 %3, serial %4): %5")
                    .arg(token.label, token.manufacturer, token.model, token.serial, tokenState(token.flags)));
        }
        for (const signing::Pkcs11Certificate& certificate : *certificates) {
            if (context.json()) {
                certificateArray.append(
                    QJsonObject{{QStringLiteral("id"), certificate.idHex},
                                {QStringLiteral("label"), certificate.label},
                                {QStringLiteral("subject"), certificate.subjectCommonName},
                                {QStringLiteral("issuer"), certificate.issuerCommonName},
                                {QStringLiteral("notBefore"), certificate.notBefore.toString(Qt::ISODate)},
                                {QStringLiteral("notAfter"), certificate.notAfter.toString(Qt::ISODate)},
                                {QStringLiteral("privateKey"), presenceName(certificate.privateKey)}});
            } else {
                context.printLine(TokensCommandText::tr("  --key %1  %2, issued by %3, valid %4 to %5")
                                      .arg(certificate.idHex, certificate.subjectCommonName,
                                           certificate.issuerCommonName,
                                           certificate.notBefore.date().toString(Qt::ISODate),
                                           certificate.notAfter.date().toString(Qt::ISODate)));
            }
        }
        if (context.json()) {
            tokenArray.append(QJsonObject{{QStringLiteral("label"), token.label},
                                          {QStringLiteral("initialized"), true},
                                          {QStringLiteral("manufacturer"), token.manufacturer},
                                          {QStringLiteral("model"), token.model},
                                          {QStringLiteral("serial"), token.serial},
                                          {QStringLiteral("pinLocked"), token.flags.userPinLocked},
                                          {QStringLiteral("pinFinalTry"), token.flags.userPinFinalTry},
                                          {QStringLiteral("certificates"), certificateArray}});
        }
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("tokens"), tokenArray}});
    } else if (tokens->isEmpty()) {
        context.printLine(TokensCommandText::tr("No token is plugged in."));
    }
    return ExitOk;
}

} // namespace vanthu::cli
