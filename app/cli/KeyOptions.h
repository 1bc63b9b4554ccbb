// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/keys/Digest.h"
#include "signing/keys/SigningKey.h"
#include "signing/pades/PadesSigner.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace vanthu::cli
{

class TerminalSecretPrompt;

/** The key options of the commands that sign (`sign`, `issue`): a PKCS#12 file or a key on a PKCS#11 token. */
struct KeyOptions
{
    KeyOptions();

    QCommandLineOption p12;
    QCommandLineOption pkcs11;
    QCommandLineOption token;
    QCommandLineOption keyId;
    QCommandLineOption chain;
    QCommandLineOption tsa;
    QCommandLineOption digest;

    void addTo(QCommandLineParser& parser) const;
    /** The usage message when the options name no key, or two; nullopt when they are complete. */
    [[nodiscard]] std::optional<QString> incomplete(const QCommandLineParser& parser) const;
    /** Opens the key named, asking its PIN or password through @p prompt (or VANTHU_PIN). */
    [[nodiscard]] Result<std::unique_ptr<signing::SigningKey>> open(const QCommandLineParser& parser,
                                                                    TerminalSecretPrompt& prompt) const;
    /** --digest, --chain and --tsa into @p request. Errors: a digest not known, a chain file not readable. */
    [[nodiscard]] Result<void> applyTo(const QCommandLineParser& parser, signing::SignRequest& request) const;
};

/** sha256 (also for an empty text), sha384 or sha512. */
[[nodiscard]] std::optional<signing::DigestAlgorithm> parseDigest(const QString& text);

} // namespace vanthu::cli
