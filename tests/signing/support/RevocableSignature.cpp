// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/signing/support/RevocableSignature.h"

#include "signing/pades/PadesSigner.h"
#include "signing/pkcs12/Pkcs12Key.h"
#include "tests/signing/support/SigningFixture.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace vanthu::test
{

RevocableSignature::RevocableSignature(const QStringList& behaviour) : m_revocation(behaviour)
{
    m_pki = std::make_unique<TestPki>(m_directory.filePath(QStringLiteral("pki")), m_revocation.pkiOptions());
    m_revocation.serve(*m_pki);
    FixedPassword password(m_pki->pkcs12Password());
    auto key = signing::openPkcs12Key(m_pki->identity(TestPki::Identity::LeaderRsa2048).p12, password);
    REQUIRE(key.has_value());
    auto signedPdf = signing::PadesSigner::sign(SigningFixture::fixturePdf(QStringLiteral("lo-classic.pdf")), **key,
                                                SigningFixture::request());
    REQUIRE(signedPdf.has_value());
    m_signedPdf = signedPdf->pdf();
}

QString RevocableSignature::write(const QString& name, const QByteArray& bytes) const
{
    const QString file = path(name);
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(out.write(bytes) == bytes.size());
    return file;
}

signing::ValidationOptions RevocableSignature::trusting() const
{
    signing::ValidationOptions options;
    options.trustAnchorsDer = {m_pki->rootDer()};
    options.revocationTimeoutSeconds = 5;
    return options;
}

} // namespace vanthu::test
