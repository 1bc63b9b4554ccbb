// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verify/Validation.h"
#include "tests/support/pki/LocalRevocation.h"
#include "tests/support/pki/TestPki.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace vanthu::test
{

/**
 * What an offline pass cannot finish and the online check can: a test PKI whose certificates name a LocalRevocation
 * server (OCSP and CRL on 127.0.0.1), and lo-classic.pdf signed by the leader with it (no DSS in the document). The
 * server logs every request it answers (requests()), so a test sees whether anyone asked.
 */
class RevocableSignature
{
public:
    /** @p behaviour: the server's misbehaviour switches, e.g. {"--delay-ms", "3000"}. */
    explicit RevocableSignature(const QStringList& behaviour = {});

    [[nodiscard]] TestPki& pki()
    {
        return *m_pki;
    }
    [[nodiscard]] LocalRevocation& revocation()
    {
        return m_revocation;
    }
    [[nodiscard]] const QByteArray& signedPdf() const
    {
        return m_signedPdf;
    }
    /** Writes @p bytes (default: the signed PDF) as @p name into the temporary folder and returns its path. */
    QString write(const QString& name, const QByteArray& bytes) const;
    QString write(const QString& name) const
    {
        return write(name, m_signedPdf);
    }
    [[nodiscard]] QString folder() const
    {
        return m_directory.path();
    }
    [[nodiscard]] QString path(const QString& name) const
    {
        return m_directory.filePath(name);
    }
    /** The test root trusted, online, 5 s per request. */
    [[nodiscard]] signing::ValidationOptions trusting() const;
    /** The OCSP and CRL requests the server answered so far. */
    [[nodiscard]] QStringList requests() const
    {
        return m_revocation.requests();
    }

private:
    QTemporaryDir m_directory;
    LocalRevocation m_revocation;
    std::unique_ptr<TestPki> m_pki;
    QByteArray m_signedPdf;
};

} // namespace vanthu::test
