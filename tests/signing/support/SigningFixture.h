// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/keys/SecretPrompt.h"
#include "signing/keys/SigningKey.h"
#include "signing/pades/PadesSigner.h"
#include "tests/support/pki/TestPki.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace vanthu::test
{

/** A SecretPrompt that always answers with one password. */
class FixedPassword final : public signing::SecretPrompt
{
public:
    explicit FixedPassword(QByteArray password) : m_password(std::move(password))
    {
    }
    std::optional<signing::Secret> ask(const signing::SecretRequest&) override
    {
        return signing::Secret(m_password);
    }

private:
    QByteArray m_password;
};

/** A test PKI in a temporary folder, keys opened from its PKCS#12 files, and the judges' verdicts in one place. */
class SigningFixture
{
public:
    SigningFixture();

    [[nodiscard]] TestPki& pki()
    {
        return *m_pki;
    }
    [[nodiscard]] QString path(const QString& name) const
    {
        return m_directory.filePath(name);
    }
    /** Writes @p bytes to the file @p name of the fixture's folder and returns its path; fails the test if it cannot.
     */
    QString write(const QString& name, const QByteArray& bytes) const;
    /** Opens the PKCS#12 file of @p identity with the right password; fails the test if it cannot. */
    [[nodiscard]] std::unique_ptr<signing::SigningKey> key(TestPki::Identity identity);

    /** A fixture file from tests/data/pdf. */
    [[nodiscard]] static QByteArray fixturePdf(const QString& name);
    /** A request with a fixed signing time, so test output is reproducible. */
    [[nodiscard]] static signing::SignRequest request();

    /**
     * Everything the issue asks of a signed file, checked with tools we did not write: @p before is a prefix,
     * every signature is valid for pdfsig and for `openssl cms -verify` with the test root (and @p extraCaPems),
     * qpdf --check is clean, and every earlier revision can be rebuilt. Returns what failed, or an empty string.
     */
    [[nodiscard]] QString judge(const QByteArray& before, const QByteArray& after, const QStringList& extraCaPems = {});

private:
    QTemporaryDir m_directory;
    std::unique_ptr<TestPki> m_pki;
};

} // namespace vanthu::test
