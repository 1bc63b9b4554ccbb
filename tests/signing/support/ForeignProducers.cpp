// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/signing/support/ForeignProducers.h"

#include "tests/support/oracles/SignatureOracles.h"
#include "tests/support/oracles/ToolRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace vanthu::test
{

namespace
{

// The @signpdf packages, pinned so that a run next year signs as this one did; node-forge is their peer.
const QStringList SignpdfPackages{QStringLiteral("@signpdf/signpdf@3.3.0"), QStringLiteral("@signpdf/signer-p12@3.3.0"),
                                  QStringLiteral("@signpdf/placeholder-plain@3.3.0"),
                                  QStringLiteral("node-forge@1.4.4")};

// The OID of id-ct-TSTInfo, DER-encoded: a /Contents that carries it is an RFC 3161 token (a document timestamp).
const QByteArray TstInfoOid = QByteArray::fromHex("060b2a864886f70d0109100104");

void requireRun(const ToolRun& run)
{
    INFO(run.describe().toStdString());
    REQUIRE(run.succeeded());
}

/** The PEM text of @p paths, one after the other, in a file of @p directory; its path. */
QString concatenatePem(const QString& target, const QStringList& paths)
{
    QByteArray all;
    for (const QString& path : paths) {
        all += readBytes(path);
    }
    REQUIRE(writeBytes(target, all));
    return target;
}

/** npm installs @signpdf into the build tree once; later runs (and other test processes) reuse it. */
QString signpdfModules()
{
    const QString prefix = QStringLiteral(VANTHU_FOREIGN_NODE_PREFIX);
    const QString modules = prefix + QStringLiteral("/node_modules");
    if (QFile::exists(modules + QStringLiteral("/@signpdf/signpdf/package.json"))
        && QFile::exists(modules + QStringLiteral("/node-forge/package.json"))) {
        return modules;
    }
    REQUIRE(QDir().mkpath(prefix));
    requireRun(
        runTool(QStringLiteral("npm"),
                QStringList{QStringLiteral("install"), QStringLiteral("--prefix"), prefix, QStringLiteral("--no-audit"),
                            QStringLiteral("--no-fund"), QStringLiteral("--loglevel=error")}
                    + SignpdfPackages,
                300000));
    return modules;
}

} // namespace

ForeignProducers::ForeignProducers() : m_revocation(std::make_unique<LocalRevocation>())
{
    REQUIRE(m_directory.isValid());
    if (qEnvironmentVariableIsSet("VANTHU_FOREIGN_KEEP")) {
        m_directory.setAutoRemove(false);
        WARN("the generated files stay in " << m_directory.path().toStdString());
    }
    m_pki = std::make_unique<TestPki>(m_directory.filePath(QStringLiteral("pki")), m_revocation->pkiOptions());
    m_revocation->serve(*m_pki);
}

ForeignProducers::~ForeignProducers() = default;

void ForeignProducers::stopRevocation()
{
    m_revocation.reset();
}

QString ForeignProducers::tsaUrl()
{
    if (!m_tsa) {
        m_tsa = std::make_unique<LocalTsa>(*m_pki);
    }
    return m_tsa->url();
}

QString ForeignProducers::path(const QString& name) const
{
    return m_directory.filePath(name);
}

QString ForeignProducers::fixture(const QString& name)
{
    return QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/") + name;
}

void ForeignProducers::java(const QStringList& jobs)
{
    const QString javaProgram = QStringLiteral(VANTHU_FOREIGN_JAVA);
    INFO("the Java harness needs default-jdk-headless and the iText/PDFBox/BouncyCastle packages: scripts/setup-deps");
    REQUIRE(!javaProgram.isEmpty());
    const QString classes = QStringLiteral(VANTHU_FOREIGN_CLASSES);
    const QStringList arguments =
        QStringList{// Short runs: the C1 compiler and the serial collector start fastest.
                    QStringLiteral("-XX:TieredStopAtLevel=1"), QStringLiteral("-XX:+UseSerialGC"),
                    // PDFBox caches the system's font list; keep it in the build tree rather than in $HOME.
                    QStringLiteral("-Dpdfbox.fontcache=") + classes, QStringLiteral("-cp"),
                    classes + QLatin1Char(':') + QStringLiteral(VANTHU_FOREIGN_CLASSPATH),
                    QStringLiteral("ForeignProducers"),
                    QStringLiteral("p12=") + m_pki->identity(TestPki::Identity::LeaderRsa2048).p12,
                    QStringLiteral("password=") + QString::fromUtf8(m_pki->pkcs12Password())}
        + jobs;
    requireRun(runTool(javaProgram, arguments, 180000));
}

bool ForeignProducers::signpdf(const QString& input, const QString& output)
{
    if (QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        WARN("npm or node is missing (Debian: npm, nodejs): the @signpdf row is not run");
        return false;
    }
    const QString modules = signpdfModules();
    QProcess node;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NODE_PATH"), modules);
    node.setProcessEnvironment(environment);
    node.start(QStringLiteral("node"),
               {QStringLiteral(VANTHU_SOURCE_DIR "/tests/support/foreign/signpdf-sign.js"), input, output,
                m_pki->identity(TestPki::Identity::LeaderRsa2048).p12, QString::fromUtf8(m_pki->pkcs12Password())});
    const bool finished = node.waitForFinished(60000);
    INFO(node.readAllStandardError().toStdString());
    REQUIRE(finished);
    REQUIRE(node.exitStatus() == QProcess::NormalExit);
    REQUIRE(node.exitCode() == 0);
    return true;
}

void ForeignProducers::podofosign(const QString& input, const QString& output)
{
    const TestPki::Files& leader = m_pki->identity(TestPki::Identity::LeaderRsa2048);
    requireRun(runTool(QStringLiteral("podofosign"),
                       {QStringLiteral("-in"), input, QStringLiteral("-out"), output, QStringLiteral("-cert"),
                        leader.certPem, QStringLiteral("-pkey"), leader.keyPem, QStringLiteral("-digest"),
                        QStringLiteral("sha256"), QStringLiteral("-field-name"), QStringLiteral("PodofoSignature")}));
}

QString ForeignProducers::producerProblems(const QString& file, int pdfsigSignatures)
{
    QStringList problems;
    const ToolRun qpdf = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
    // qpdf exits 0 when clean, 3 after warnings only, 2 on errors.
    if (qpdf.exitCode != 0 && qpdf.exitCode != 3) {
        problems << QStringLiteral("qpdf: ") + qpdf.describe();
    }

    // The issuing CA is trusted beside the root here: this check is about what the producer wrote, not about
    // trust, and podofosign embeds no CA certificate (openssl's -certfile serves only to find the signer).
    const QString root = m_pki->rootCertPath();
    const QString authorities =
        concatenatePem(path(QStringLiteral("authorities.pem")), {root, m_pki->intermediateCertPath()});
    const QString untrusted =
        concatenatePem(path(QStringLiteral("untrusted.pem")),
                       {m_pki->intermediateCertPath(), m_pki->identity(TestPki::Identity::Tsa).certPem});
    const QList<ByteRangeSignature> signatures = findSignatures(readBytes(file));
    if (signatures.isEmpty()) {
        problems << QStringLiteral("no /ByteRange");
    }
    int signatureCount = 0;
    for (const ByteRangeSignature& signature : signatures) {
        if (!signature.problem.isEmpty()) {
            problems << QStringLiteral("ByteRange at %1: %2").arg(signature.offset).arg(signature.problem);
            continue;
        }
        const bool timestamp = signature.cmsDer.left(64).contains(TstInfoOid);
        signatureCount += timestamp ? 0 : 1;
        const QString verdict = timestamp ? opensslTimestampVerify(signature, authorities, untrusted)
                                          : opensslCmsVerify(signature, authorities, untrusted);
        if (!verdict.isEmpty()) {
            problems << QStringLiteral("openssl, ByteRange at %1: %2").arg(signature.offset).arg(verdict);
        }
    }

    // -nocert: only the signatures are pdfsig's to judge here (certificates and revocation are the validator's).
    const PdfsigReport pdfsig = runPdfsig(file, {root}, {QStringLiteral("-nocert")});
    int pdfsigValid = 0;
    for (const PdfsigSignature& signature : pdfsig.signatures) {
        // pdfsig 22.12 cannot check document timestamps: it calls their type "unknown" and leaves them unverified
        // (openssl ts judged them above).
        const bool timestamp = signature.signatureType == QLatin1String("ETSI.RFC3161")
                               || (signature.signatureType == QLatin1String("unknown")
                                   && signature.signatureValidation.startsWith(QLatin1String("Signature has not yet")));
        if (timestamp || signature.signatureValidation.isEmpty()) {
            continue;
        }
        if (signature.signatureValidation == QLatin1String("Signature is Valid.")) {
            ++pdfsigValid;
        } else {
            problems << QStringLiteral("pdfsig, field %1: %2").arg(signature.fieldName, signature.signatureValidation);
        }
    }
    const int expectedValid = pdfsigSignatures < 0 ? signatureCount : pdfsigSignatures;
    if (pdfsigValid != expectedValid) {
        problems << QStringLiteral("pdfsig sees %1 valid signatures, not %2:\n%3")
                        .arg(pdfsigValid)
                        .arg(expectedValid)
                        .arg(pdfsig.output);
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace vanthu::test
