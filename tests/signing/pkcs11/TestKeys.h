// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace vanthu::test
{

/** A private key (PKCS#8 PEM, unencrypted) and its certificate (PEM): what SoftHsmToken::addKey imports. */
struct TestKeyMaterial
{
    QByteArray privateKeyPem;
    QByteArray certificatePem;
};

enum class TestKeyType
{
    Rsa2048,
    EcP256,
};

/** A fresh key with a self-signed certificate (CN @p commonName, valid from an hour ago for a year). */
[[nodiscard]] TestKeyMaterial makeSelfSignedKey(TestKeyType type, const QString& commonName);

/** A fresh CA key with a self-signed CA certificate (basicConstraints CA:TRUE, keyCertSign). */
[[nodiscard]] TestKeyMaterial makeTestAuthority(TestKeyType type, const QString& commonName);

/** A fresh end-entity key with a certificate issued by @p authority (digitalSignature, nonRepudiation). */
[[nodiscard]] TestKeyMaterial issueTestKey(TestKeyType type, const QString& commonName,
                                           const TestKeyMaterial& authority);

/** PEM certificate to DER. */
[[nodiscard]] QByteArray certificatePemToDer(const QByteArray& pem);

} // namespace vanthu::test
