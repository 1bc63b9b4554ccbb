// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-test-revocation through LocalRevocation, judged by the openssl command-line tool: OCSP over POST and GET
// with and without a nonce, CRLs found through the certificates' CRL distribution points, revocation without a
// restart, each misbehaviour switch, and a listener on 127.0.0.1 only.
#include "tests/signing/timestamp/OpensslCli.h"
#include "tests/support/pki/LocalRevocation.h"
#include "tests/support/pki/TestPki.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

using vanthu::test::LocalRevocation;
using vanthu::test::RevocationReason;
using vanthu::test::runOpenssl;
using vanthu::test::TestPki;
using Identity = vanthu::test::TestPki::Identity;

namespace
{

/** The server first (the certificates need its URLs), then a PKI whose certificates point at it. */
struct Setup
{
    explicit Setup(const QStringList& behaviour = {})
        : revocation(behaviour), pki(directory.path(), revocation.pkiOptions())
    {
        revocation.serve(pki);
    }

    QTemporaryDir directory;
    LocalRevocation revocation;
    TestPki pki;
};

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

/** `openssl ocsp` asking the server about @p identity, the issuing CA as issuer and the root as the only anchor. */
vanthu::test::OpensslRun askOcsp(Setup& setup, Identity identity, const QStringList& extra = {})
{
    return runOpenssl(QStringList{QStringLiteral("ocsp"), QStringLiteral("-issuer"), setup.pki.intermediateCertPath(),
                                  QStringLiteral("-cert"), setup.pki.identity(identity).certPem, QStringLiteral("-url"),
                                  setup.revocation.ocspUrl(), QStringLiteral("-CAfile"), setup.pki.rootCertPath(),
                                  QStringLiteral("-resp_text")}
                      + extra);
}

QString statusLine(Setup& setup, Identity identity, const QString& status)
{
    return setup.pki.identity(identity).certPem + QStringLiteral(": ") + status;
}

struct HttpAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

/** Sends @p request to 127.0.0.1:@p port and splits the answer. */
HttpAnswer rawHttp(int port, const QByteArray& request)
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
    HttpAnswer result;
    const qsizetype end = answer.indexOf("\r\n\r\n");
    REQUIRE(end > 0);
    result.head = answer.left(end);
    result.body = answer.mid(end + 4);
    const QList<QByteArray> statusLine = result.head.left(result.head.indexOf("\r\n")).split(' ');
    REQUIRE(statusLine.size() >= 2);
    result.status = statusLine[1].toInt();
    return result;
}

HttpAnswer httpGet(int port, const QByteArray& path)
{
    return rawHttp(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
}

/** The path part of an http://127.0.0.1:N/… URL. */
QByteArray pathOf(const QString& url)
{
    return QUrl(url).path(QUrl::FullyEncoded).toLatin1();
}

/** The CRL at @p url, fetched with GET, written as DER to @p der and as PEM next to it; returns the PEM path. */
QString downloadCrl(int port, const QString& url, const QString& der)
{
    const HttpAnswer answer = httpGet(port, pathOf(url));
    INFO(answer.head.toStdString());
    REQUIRE(answer.status == 200);
    CHECK(answer.head.contains("Content-Type: application/pkix-crl"));
    writeFile(der, answer.body);
    const QString pem = der + QStringLiteral(".pem");
    const auto converted = runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                       QStringLiteral("-in"), der, QStringLiteral("-out"), pem});
    INFO(converted.output.toStdString());
    REQUIRE(converted.exitCode == 0);
    return pem;
}

/** `openssl crl -text` of a DER CRL, its signature checked against @p caFile. */
vanthu::test::OpensslRun crlText(const QString& der, const QString& caFile)
{
    return runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                       der, QStringLiteral("-CAfile"), caFile, QStringLiteral("-noout"), QStringLiteral("-text")});
}

/**
 * `openssl verify -crl_check` of @p certificate with the CRL downloaded from its distribution point (not the whole
 * chain: -crl_check_all would want a CRL for the root itself, which has no distribution point).
 */
vanthu::test::OpensslRun verifyWithCrl(Setup& setup, const QString& certificate)
{
    return runOpenssl({QStringLiteral("verify"), QStringLiteral("-crl_check"), QStringLiteral("-crl_download"),
                       QStringLiteral("-CAfile"), setup.pki.rootCertPath(), QStringLiteral("-untrusted"),
                       setup.pki.intermediateCertPath(), certificate});
}

/** The hex octets of the nonce in `openssl ocsp -req_text` or `-resp_text` output. */
QString nonceIn(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("OCSP Nonce:\\s*\\n\\s*([0-9A-F]+)"));
    const auto match = pattern.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool anyLineContains(const QStringList& lines, const QString& text)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString& line) { return line.contains(text); });
}

/** The IPv4 addresses of this machine outside 127.0.0.0/8. */
QList<in_addr> nonLoopbackAddresses()
{
    QList<in_addr> addresses;
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0) {
        return addresses;
    }
    for (const ifaddrs* entry = list; entry != nullptr; entry = entry->ifa_next) {
        if (entry->ifa_addr == nullptr || entry->ifa_addr->sa_family != AF_INET) {
            continue;
        }
        in_addr address{};
        std::memcpy(&address, &reinterpret_cast<const sockaddr_in*>(entry->ifa_addr)->sin_addr, sizeof address);
        if ((ntohl(address.s_addr) >> 24) != 127) {
            addresses.append(address);
        }
    }
    ::freeifaddrs(list);
    return addresses;
}

} // namespace

TEST_CASE("the certificates point at the server and OCSP says good, then revoked, then good again", "[revocation]")
{
    Setup setup;
    const QString leader = setup.pki.identity(Identity::LeaderRsa2048).certPem;
    // openssl ocsp does not read the AIA itself: take the URL from the certificate, as a validator does.
    const auto uri = runOpenssl(
        {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-ocsp_uri"), QStringLiteral("-in"), leader});
    REQUIRE(uri.exitCode == 0);
    CHECK(uri.output.trimmed() == setup.revocation.ocspUrl());

    const auto good = askOcsp(setup, Identity::LeaderRsa2048);
    INFO(good.output.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.output.contains(QStringLiteral("Response verify OK")));
    CHECK(good.output.contains(statusLine(setup, Identity::LeaderRsa2048, QStringLiteral("good"))));
    // Signed by the delegated responder, which the response carries.
    CHECK(good.output.contains(QStringLiteral("O = VanThu Test PKI, CN = VanThu Test OCSP Responder")));
    CHECK(good.output.contains(QStringLiteral("Responder Id: C = VN, L = ")));
    CHECK(good.output.contains(QStringLiteral("This Update:")));
    CHECK(good.output.contains(QStringLiteral("Next Update:")));

    const QDateTime when(QDate(2026, 1, 15), QTime(8, 30), Qt::UTC);
    setup.revocation.revoke(Identity::LeaderRsa2048, RevocationReason::KeyCompromise, when);
    // One request for two certificates: only the revoked one is revoked.
    const auto revoked = askOcsp(setup, Identity::LeaderRsa2048,
                                 {QStringLiteral("-cert"), setup.pki.identity(Identity::AgencyRsa3072).certPem});
    INFO(revoked.output.toStdString());
    CHECK(revoked.exitCode == 0);
    CHECK(revoked.output.contains(QStringLiteral("Response verify OK")));
    CHECK(revoked.output.contains(statusLine(setup, Identity::LeaderRsa2048, QStringLiteral("revoked"))));
    CHECK(revoked.output.contains(QStringLiteral("Reason: keyCompromise")));
    CHECK(revoked.output.contains(QStringLiteral("Revocation Time: Jan 15 08:30:00 2026 GMT")));
    CHECK(revoked.output.contains(statusLine(setup, Identity::AgencyRsa3072, QStringLiteral("good"))));

    setup.revocation.reinstate(Identity::LeaderRsa2048);
    const auto again = askOcsp(setup, Identity::LeaderRsa2048);
    INFO(again.output.toStdString());
    CHECK(again.output.contains(statusLine(setup, Identity::LeaderRsa2048, QStringLiteral("good"))));

    const QStringList requests = setup.revocation.requests();
    const QString serial = setup.pki.serialHex(Identity::LeaderRsa2048);
    REQUIRE(requests.size() == 3);
    CHECK(requests[0] == QStringLiteral("OCSP POST nonce=yes %1=good signer=responder").arg(serial));
    CHECK(requests[1].startsWith(QStringLiteral("OCSP POST nonce=yes %1=revoked ").arg(serial)));
    CHECK(requests[2].contains(serial + QStringLiteral("=good")));
}

TEST_CASE("OCSP echoes a nonce and answers requests without one", "[revocation]")
{
    Setup setup;
    // The nonce of a request written to a file comes back unchanged.
    const QString request = setup.directory.filePath(QStringLiteral("request.der"));
    const QString response = setup.directory.filePath(QStringLiteral("response.der"));
    const auto written =
        runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), setup.pki.intermediateCertPath(),
                    QStringLiteral("-cert"), setup.pki.identity(Identity::EcP256).certPem, QStringLiteral("-reqout"),
                    request, QStringLiteral("-req_text")});
    REQUIRE(written.exitCode == 0);
    const QString sentNonce = nonceIn(written.output);
    REQUIRE(sentNonce.size() > 8);
    const auto posted = runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-reqin"), request, QStringLiteral("-url"),
                                    setup.revocation.ocspUrl(), QStringLiteral("-respout"), response,
                                    QStringLiteral("-noverify"), QStringLiteral("-resp_text")});
    INFO(posted.output.toStdString());
    REQUIRE(posted.exitCode == 0);
    CHECK(nonceIn(posted.output) == sentNonce);

    const auto withNonce = askOcsp(setup, Identity::EcP256);
    INFO(withNonce.output.toStdString());
    CHECK(withNonce.exitCode == 0);
    CHECK(withNonce.output.contains(QStringLiteral("OCSP Nonce")));
    CHECK_FALSE(withNonce.output.contains(QStringLiteral("WARNING")));
    CHECK(withNonce.output.contains(statusLine(setup, Identity::EcP256, QStringLiteral("good"))));

    const auto withoutNonce = askOcsp(setup, Identity::EcP256, {QStringLiteral("-no_nonce")});
    INFO(withoutNonce.output.toStdString());
    CHECK(withoutNonce.exitCode == 0);
    CHECK_FALSE(withoutNonce.output.contains(QStringLiteral("OCSP Nonce")));
    CHECK(withoutNonce.output.contains(QStringLiteral("Response verify OK")));
    CHECK(withoutNonce.output.contains(statusLine(setup, Identity::EcP256, QStringLiteral("good"))));

    const QStringList requests = setup.revocation.requests();
    REQUIRE(requests.size() == 3);
    CHECK(requests[1].startsWith(QStringLiteral("OCSP POST nonce=yes ")));
    CHECK(requests[2].startsWith(QStringLiteral("OCSP POST nonce=no ")));
}

TEST_CASE("OCSP over GET: the URL-encoded base64 request in the path, as NSS and poppler send it", "[revocation]")
{
    Setup setup;
    setup.revocation.revoke(Identity::AgencyRsa3072, RevocationReason::Superseded);
    const QString request = setup.directory.filePath(QStringLiteral("request.der"));
    const QString response = setup.directory.filePath(QStringLiteral("response.der"));
    const auto written =
        runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), setup.pki.intermediateCertPath(),
                    QStringLiteral("-cert"), setup.pki.identity(Identity::AgencyRsa3072).certPem,
                    QStringLiteral("-reqout"), request, QStringLiteral("-req_text")});
    REQUIRE(written.exitCode == 0);
    const QByteArray base64 = readFile(request).toBase64();
    const QByteArray ocspPath = pathOf(setup.revocation.ocspUrl());

    // Escaped as NSS does (+, / and = as %2B, %2F, %3D), and also raw, as some clients send it.
    const QList<QByteArray> paths{ocspPath + '/' + QUrl::toPercentEncoding(QString::fromLatin1(base64)),
                                  ocspPath + '/' + base64};
    for (const QByteArray& path : paths) {
        INFO(path.toStdString());
        const HttpAnswer answer = httpGet(setup.revocation.port(), path);
        INFO(answer.head.toStdString());
        REQUIRE(answer.status == 200);
        CHECK(answer.head.contains("Content-Type: application/ocsp-response"));
        writeFile(response, answer.body);
        const auto read =
            runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-respin"), response, QStringLiteral("-issuer"),
                        setup.pki.intermediateCertPath(), QStringLiteral("-cert"),
                        setup.pki.identity(Identity::AgencyRsa3072).certPem, QStringLiteral("-CAfile"),
                        setup.pki.rootCertPath(), QStringLiteral("-resp_text"), QStringLiteral("-no_nonce")});
        INFO(read.output.toStdString());
        CHECK(read.output.contains(QStringLiteral("Response verify OK")));
        CHECK(read.output.contains(statusLine(setup, Identity::AgencyRsa3072, QStringLiteral("revoked"))));
        CHECK(read.output.contains(QStringLiteral("Reason: superseded")));
        // (-no_nonce: openssl reading a saved response would compare it with a nonce of its own.)
        CHECK(nonceIn(read.output) == nonceIn(written.output));
    }
    const QStringList requests = setup.revocation.requests();
    REQUIRE(requests.size() == 2);
    CHECK(requests[0].startsWith(QStringLiteral("OCSP GET nonce=yes ")));
    CHECK(requests[1].startsWith(QStringLiteral("OCSP GET nonce=yes ")));

    // Not base64, or another content type: HTTP errors, as a real responder gives.
    CHECK(httpGet(setup.revocation.port(), ocspPath + "/%%%").status == 400);
    const QByteArray body = readFile(request);
    const HttpAnswer wrongType = rawHttp(
        setup.revocation.port(), "POST " + ocspPath + " HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: "
                                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    CHECK(wrongType.status == 415);
    // A body that is not an OCSPRequest: an OCSP answer malformedRequest.
    const QByteArray garbage("not an OCSP request");
    const HttpAnswer malformed =
        rawHttp(setup.revocation.port(), "POST " + ocspPath
                                             + " HTTP/1.1\r\nContent-Type: application/ocsp-request\r\nContent-Length: "
                                             + QByteArray::number(garbage.size()) + "\r\n\r\n" + garbage);
    REQUIRE(malformed.status == 200);
    writeFile(response, malformed.body);
    const auto status = runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-respin"), response,
                                    QStringLiteral("-resp_text"), QStringLiteral("-noverify")});
    CHECK(status.output.contains(QStringLiteral("malformedrequest (1)")));
}

TEST_CASE("CRLs come from the distribution points, verify with openssl and list what was revoked", "[revocation]")
{
    Setup setup;
    const QString leader = setup.pki.identity(Identity::LeaderRsa2048).certPem;
    const QString der = setup.directory.filePath(QStringLiteral("intermediate.crl"));
    const auto leaderText = runOpenssl(
        {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"), QStringLiteral("-in"), leader});
    CHECK(leaderText.output.contains(QStringLiteral("URI:") + setup.revocation.crlUrl()));
    const auto intermediateText = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                                              QStringLiteral("-in"), setup.pki.intermediateCertPath()});
    CHECK(intermediateText.output.contains(QStringLiteral("URI:") + setup.revocation.rootCrlUrl()));

    downloadCrl(setup.revocation.port(), setup.revocation.crlUrl(), der);
    const auto empty = crlText(der, setup.pki.chainPath());
    INFO(empty.output.toStdString());
    CHECK(empty.exitCode == 0);
    CHECK(empty.output.contains(QStringLiteral("verify OK")));
    CHECK(empty.output.contains(QStringLiteral("Issuer: C = VN, O = VanThu Test PKI, CN = VanThu Test Issuing CA")));
    CHECK(empty.output.contains(QStringLiteral("Next Update:")));
    CHECK(empty.output.contains(QStringLiteral("No Revoked Certificates.")));
    for (const QString& certificate : {leader, setup.pki.intermediateCertPath()}) {
        const auto good = verifyWithCrl(setup, certificate);
        INFO(good.output.toStdString());
        CHECK(good.exitCode == 0);
        CHECK(good.output.contains(certificate + QStringLiteral(": OK")));
    }
    const QStringList downloads = setup.revocation.requests();
    CHECK(downloads.count(QStringLiteral("CRL intermediate")) == 2); // ours, then openssl's
    CHECK(downloads.count(QStringLiteral("CRL root")) == 1);

    const QDateTime when(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);
    setup.revocation.revoke(Identity::LeaderRsa2048, RevocationReason::KeyCompromise, when);
    downloadCrl(setup.revocation.port(), setup.revocation.crlUrl(), der);
    const auto listed = crlText(der, setup.pki.chainPath());
    INFO(listed.output.toStdString());
    CHECK(listed.output.contains(QStringLiteral("verify OK")));
    CHECK(listed.output.contains(QStringLiteral("Serial Number: ") + setup.pki.serialHex(Identity::LeaderRsa2048)));
    CHECK(listed.output.contains(QStringLiteral("Revocation Date: Feb  3 04:05:06 2026 GMT")));
    CHECK(listed.output.contains(QStringLiteral("Key Compromise")));
    CHECK(listed.output.count(QStringLiteral("Serial Number:")) == 1);

    const auto revokedLeaf = verifyWithCrl(setup, leader);
    INFO(revokedLeaf.output.toStdString());
    CHECK(revokedLeaf.exitCode != 0);
    CHECK(revokedLeaf.output.contains(QStringLiteral("certificate revoked")));
    const QString agency = setup.pki.identity(Identity::AgencyRsa3072).certPem;
    CHECK(verifyWithCrl(setup, agency).exitCode == 0);

    // The issuing CA revoked by the root: in the root's CRL, found through the issuing CA's distribution point.
    setup.revocation.revokeIssuingCa();
    const QString rootDer = setup.directory.filePath(QStringLiteral("root.crl"));
    downloadCrl(setup.revocation.port(), setup.revocation.rootCrlUrl(), rootDer);
    const auto rootList = crlText(rootDer, setup.pki.rootCertPath());
    INFO(rootList.output.toStdString());
    CHECK(rootList.output.contains(QStringLiteral("verify OK")));
    CHECK(rootList.output.contains(QStringLiteral("Issuer: C = VN, O = VanThu Test PKI, CN = VanThu Test Root CA")));
    CHECK(rootList.output.contains(QStringLiteral("Serial Number: ") + setup.pki.intermediateSerialHex()));
    CHECK(rootList.output.contains(QStringLiteral("CA Compromise")));
    CHECK_FALSE(rootList.output.contains(setup.pki.serialHex(Identity::LeaderRsa2048)));
    const auto revokedCa = verifyWithCrl(setup, setup.pki.intermediateCertPath());
    INFO(revokedCa.output.toStdString());
    CHECK(revokedCa.exitCode != 0);
    CHECK(revokedCa.output.contains(QStringLiteral("at 0 depth lookup: certificate revoked")));
    CHECK(httpGet(setup.revocation.port(), "/crl/nothing.crl").status == 404);
}

TEST_CASE("an expired CRL and a CRL signed by another key are served on request", "[revocation]")
{
    Setup setup({QStringLiteral("--crl-expired")});
    setup.revocation.revoke(Identity::LeaderRsa2048);
    const QString leader = setup.pki.identity(Identity::LeaderRsa2048).certPem;
    const QString der = setup.directory.filePath(QStringLiteral("intermediate.crl"));
    const auto verifyWith = [&](const QString& crlPem) {
        return runOpenssl({QStringLiteral("verify"), QStringLiteral("-crl_check"), QStringLiteral("-CRLfile"), crlPem,
                           QStringLiteral("-CAfile"), setup.pki.rootCertPath(), QStringLiteral("-untrusted"),
                           setup.pki.intermediateCertPath(), leader});
    };

    const QString expired = downloadCrl(setup.revocation.port(), setup.revocation.crlUrl(), der);
    const auto expiredText = crlText(der, setup.pki.chainPath());
    CHECK(expiredText.output.contains(QStringLiteral("verify OK"))); // well signed, only out of date
    const auto expiredCheck = verifyWith(expired);
    INFO(expiredCheck.output.toStdString());
    CHECK(expiredCheck.exitCode != 0);
    CHECK(expiredCheck.output.contains(QStringLiteral("CRL has expired")));

    setup.revocation.setBehaviour({QStringLiteral("--crl-wrong-key")});
    const QString forged = downloadCrl(setup.revocation.port(), setup.revocation.crlUrl(), der);
    const auto forgedText = crlText(der, setup.pki.chainPath());
    INFO(forgedText.output.toStdString());
    CHECK(forgedText.output.contains(QStringLiteral("verify failure")));
    CHECK(
        forgedText.output.contains(QStringLiteral("Issuer: C = VN, O = VanThu Test PKI, CN = VanThu Test Issuing CA")));
    const auto forgedCheck = verifyWith(forged);
    INFO(forgedCheck.output.toStdString());
    CHECK(forgedCheck.exitCode != 0);
    CHECK(forgedCheck.output.contains(QStringLiteral("CRL signature failure")));

    setup.revocation.setBehaviour({});
    const QString good = downloadCrl(setup.revocation.port(), setup.revocation.crlUrl(), der);
    const auto goodCheck = verifyWith(good);
    INFO(goodCheck.output.toStdString());
    CHECK(goodCheck.output.contains(QStringLiteral("certificate revoked")));
}

TEST_CASE("each OCSP misbehaviour switch gives the answer openssl expects", "[revocation]")
{
    Setup setup;
    struct Case
    {
        QStringList behaviour;
        QString expected;
        bool verified; ///< "Response verify OK" expected
    };
    const QList<Case> cases{
        {{QStringLiteral("--ocsp-try-later")}, QStringLiteral("Responder Error: trylater (3)"), false},
        {{QStringLiteral("--ocsp-unauthorized")}, QStringLiteral("Responder Error: unauthorized (6)"), false},
        {{QStringLiteral("--ocsp-internal-error")}, QStringLiteral("Responder Error: internalerror (2)"), false},
        // Issued by the CA but without EKU OCSPSigning: not a delegate.
        {{QStringLiteral("--ocsp-wrong-signer")}, QStringLiteral("missing ocspsigning usage"), false},
        {{QStringLiteral("--ocsp-untrusted-signer")}, QStringLiteral("Response Verify Failure"), false},
        {{QStringLiteral("--ocsp-wrong-nonce")}, QStringLiteral("Nonce Verify error"), false},
        {{QStringLiteral("--ocsp-no-nonce")}, QStringLiteral("WARNING: no nonce in response"), true},
        {{QStringLiteral("--ocsp-expired")}, QStringLiteral("WARNING: Status times invalid."), true},
        {{QStringLiteral("--ca-signs")},
         QStringLiteral("Responder Id: C = VN, O = VanThu Test PKI, CN = VanThu Test Issuing CA"),
         true},
    };
    for (const Case& c : cases) {
        setup.revocation.setBehaviour(c.behaviour);
        const auto run = askOcsp(setup, Identity::LeaderRsa2048);
        INFO(c.behaviour.join(QLatin1Char(' ')).toStdString() + "\n" + run.output.toStdString());
        CHECK(run.output.contains(c.expected));
        CHECK(run.output.contains(QStringLiteral("Response verify OK")) == c.verified);
    }
    // Switched off again without a restart.
    setup.revocation.setBehaviour({});
    const auto normal = askOcsp(setup, Identity::LeaderRsa2048);
    INFO(normal.output.toStdString());
    CHECK(normal.output.contains(QStringLiteral("Response verify OK")));
    CHECK(normal.output.contains(statusLine(setup, Identity::LeaderRsa2048, QStringLiteral("good"))));

    const QStringList requests = setup.revocation.requests();
    CHECK(anyLineContains(requests, QStringLiteral("status=tryLater")));
    CHECK(anyLineContains(requests, QStringLiteral("signer=not-delegated")));
    CHECK(anyLineContains(requests, QStringLiteral("signer=ca")));
}

TEST_CASE("a delayed answer comes late, and a misbehaviour given at the start applies at once", "[revocation]")
{
    Setup setup({QStringLiteral("--ocsp-unauthorized")});
    const auto refused = askOcsp(setup, Identity::LeaderRsa2048);
    CHECK(refused.output.contains(QStringLiteral("Responder Error: unauthorized (6)")));

    setup.revocation.setBehaviour({QStringLiteral("--delay-ms"), QStringLiteral("800")});
    QElapsedTimer timer;
    timer.start();
    const auto slow = askOcsp(setup, Identity::LeaderRsa2048);
    CHECK(timer.elapsed() >= 800);
    INFO(slow.output.toStdString());
    CHECK(slow.output.contains(statusLine(setup, Identity::LeaderRsa2048, QStringLiteral("good"))));
    timer.restart();
    const HttpAnswer crl = httpGet(setup.revocation.port(), pathOf(setup.revocation.crlUrl()));
    CHECK(timer.elapsed() >= 800);
    CHECK(crl.status == 200);
}

TEST_CASE("certificates of the root are answered by the root, those of other CAs are unknown", "[revocation]")
{
    Setup setup;
    const auto askIntermediate = [&] {
        return runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), setup.pki.rootCertPath(),
                           QStringLiteral("-cert"), setup.pki.intermediateCertPath(), QStringLiteral("-url"),
                           setup.revocation.ocspUrl(), QStringLiteral("-CAfile"), setup.pki.rootCertPath(),
                           QStringLiteral("-resp_text")});
    };
    const auto good = askIntermediate();
    INFO(good.output.toStdString());
    CHECK(good.output.contains(QStringLiteral("Response verify OK")));
    CHECK(good.output.contains(setup.pki.intermediateCertPath() + QStringLiteral(": good")));
    CHECK(good.output.contains(QStringLiteral("Responder Id: C = VN, O = VanThu Test PKI, CN = VanThu Test Root CA")));
    setup.revocation.revokeIssuingCa(RevocationReason::CaCompromise);
    const auto revoked = askIntermediate();
    INFO(revoked.output.toStdString());
    CHECK(revoked.output.contains(QStringLiteral("Response verify OK")));
    CHECK(revoked.output.contains(setup.pki.intermediateCertPath() + QStringLiteral(": revoked")));
    CHECK(revoked.output.contains(QStringLiteral("Reason: cACompromise")));
    // The leaves of the issuing CA are not affected by the root's list.
    CHECK(askOcsp(setup, Identity::LeaderRsa2048)
              .output.contains(statusLine(setup, Identity::LeaderRsa2048, QStringLiteral("good"))));

    // Another PKI (other keys): the server does not know its issuing CA.
    QTemporaryDir otherDirectory;
    vanthu::test::TestPkiOptions otherOptions;
    otherOptions.keySet = QStringLiteral("revocation-other");
    TestPki other(otherDirectory.path(), otherOptions);
    const auto unknown = runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), other.intermediateCertPath(),
                                     QStringLiteral("-cert"), other.identity(Identity::LeaderRsa2048).certPem,
                                     QStringLiteral("-url"), setup.revocation.ocspUrl(), QStringLiteral("-noverify")});
    INFO(unknown.output.toStdString());
    CHECK(unknown.output.contains(other.identity(Identity::LeaderRsa2048).certPem + QStringLiteral(": unknown")));
    CHECK(anyLineContains(setup.revocation.requests(),
                          other.serialHex(Identity::LeaderRsa2048) + QStringLiteral("=unknown")));
}

TEST_CASE("before it is given a PKI the server answers unauthorized and has no CRL", "[revocation]")
{
    LocalRevocation revocation;
    QTemporaryDir directory;
    TestPki pki(directory.path(), revocation.pkiOptions());
    const auto run = runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), pki.intermediateCertPath(),
                                 QStringLiteral("-cert"), pki.identity(Identity::LeaderRsa2048).certPem,
                                 QStringLiteral("-url"), revocation.ocspUrl()});
    INFO(run.output.toStdString());
    CHECK(run.output.contains(QStringLiteral("Responder Error: unauthorized (6)")));
    CHECK(httpGet(revocation.port(), pathOf(revocation.crlUrl())).status == 404);
}

TEST_CASE("the OCSP responder identity is a delegate of the issuing CA that needs no check", "[revocation]")
{
    QTemporaryDir directory;
    TestPki pki(directory.path());
    const QString responder = pki.identity(Identity::OcspResponder).certPem;
    const auto text = runOpenssl(
        {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"), QStringLiteral("-in"), responder});
    INFO(text.output.toStdString());
    CHECK(text.output.contains(QStringLiteral("OCSP Signing")));
    CHECK(text.output.contains(QStringLiteral("OCSP No Check")));
    CHECK(text.output.contains(QStringLiteral("Issuer: C = VN, O = VanThu Test PKI, CN = VanThu Test Issuing CA")));
    const auto verified = runOpenssl({QStringLiteral("verify"), QStringLiteral("-purpose"),
                                      QStringLiteral("ocsphelper"), QStringLiteral("-CAfile"), pki.rootCertPath(),
                                      QStringLiteral("-untrusted"), pki.intermediateCertPath(), responder});
    INFO(verified.output.toStdString());
    CHECK(verified.exitCode == 0);
    // The serial helpers agree with openssl.
    const auto serial = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-serial"),
                                    QStringLiteral("-in"), responder});
    CHECK(serial.output.trimmed() == QStringLiteral("serial=") + pki.serialHex(Identity::OcspResponder));
}

TEST_CASE("the server listens on 127.0.0.1 only", "[revocation]")
{
    LocalRevocation revocation;
    const QString port = QString::number(revocation.port());

    QProcess ss;
    ss.start(QStringLiteral("ss"), {QStringLiteral("-ltnH")});
    if (!ss.waitForFinished(10000) || ss.exitCode() != 0) {
        WARN("ss is not available; the listening address is checked by connecting only");
    } else {
        QStringList local;
        const QString output = QString::fromUtf8(ss.readAllStandardOutput());
        for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList fields = line.simplified().split(QLatin1Char(' '));
            if (fields.size() >= 4 && fields[3].endsWith(QLatin1Char(':') + port)) {
                local.append(fields[3]);
            }
        }
        INFO(output.toStdString());
        CHECK(local == QStringList{QStringLiteral("127.0.0.1:") + port});
    }

    const QList<in_addr> others = nonLoopbackAddresses();
    if (others.isEmpty()) {
        WARN("this machine has no IPv4 address besides loopback");
    }
    for (const in_addr& other : others) {
        const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        REQUIRE(client >= 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr = other;
        address.sin_port = htons(static_cast<uint16_t>(revocation.port()));
        const int connected = ::connect(client, reinterpret_cast<const sockaddr*>(&address), sizeof address);
        const int error = errno;
        ::close(client);
        INFO(inet_ntoa(other));
        CHECK(connected != 0);
        CHECK(error == ECONNREFUSED);
    }
    // While 127.0.0.1 answers.
    CHECK(httpGet(revocation.port(), "/crl/none.crl").status == 404);
}

TEST_CASE("the server stops when its standard input closes or on SIGTERM, and refuses bad options", "[revocation]")
{
    const auto started = [](QProcess& process) {
        process.start(LocalRevocation::program(), QStringList{});
        REQUIRE(process.waitForStarted(10000));
        REQUIRE(process.waitForReadyRead(10000));
        CHECK(process.readLine().startsWith("port "));
    };
    QProcess byStdin;
    started(byStdin);
    byStdin.closeWriteChannel();
    REQUIRE(byStdin.waitForFinished(5000));
    CHECK(byStdin.exitStatus() == QProcess::NormalExit);
    CHECK(byStdin.exitCode() == 0);

    QProcess bySignal;
    started(bySignal);
    bySignal.terminate();
    REQUIRE(bySignal.waitForFinished(5000));
    CHECK(bySignal.exitStatus() == QProcess::NormalExit);
    CHECK(bySignal.exitCode() == 0);

    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--bogus")}, QStringList{QStringLiteral("--revoked"), QStringLiteral("xyz")},
          QStringList{QStringLiteral("--revoked"), QStringLiteral("1A2B:2026-01-01")},
          QStringList{QStringLiteral("--revoked"), QStringLiteral("1A2B")}, // no --ca it could belong to
          QStringList{QStringLiteral("--ca"), QStringLiteral("x"), QStringLiteral("/nonexistent.pem"),
                      QStringLiteral("/nonexistent.key")}}) {
        QProcess refused;
        refused.start(LocalRevocation::program(), arguments);
        REQUIRE(refused.waitForFinished(5000));
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(refused.exitCode() == 2);
    }
}
