// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/signing/pkcs11/SoftHsmToken.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>

namespace vanthu::test
{
namespace
{

/** CKA_OS_TOKENFLAGS: SoftHSM's vendor attribute (CKA_VENDOR_DEFINED + 0x5348 + 3) holding CK_TOKEN_INFO.flags. */
constexpr quint64 TokenFlagsAttribute = 0x80000000ULL + 0x5348 + 3;

quint64 readBigEndian(const QByteArray& bytes, qsizetype at)
{
    quint64 value = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        value = (value << 8) | static_cast<unsigned char>(bytes.at(at + i));
    }
    return value;
}

void writeBigEndian(QByteArray& bytes, qsizetype at, quint64 value)
{
    for (qsizetype i = 7; i >= 0; --i) {
        bytes[at + i] = static_cast<char>(value & 0xff);
        value >>= 8;
    }
}

QSet<QString> subfolders(const QString& root)
{
    const QStringList names = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return QSet<QString>(names.begin(), names.end());
}

} // namespace

QString SoftHsmToken::modulePath()
{
    return QStringLiteral("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so");
}

SoftHsmToken::SoftHsmToken(const QString& label) : m_label(label)
{
    REQUIRE(m_dir.isValid());
    REQUIRE(QFile::exists(modulePath()));
    m_tokenRoot = m_dir.filePath(QStringLiteral("tokens"));
    REQUIRE(QDir().mkpath(m_tokenRoot));
    m_configPath = m_dir.filePath(QStringLiteral("softhsm2.conf"));
    QFile file(m_configPath);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("directories.tokendir = " + QFile::encodeName(m_tokenRoot)
               + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    file.close();
    m_hadPreviousConf = qEnvironmentVariableIsSet("SOFTHSM2_CONF");
    m_previousConf = qgetenv("SOFTHSM2_CONF");
    qputenv("SOFTHSM2_CONF", QFile::encodeName(m_configPath));
    addToken(label);
}

SoftHsmToken::~SoftHsmToken()
{
    if (m_hadPreviousConf) {
        qputenv("SOFTHSM2_CONF", m_previousConf);
    } else {
        qunsetenv("SOFTHSM2_CONF");
    }
}

void SoftHsmToken::restrictMechanisms(const QString& mechanisms)
{
    QFile file(m_configPath);
    REQUIRE(file.open(QIODevice::Append));
    file.write("slots.mechanisms = " + mechanisms.toLatin1() + '\n');
}

void SoftHsmToken::run(const QString& program, const QStringList& arguments) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(120000));
    INFO(program.toStdString() << " " << arguments.join(u' ').toStdString() << ":\n"
                               << process.readAll().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

QString SoftHsmToken::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_fileCounter).arg(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QString SoftHsmToken::resolve(const QString& tokenLabel) const
{
    return tokenLabel.isEmpty() ? m_label : tokenLabel;
}

void SoftHsmToken::addToken(const QString& label)
{
    const QSet<QString> before = subfolders(m_tokenRoot);
    run(QStringLiteral("softhsm2-util"),
        {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), label,
         QStringLiteral("--so-pin"), QString::fromLatin1(SoPin), QStringLiteral("--pin"), QString::fromLatin1(Pin)});
    const QSet<QString> added = subfolders(m_tokenRoot) - before;
    REQUIRE(added.size() == 1);
    m_folders.insert(label, m_tokenRoot + QLatin1Char('/') + *added.begin());
}

void SoftHsmToken::addKeyWithoutCertificate(const QString& idHex, const QString& objectLabel,
                                            const QByteArray& privateKeyPem, const QString& tokenLabel)
{
    const QString keyFile = writeFile(QStringLiteral("key.pk8"), privateKeyPem);
    run(QStringLiteral("softhsm2-util"),
        {QStringLiteral("--import"), keyFile, QStringLiteral("--token"), resolve(tokenLabel), QStringLiteral("--label"),
         objectLabel, QStringLiteral("--id"), idHex, QStringLiteral("--pin"), QString::fromLatin1(Pin)});
    QFile::remove(keyFile);
}

void SoftHsmToken::addCertificate(const QString& idHex, const QString& objectLabel, const QByteArray& certificatePem,
                                  const QString& tokenLabel)
{
    const QString certificateFile = writeFile(QStringLiteral("cert.der"), certificatePemToDer(certificatePem));
    run(QStringLiteral("pkcs11-tool"),
        {QStringLiteral("--module"), modulePath(), QStringLiteral("--token-label"), resolve(tokenLabel),
         QStringLiteral("--login"), QStringLiteral("--pin"), QString::fromLatin1(Pin), QStringLiteral("--write-object"),
         certificateFile, QStringLiteral("--type"), QStringLiteral("cert"), QStringLiteral("--id"), idHex,
         QStringLiteral("--label"), objectLabel});
}

void SoftHsmToken::addKey(const QString& idHex, const QString& objectLabel, const TestKeyMaterial& material,
                          const QString& tokenLabel)
{
    addKeyWithoutCertificate(idHex, objectLabel, material.privateKeyPem, tokenLabel);
    addCertificate(idHex, objectLabel, material.certificatePem, tokenLabel);
}

QString SoftHsmToken::tokenFolder(const QString& tokenLabel) const
{
    const QString folder = m_folders.value(resolve(tokenLabel));
    REQUIRE_FALSE(folder.isEmpty());
    return folder;
}

void SoftHsmToken::changeTokenFlags(unsigned long set, unsigned long clear, const QString& tokenLabel)
{
    // token.object: a generation counter, then attributes as (type, kind, value), all integers 8-byte big-endian;
    // kind 1 = boolean (1 byte), 2 = unsigned long (8 bytes), 3 = byte string (8-byte length, bytes).
    QFile file(tokenFolder(tokenLabel) + QStringLiteral("/token.object"));
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    qsizetype at = 8;
    bool changed = false;
    while (at + 16 <= bytes.size()) {
        const quint64 type = readBigEndian(bytes, at);
        const quint64 kind = readBigEndian(bytes, at + 8);
        at += 16;
        if (kind == 1) {
            at += 1;
        } else if (kind == 2) {
            REQUIRE(at + 8 <= bytes.size());
            if (type == TokenFlagsAttribute) {
                writeBigEndian(bytes, at, (readBigEndian(bytes, at) | set) & ~static_cast<quint64>(clear));
                changed = true;
            }
            at += 8;
        } else {
            REQUIRE(kind == 3);
            REQUIRE(at + 8 <= bytes.size());
            at += 8 + static_cast<qsizetype>(readBigEndian(bytes, at));
        }
    }
    REQUIRE(changed);
    REQUIRE(file.seek(0));
    REQUIRE(file.write(bytes) == bytes.size());
}

void SoftHsmToken::reinitialiseToken(const QString& tokenLabel)
{
    // SoftHSM keeps the token's folder and serial and drops every object.
    const QString label = resolve(tokenLabel);
    run(QStringLiteral("softhsm2-util"),
        {QStringLiteral("--init-token"), QStringLiteral("--token"), label, QStringLiteral("--label"), label,
         QStringLiteral("--so-pin"), QString::fromLatin1(SoPin), QStringLiteral("--pin"), QString::fromLatin1(Pin)});
    REQUIRE(QDir(tokenFolder(label)).exists());
}

void SoftHsmToken::removeToken(const QString& tokenLabel)
{
    REQUIRE(QDir(tokenFolder(tokenLabel)).removeRecursively());
}

} // namespace vanthu::test
