// SPDX-License-Identifier: GPL-3.0-or-later
// opensslCmsVerify and cmsSignedAttributeOids: the openssl command-line tool on files in a temporary folder.
#include "tests/support/oracles/SignatureOracles.h"
#include "tests/support/oracles/ToolRunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>

namespace vanthu::test
{

QString opensslCmsVerify(const ByteRangeSignature& signature, const QString& caPem, const QString& untrustedPem)
{
    QTemporaryDir directory;
    const QString cms = directory.filePath(QStringLiteral("cms.der"));
    const QString content = directory.filePath(QStringLiteral("data.bin"));
    if (!directory.isValid() || !writeBytes(cms, signature.cmsDer) || !writeBytes(content, signature.signedBytes)) {
        return QStringLiteral("cannot write the CMS and the signed bytes to a temporary folder");
    }
    QStringList arguments{QStringLiteral("cms"),
                          QStringLiteral("-verify"),
                          QStringLiteral("-binary"),
                          QStringLiteral("-inform"),
                          QStringLiteral("DER"),
                          QStringLiteral("-in"),
                          cms,
                          QStringLiteral("-content"),
                          content,
                          QStringLiteral("-CAfile"),
                          caPem,
                          QStringLiteral("-purpose"),
                          QStringLiteral("any"),
                          QStringLiteral("-out"),
                          QStringLiteral("/dev/null")};
    if (!untrustedPem.isEmpty()) {
        arguments << QStringLiteral("-certfile") << untrustedPem;
    }
    const ToolRun run = runTool(QStringLiteral("openssl"), arguments);
    return run.succeeded() ? QString() : run.describe();
}

QString opensslTimestampVerify(const ByteRangeSignature& signature, const QString& caPem, const QString& untrustedPem)
{
    QTemporaryDir directory;
    const QString token = directory.filePath(QStringLiteral("token.der"));
    const QString content = directory.filePath(QStringLiteral("data.bin"));
    if (!directory.isValid() || !writeBytes(token, signature.cmsDer) || !writeBytes(content, signature.signedBytes)) {
        return QStringLiteral("cannot write the token and the signed bytes to a temporary folder");
    }
    const ToolRun run = runTool(QStringLiteral("openssl"),
                                {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-token_in"),
                                 QStringLiteral("-in"), token, QStringLiteral("-data"), content,
                                 QStringLiteral("-CAfile"), caPem, QStringLiteral("-untrusted"), untrustedPem});
    return run.succeeded() ? QString() : run.describe();
}

Result<QList<QStringList>> cmsSignedAttributeOids(const QByteArray& cmsDer)
{
    QTemporaryDir directory;
    const QString cms = directory.filePath(QStringLiteral("cms.der"));
    if (!directory.isValid() || !writeBytes(cms, cmsDer)) {
        return Error{ErrorCode::Io, QStringLiteral("cannot write the CMS to a temporary folder"), {}};
    }
    const ToolRun run = runTool(QStringLiteral("openssl"),
                                {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), cms});
    if (!run.succeeded()) {
        return Error{ErrorCode::InvalidInput, QStringLiteral("openssl cannot print the CMS"), run.describe()};
    }
    // Each SignerInfo has a "signedAttrs:" line that opens its list; attributes read "object: name (dotted.oid)";
    // the SignerInfo's next field ("signatureAlgorithm:") closes it. Values printed inside attributes use other
    // spellings ("OBJECT:pkcs7-data (...)", "OBJECT :sha256").
    static const QRegularExpression attribute(
        QStringLiteral("^\\s*object:\\s*(?:.*\\((\\d+(?:\\.\\d+)+)\\)|(\\d+(?:\\.\\d+)+))\\s*$"));
    QList<QStringList> signers;
    bool inSignedAttributes = false;
    const QStringList lines = QString::fromUtf8(run.standardOutput).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("signedAttrs:"))) {
            signers.append(QStringList());
            inSignedAttributes = true;
        } else if (trimmed.startsWith(QLatin1String("signatureAlgorithm:"))) {
            inSignedAttributes = false;
        } else if (inSignedAttributes) {
            const QRegularExpressionMatch match = attribute.match(line);
            if (match.hasMatch()) {
                signers.last().append(match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
            }
        }
    }
    if (signers.isEmpty()) {
        return Error{ErrorCode::InvalidInput, QStringLiteral("openssl printed no SignerInfo"), run.describe()};
    }
    return signers;
}

} // namespace vanthu::test
