// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/signing/support/SigningFixture.h"

#include "signing/keys/SecretPrompt.h"
#include "signing/pkcs12/Pkcs12Key.h"
#include "tests/support/oracles/SignatureOracles.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTimeZone>

namespace vanthu::test
{

SigningFixture::SigningFixture() : m_pki(std::make_unique<TestPki>(m_directory.filePath(QStringLiteral("pki"))))
{
}

QString SigningFixture::write(const QString& name, const QByteArray& bytes) const
{
    const QString file = path(name);
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(out.write(bytes) == bytes.size());
    return file;
}

std::unique_ptr<signing::SigningKey> SigningFixture::key(TestPki::Identity identity)
{
    FixedPassword prompt(m_pki->pkcs12Password());
    auto opened = signing::openPkcs12Key(m_pki->identity(identity).p12, prompt);
    INFO((opened ? QString() : opened.error().detail).toStdString());
    REQUIRE(opened.has_value());
    return std::move(*opened);
}

QByteArray SigningFixture::fixturePdf(const QString& name)
{
    QFile file(QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

signing::SignRequest SigningFixture::request()
{
    signing::SignRequest request;
    request.signingTime = QDateTime(QDate(2026, 3, 5), QTime(14, 30, 15), QTimeZone(7 * 3600));
    request.reason = QStringLiteral("Phê duyệt");
    request.location = QStringLiteral("Hà Nội");
    return request;
}

QString SigningFixture::judge(const QByteArray& before, const QByteArray& after, const QStringList& extraCaPems)
{
    QStringList problems;
    if (!isPrefix(before, after)) {
        problems << QStringLiteral("the input is not a prefix of the output");
    }
    const QString file = m_directory.filePath(QStringLiteral("judged.pdf"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(after);
    }
    const QStringList trusted = QStringList{m_pki->rootCertPath()} + extraCaPems;
    const PdfsigReport report = runPdfsig(file, trusted);
    if (!report.allSignaturesValid()) {
        problems << QStringLiteral("pdfsig: ") + report.output;
    }
    const QList<ByteRangeSignature> signatures = findSignatures(after);
    if (signatures.isEmpty()) {
        problems << QStringLiteral("no /ByteRange found");
    }
    for (const ByteRangeSignature& signature : signatures) {
        if (!signature.problem.isEmpty()) {
            problems << QStringLiteral("ByteRange at %1: %2").arg(signature.offset).arg(signature.problem);
            continue;
        }
        QString verdict = opensslCmsVerify(signature, m_pki->rootCertPath(), m_pki->intermediateCertPath());
        for (const QString& ca : extraCaPems) {
            if (!verdict.isEmpty()) {
                verdict = opensslCmsVerify(signature, ca);
            }
        }
        if (!verdict.isEmpty()) {
            problems << QStringLiteral("openssl cms -verify at %1: %2").arg(signature.offset).arg(verdict);
        }
    }
    if (const QString check = qpdfCheck(file); !check.isEmpty()) {
        problems << QStringLiteral("qpdf --check: ") + check;
    }
    if (const QString chain = checkRevisionChain(after); !chain.isEmpty()) {
        problems << QStringLiteral("revision chain: ") + chain;
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace vanthu::test
