// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/signing/pkcs11/TestKeys.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

namespace vanthu::test
{

/**
 * A private SoftHSM2 installation for one test: a config file and a token folder in a temporary directory,
 * SOFTHSM2_CONF pointing at it (restored by the destructor), and one initialised token. Keys come from the test
 * (TestKeys.h, or any PEM key and certificate, e.g. issued by a shared test CA) and are imported with
 * softhsm2-util; certificates are written with pkcs11-tool. Failures fail the running test (Catch2 REQUIRE).
 *
 * Load the module (Pkcs11Module / Pkcs11Key) only after the token is set up: SoftHSM reads SOFTHSM2_CONF when
 * it is initialized, and the module stays loaded while anything holds it.
 */
class SoftHsmToken
{
public:
    static constexpr const char* Pin = "1234";
    static constexpr const char* SoPin = "87654321";
    static constexpr const char* DefaultLabel = "vt-test";

    /** The SoftHSM2 module of Debian bookworm. */
    [[nodiscard]] static QString modulePath();

    explicit SoftHsmToken(const QString& label = QString::fromLatin1(DefaultLabel));
    ~SoftHsmToken();
    SoftHsmToken(const SoftHsmToken&) = delete;
    SoftHsmToken& operator=(const SoftHsmToken&) = delete;

    /** The first token's label. */
    [[nodiscard]] const QString& label() const
    {
        return m_label;
    }

    /** Initialises another token in the same SoftHSM (same PINs). */
    void addToken(const QString& label);

    /**
     * Imports @p material's private key (and its public key) under CKA_ID @p idHex and CKA_LABEL @p objectLabel,
     * then writes its certificate with the same id and label. @p tokenLabel: empty for the first token.
     */
    void addKey(const QString& idHex, const QString& objectLabel, const TestKeyMaterial& material,
                const QString& tokenLabel = {});
    /** Imports only the private key (and public key): a token whose certificate is missing. */
    void addKeyWithoutCertificate(const QString& idHex, const QString& objectLabel, const QByteArray& privateKeyPem,
                                  const QString& tokenLabel = {});
    /** Writes a certificate (PEM) alone, e.g. a CA certificate of the chain. */
    void addCertificate(const QString& idHex, const QString& objectLabel, const QByteArray& certificatePem,
                        const QString& tokenLabel = {});

    /**
     * Changes the token flags SoftHSM stores in the token's file (CKF_USER_PIN_LOCKED, CKF_USER_PIN_FINAL_TRY...).
     * SoftHSM itself never locks a PIN; this makes it report what a real token reports. Call while the module is
     * not loaded in this process.
     */
    void changeTokenFlags(unsigned long set, unsigned long clear, const QString& tokenLabel = {});

    /**
     * Limits the mechanisms SoftHSM offers (its slots.mechanisms setting, e.g. "-CKM_SHA256_RSA_PKCS"), to play a
     * token without on-token hashing. Call before the module is loaded.
     */
    void restrictMechanisms(const QString& mechanisms);

    /** The folder SoftHSM keeps the token's files in. */
    [[nodiscard]] QString tokenFolder(const QString& tokenLabel = {}) const;

    /** Deletes the token's folder: to SoftHSM, the token was pulled out. */
    void removeToken(const QString& tokenLabel = {});

    /** Initialises the token again (same label and PINs; SoftHSM keeps slot and serial and drops all objects). */
    void reinitialiseToken(const QString& tokenLabel = {});

private:
    [[nodiscard]] QString resolve(const QString& tokenLabel) const;
    void run(const QString& program, const QStringList& arguments) const;
    [[nodiscard]] QString writeFile(const QString& name, const QByteArray& bytes) const;

    QTemporaryDir m_dir;
    QString m_label;
    QString m_configPath;
    QString m_tokenRoot;
    QMap<QString, QString> m_folders; ///< token label -> its folder
    QByteArray m_previousConf;
    bool m_hadPreviousConf = false;
    mutable int m_fileCounter = 0;
};

} // namespace vanthu::test
