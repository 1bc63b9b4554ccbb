// SPDX-License-Identifier: GPL-3.0-or-later
// requestTimestamp against the local test TSA: round trip checked by `openssl ts -verify`, and each way a TSA can
// misbehave or be out of reach mapped to its error.
#include "signing/timestamp/TimestampClient.h"
#include "tests/signing/timestamp/OpensslCli.h"
#include "tests/support/pki/LocalTsa.h"
#include "tests/support/pki/TestPki.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace vanthu;
using namespace vanthu::signing;
using test::LocalTsa;
using test::runOpenssl;
using test::TestPki;

namespace
{

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray digestOf(DigestAlgorithm digest, const QByteArray& data)
{
    return computeDigest(digest, data);
}

/** `openssl ts -verify` of a bare token against the PKI's root, with the TSA certificate and chain as untrusted. */
test::OpensslRun verifyToken(TestPki& pki, const QByteArray& tokenDer, const QByteArray& digestValue)
{
    const QString token = pki.directory() + QStringLiteral("/token.der");
    const QString untrusted = pki.directory() + QStringLiteral("/tsa-untrusted.pem");
    writeFile(token, tokenDer);
    writeFile(untrusted, readFile(pki.identity(TestPki::Identity::Tsa).certPem) + readFile(pki.chainPath()));
    return runOpenssl({QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-token_in"),
                       QStringLiteral("-in"), token, QStringLiteral("-digest"),
                       QString::fromLatin1(digestValue.toHex()), QStringLiteral("-CAfile"), pki.rootCertPath(),
                       QStringLiteral("-untrusted"), untrusted});
}

/** Sends @p request to 127.0.0.1:@p port and returns the raw HTTP answer. */
QByteArray rawHttp(int port, const QByteArray& request)
{
    const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(client >= 0);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<uint16_t>(port));
    REQUIRE(::connect(client, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::send(client, request.constData(), static_cast<size_t>(request.size()), MSG_NOSIGNAL) == request.size());
    QByteArray answer;
    char buffer[4096];
    ssize_t got = 0;
    while ((got = ::recv(client, buffer, sizeof buffer, 0)) > 0) {
        answer.append(buffer, got);
    }
    ::close(client);
    return answer;
}

const QByteArray Document = QByteArrayLiteral("Công văn số 123/SNV-VP ngày 05/3/2026 của Sở Nội vụ");

} // namespace

TEST_CASE("computeDigest gives SHA-256, SHA-384 and SHA-512", "[timestamp]")
{
    CHECK(digestOf(DigestAlgorithm::Sha256, QByteArrayLiteral("abc")).toHex()
          == QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(digestOf(DigestAlgorithm::Sha384, Document)
          == QCryptographicHash::hash(Document, QCryptographicHash::Sha384));
    CHECK(digestOf(DigestAlgorithm::Sha512, Document)
          == QCryptographicHash::hash(Document, QCryptographicHash::Sha512));
}

TEST_CASE("a timestamp from the local TSA verifies with openssl ts and carries what was asked", "[timestamp]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    LocalTsa tsa(pki);

    for (const DigestAlgorithm digest : {DigestAlgorithm::Sha256, DigestAlgorithm::Sha384, DigestAlgorithm::Sha512}) {
        const QByteArray hash = digestOf(digest, Document);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto token = requestTimestamp(tsa.url(), digest, hash, {});
        const QDateTime after = QDateTime::currentDateTimeUtc();
        REQUIRE(token.has_value());

        const auto verified = verifyToken(pki, token->der, hash);
        INFO(verified.output.toStdString());
        CHECK(verified.exitCode == 0);
        CHECK(verified.output.contains(QStringLiteral("Verification: OK")));
        // The same token does not verify for another hash: the check above is not a formality.
        QByteArray otherHash = hash;
        otherHash[0] = static_cast<char>(otherHash[0] ^ 1);
        CHECK(verifyToken(pki, token->der, otherHash).exitCode != 0);

        CHECK(token->tsaCertificateDer == pki.identity(TestPki::Identity::Tsa).certificateDer);
        CHECK(token->policyOid == QStringLiteral("1.2.3.4.1"));
        CHECK_FALSE(token->serialHex.isEmpty());
        CHECK(token->genTime.timeSpec() == Qt::UTC);
        // genTime comes from the same clock, to the second.
        CHECK(token->genTime >= before.addSecs(-1));
        CHECK(token->genTime <= after.addSecs(1));
    }
}

TEST_CASE("the token holds our imprint and nonce as openssl reads them, and serials differ", "[timestamp]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    LocalTsa tsa(pki);
    const QByteArray hash = digestOf(DigestAlgorithm::Sha256, Document);
    auto first = requestTimestamp(tsa.url(), DigestAlgorithm::Sha256, hash, {});
    auto second = requestTimestamp(tsa.url(), DigestAlgorithm::Sha256, hash, {});
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());
    CHECK(first->serialHex != second->serialHex);
    CHECK(first->der != second->der); // another nonce, serial and time

    const QString token = directory.filePath(QStringLiteral("first.der"));
    writeFile(token, first->der);
    const auto text = runOpenssl({QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-token_in"),
                                  QStringLiteral("-in"), token, QStringLiteral("-text"), QStringLiteral("-token_out")});
    INFO(text.output.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.output.contains(QStringLiteral("Hash Algorithm: sha256")));
    // Debian's openssl.cnf names 1.2.3.4.1 "tsa_policy1".
    CHECK((text.output.contains(QStringLiteral("Policy OID: 1.2.3.4.1"))
           || text.output.contains(QStringLiteral("Policy OID: tsa_policy1"))));
    CHECK(text.output.contains(QStringLiteral("Accuracy: 0x01 seconds")));
    CHECK(text.output.contains(QStringLiteral("Serial number: 0x") + first->serialHex + QLatin1Char('\n')));
    CHECK_FALSE(text.output.contains(QStringLiteral("Nonce: unspecified")));
    CHECK(text.output.contains(QStringLiteral("Nonce: 0x")));
    // openssl prints the imprint as a hex dump: "0000 - 6d bc 36 fa 1a 8a 0a 08-38 3c ..." in rows of 16 bytes.
    for (int row = 0; row < hash.size() / 16; ++row) {
        QString expected = QStringLiteral("%1 - ").arg(row * 16, 4, 16, QLatin1Char('0'));
        for (int column = 0; column < 16; ++column) {
            expected += QString::fromLatin1(hash.mid(row * 16 + column, 1).toHex());
            expected += column == 7 ? QStringLiteral("-") : column == 15 ? QString() : QStringLiteral(" ");
        }
        INFO(expected.toStdString());
        CHECK(text.output.contains(expected));
    }
}

TEST_CASE("a TSA certificate is checked against trust anchors when they are given", "[timestamp]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    LocalTsa tsa(pki);
    const QByteArray hash = digestOf(DigestAlgorithm::Sha256, Document);

    TimestampOptions trusted;
    trusted.trustAnchorsDer = {pki.rootDer()};
    auto accepted = requestTimestamp(tsa.url(), DigestAlgorithm::Sha256, hash, trusted);
    INFO((accepted ? QString() : accepted.error().detail).toStdString());
    CHECK(accepted.has_value());

    QTemporaryDir otherDirectory;
    test::TestPkiOptions otherOptions;
    otherOptions.keySet = QStringLiteral("foreign");
    TestPki other(otherDirectory.path(), otherOptions);
    TimestampOptions foreign;
    foreign.trustAnchorsDer = {other.rootDer()};
    auto refused = requestTimestamp(tsa.url(), DigestAlgorithm::Sha256, hash, foreign);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("127.0.0.1")));
}

TEST_CASE("a requested policy is sent and must come back and one the TSA refuses is reported", "[timestamp]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    LocalTsa tsa(pki);
    const QByteArray hash = digestOf(DigestAlgorithm::Sha256, Document);

    TimestampOptions options;
    options.policyOid = QStringLiteral("1.2.3.4.2");
    auto token = requestTimestamp(tsa.url(), DigestAlgorithm::Sha256, hash, options);
    REQUIRE(token.has_value());
    CHECK(token->policyOid == QStringLiteral("1.2.3.4.2"));

    options.policyOid = QStringLiteral("1.2.3.4.99");
    auto refused = requestTimestamp(tsa.url(), DigestAlgorithm::Sha256, hash, options);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("unacceptedPolicy")));

    options.policyOid = QStringLiteral("not an oid");
    auto malformed = requestTimestamp(tsa.url(), DigestAlgorithm::Sha256, hash, options);
    REQUIRE_FALSE(malformed.has_value());
    CHECK(malformed.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("each misbehaving TSA gives its own error", "[timestamp]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    const QByteArray hash = digestOf(DigestAlgorithm::Sha256, Document);

    struct Case
    {
        QStringList arguments;
        ErrorCode code;
        QString inMessage; ///< part of the message (English source text, or what the TSA said)
    };
    const Case cases[] = {
        {{QStringLiteral("--wrong-imprint")}, ErrorCode::Corrupt, QStringLiteral("a different hash")},
        {{QStringLiteral("--wrong-nonce")}, ErrorCode::Corrupt, QStringLiteral("nonce")},
        {{QStringLiteral("--no-cert")}, ErrorCode::Corrupt, QStringLiteral("certificate")},
        {{QStringLiteral("--reject")}, ErrorCode::InvalidInput, QStringLiteral("Rejected on purpose")},
        {{QStringLiteral("--garbage")}, ErrorCode::Corrupt, QStringLiteral("not a valid timestamp reply")},
        {{QStringLiteral("--http-error"), QStringLiteral("503")}, ErrorCode::Io, QStringLiteral("503")},
    };
    for (const Case& c : cases) {
        LocalTsa tsa(pki, c.arguments);
        auto token = requestTimestamp(tsa.url(), DigestAlgorithm::Sha256, hash, {});
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString());
        REQUIRE_FALSE(token.has_value());
        INFO(token.error().message.toStdString() << " / " << token.error().detail.toStdString());
        CHECK(token.error().code == c.code);
        CHECK(token.error().message.contains(c.inMessage));
        CHECK(token.error().message.contains(QStringLiteral("127.0.0.1")));
    }
}

TEST_CASE("a token signed with a certificate whose EKU is not timeStamping alone is refused", "[timestamp]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    LocalTsa tsa(pki, {}, TestPki::Identity::TsaExtraUsage);
    const QByteArray hash = digestOf(DigestAlgorithm::Sha256, Document);
    auto token = requestTimestamp(tsa.url(), DigestAlgorithm::Sha256, hash, {});
    REQUIRE_FALSE(token.has_value());
    CHECK(token.error().code == ErrorCode::Corrupt);
    CHECK(token.error().message.contains(QStringLiteral("timestamping certificate")));

    // OpenSSL's own verifier accepts that token: the refusal is our stricter rule, not a broken token.
    const QString request = directory.filePath(QStringLiteral("request.tsq"));
    const QString reply = directory.filePath(QStringLiteral("reply.tsr"));
    const QString data = directory.filePath(QStringLiteral("data.txt"));
    writeFile(data, Document);
    REQUIRE(runOpenssl({QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-data"), data,
                        QStringLiteral("-sha256"), QStringLiteral("-cert"), QStringLiteral("-out"), request})
                .exitCode
            == 0);
    const QByteArray query = readFile(request);
    const QByteArray answer = rawHttp(tsa.port(), QByteArrayLiteral("POST / HTTP/1.0\r\nContent-Type: "
                                                                    "application/timestamp-query\r\nContent-Length: ")
                                                      + QByteArray::number(query.size()) + "\r\n\r\n" + query);
    REQUIRE(answer.startsWith("HTTP/1.0 200 "));
    writeFile(reply, answer.mid(answer.indexOf("\r\n\r\n") + 4));
    const auto verified = runOpenssl({QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"), reply,
                                      QStringLiteral("-queryfile"), request, QStringLiteral("-CAfile"),
                                      pki.rootCertPath(), QStringLiteral("-untrusted"), pki.intermediateCertPath()});
    INFO(verified.output.toStdString());
    CHECK(verified.output.contains(QStringLiteral("Verification: OK")));
}

TEST_CASE("a TSA slower than the timeout gives an I/O error", "[timestamp]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    LocalTsa slow(pki, {QStringLiteral("--delay-ms"), QStringLiteral("2500")});
    TimestampOptions options;
    options.timeoutSeconds = 1;
    auto token =
        requestTimestamp(slow.url(), DigestAlgorithm::Sha256, digestOf(DigestAlgorithm::Sha256, Document), options);
    REQUIRE_FALSE(token.has_value());
    INFO(token.error().detail.toStdString());
    CHECK(token.error().code == ErrorCode::Io);
    CHECK(token.error().message.contains(QStringLiteral("within 1 second")));
}

TEST_CASE("an unreachable TSA is an I/O error that names the host", "[timestamp]")
{
    const QByteArray hash = digestOf(DigestAlgorithm::Sha256, Document);
    auto closed = requestTimestamp(LocalTsa::closedPortUrl(), DigestAlgorithm::Sha256, hash, {});
    REQUIRE_FALSE(closed.has_value());
    CHECK(closed.error().code == ErrorCode::Io);
    CHECK(closed.error().message.contains(QStringLiteral("127.0.0.1")));

    // A stopped TSA is as unreachable as a port that never had one.
    QTemporaryDir directory;
    TestPki pki(directory.path());
    QString url;
    {
        LocalTsa tsa(pki);
        url = tsa.url();
        REQUIRE(requestTimestamp(url, DigestAlgorithm::Sha256, hash, {}).has_value());
    }
    auto stopped = requestTimestamp(url, DigestAlgorithm::Sha256, hash, {});
    REQUIRE_FALSE(stopped.has_value());
    CHECK(stopped.error().code == ErrorCode::Io);
}

TEST_CASE("bad addresses and hashes are refused before anything is sent", "[timestamp]")
{
    const QByteArray hash = digestOf(DigestAlgorithm::Sha256, Document);
    auto https = requestTimestamp(QStringLiteral("https://127.0.0.1:1/tsa"), DigestAlgorithm::Sha256, hash, {});
    REQUIRE_FALSE(https.has_value());
    CHECK(https.error().code == ErrorCode::Unsupported);

    for (const QString& url : {QStringLiteral("ftp://127.0.0.1/"), QStringLiteral("tsa.example"), QString()}) {
        auto bad = requestTimestamp(url, DigestAlgorithm::Sha256, hash, {});
        INFO(url.toStdString());
        REQUIRE_FALSE(bad.has_value());
        CHECK(bad.error().code == ErrorCode::InvalidInput);
    }

    auto shortHash = requestTimestamp(LocalTsa::closedPortUrl(), DigestAlgorithm::Sha384, hash, {});
    REQUIRE_FALSE(shortHash.has_value());
    CHECK(shortHash.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("the test TSA speaks HTTP: 405 for other methods, 400 for malformed requests, 415 for other types",
          "[timestamp][tsa]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    LocalTsa tsa(pki);

    const QByteArray get = rawHttp(tsa.port(), QByteArrayLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    CHECK(get.startsWith("HTTP/1.1 405 "));
    CHECK(get.contains("Allow: POST"));

    const QByteArray notDer = rawHttp(tsa.port(), QByteArrayLiteral("POST / HTTP/1.0\r\nContent-Type: "
                                                                    "application/timestamp-query\r\nContent-Length: "
                                                                    "5\r\n\r\nhello"));
    CHECK(notDer.startsWith("HTTP/1.0 400 "));

    const QByteArray noLength =
        rawHttp(tsa.port(), QByteArrayLiteral("POST / HTTP/1.1\r\nContent-Type: application/timestamp-query\r\n\r\n"));
    CHECK(noLength.startsWith("HTTP/1.1 400 "));

    const QByteArray garbled = rawHttp(tsa.port(), QByteArrayLiteral("HELLO\r\n\r\n"));
    CHECK(garbled.startsWith("HTTP/1.0 400 "));

    const QByteArray wrongType = rawHttp(tsa.port(), QByteArrayLiteral("POST / HTTP/1.1\r\nContent-Type: "
                                                                       "text/plain\r\nContent-Length: 2\r\n\r\nhi"));
    CHECK(wrongType.startsWith("HTTP/1.1 415 "));

    // The server is still serving after all that.
    CHECK(requestTimestamp(tsa.url(), DigestAlgorithm::Sha256, digestOf(DigestAlgorithm::Sha256, Document), {})
              .has_value());
}
