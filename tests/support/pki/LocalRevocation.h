// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/pki/TestPki.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace vanthu::test
{

/** RFC 5280 CRLReason codes (the same numbers in OCSP); None leaves the reason out. */
enum class RevocationReason
{
    None = -1,
    Unspecified = 0,
    KeyCompromise = 1,
    CaCompromise = 2,
    AffiliationChanged = 3,
    Superseded = 4,
    CessationOfOperation = 5,
    CertificateHold = 6,
    RemoveFromCrl = 8,
    PrivilegeWithdrawn = 9,
    AaCompromise = 10,
};

/**
 * A vanthu-test-revocation process on 127.0.0.1: an OCSP responder (POST and GET, RFC 6960) at ocspUrl() and the
 * CRLs of a TestPki's issuing CA (crlUrl()) and root (rootCrlUrl()). The certificates must carry these URLs, and the
 * URLs exist only once the server listens, so a test starts the server first:
 *
 *     LocalRevocation revocation;                        // listens; answers "unauthorized" and 404 for now
 *     TestPki pki(directory.path(), revocation.pkiOptions()); // AIA and CRL DPs point at the server
 *     revocation.serve(pki);                             // answers for pki's root and issuing CA
 *     revocation.revoke(TestPki::Identity::LeaderRsa2048, RevocationReason::KeyCompromise, when);
 *
 * Responses for the issuing CA's certificates are signed by the delegated responder (TestPki::Identity::
 * OcspResponder), those for the root's by the root. Everything set after the start (the PKI, revocations,
 * behaviour) goes into a config file the server reads again for every request, so no restart is needed.
 * The destructor stops the server. Failures throw std::runtime_error.
 */
class LocalRevocation final
{
public:
    /**
     * Starts the server. @p behaviour: the misbehaviour switches of vanthu-test-revocation (--ocsp-try-later,
     * --ocsp-unauthorized, --ocsp-internal-error, --ocsp-wrong-signer, --ocsp-untrusted-signer, --ocsp-wrong-nonce,
     * --ocsp-no-nonce, --ocsp-expired, --ca-signs, --crl-expired, --crl-wrong-key, --delay-ms N).
     */
    explicit LocalRevocation(const QStringList& behaviour = {});
    /** Starts the server and serves @p pki at once; its certificates carry whatever URLs they were made with. */
    explicit LocalRevocation(TestPki& pki, const QStringList& behaviour = {});
    ~LocalRevocation();
    LocalRevocation(const LocalRevocation&) = delete;
    LocalRevocation& operator=(const LocalRevocation&) = delete;

    [[nodiscard]] int port() const;
    /** http://127.0.0.1:<port>/ocsp (POST there, or GET http://127.0.0.1:<port>/ocsp/<encoded request>). */
    [[nodiscard]] QString ocspUrl() const;
    /** http://127.0.0.1:<port>/crl/intermediate.crl: the issuing CA's CRL, the CRL DP of end-entity certificates. */
    [[nodiscard]] QString crlUrl() const;
    /** http://127.0.0.1:<port>/crl/root.crl: the root's CRL, the CRL DP of the issuing CA's certificate. */
    [[nodiscard]] QString rootCrlUrl() const;
    /** @p base with ocspUrl, crlUrl and issuingCaCrlUrl pointing at this server. */
    [[nodiscard]] TestPkiOptions pkiOptions(TestPkiOptions base = {}) const;

    /** Answers for @p pki's root and issuing CA from now on (issues its OCSP responder identity if needed). */
    void serve(TestPki& pki);

    /**
     * Marks @p identity revoked in OCSP answers and in the issuing CA's CRL, at @p when (UTC, whole seconds;
     * invalid: now) for @p reason. Needs serve().
     */
    void revoke(TestPki::Identity identity, RevocationReason reason = RevocationReason::KeyCompromise,
                QDateTime when = {});
    /** Marks the issuing CA's certificate revoked by the root (OCSP answers for the root, and the root's CRL). */
    void revokeIssuingCa(RevocationReason reason = RevocationReason::CaCompromise, QDateTime when = {});
    /** Marks @p identity good again (as after a certificateHold is released). */
    void reinstate(TestPki::Identity identity);

    /** Replaces the misbehaviour switches (see the constructor); an empty list makes the server behave again. */
    void setBehaviour(const QStringList& behaviour);

    /**
     * One line per request answered so far, in order: "OCSP POST nonce=yes <SERIAL>=good signer=responder",
     * "OCSP GET nonce=no <SERIAL>=revoked signer=ca", "CRL intermediate", "OCSP POST nonce=yes status=tryLater", …
     */
    [[nodiscard]] QStringList requests() const;

    /** The vanthu-test-revocation executable. */
    [[nodiscard]] static QString program();

private:
    void start(const QStringList& behaviour);
    void writeConfig();

    QTemporaryDir m_directory;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    TestPki* m_pki = nullptr;
    QStringList m_behaviour;
    QStringList m_revoked; ///< --revoked values, in the order given
};

} // namespace vanthu::test
