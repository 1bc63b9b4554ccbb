// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/keys/SecretPrompt.h"
#include "signing/keys/SigningKey.h"

#include <QString>

#include <memory>

namespace vanthu::signing
{

/**
 * Opens the PKCS#12 file (.p12, .pfx) at @p path as a SigningKey: asks its password through @p prompt
 * (SecretRequest::Kind::Pkcs12Password, subject = the file name) up to @p maxAttempts times, with a retry message
 * after each wrong one. Files written by OpenSSL 3 (AES-256, PBKDF2) and by older tools (RC2-40 and 3DES, read with
 * OpenSSL's legacy provider in a private library context) are both read. The key signs with RSA PKCS#1 v1.5 or
 * ECDSA; chainDer() holds the file's CA certificates from the signer's issuer upwards, whatever their order in the
 * file (certificates outside that chain are left out).
 *
 * Errors: NotFound (no such file), Io (unreadable), Cancelled (the person cancelled the prompt), InvalidInput (not
 * a PKCS#12 file, no private key, no certificate for the key, key and certificate that do not match, or a password
 * still wrong after @p maxAttempts tries), Unsupported (RSA below 2048 bits, ECDSA below 256 bits, other key types,
 * legacy encryption without OpenSSL's legacy provider).
 */
[[nodiscard]] Result<std::unique_ptr<SigningKey>> openPkcs12Key(const QString& path, SecretPrompt& prompt,
                                                                int maxAttempts = 3);

} // namespace vanthu::signing
