// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace vanthu::test
{

struct TestPkiOptions
{
    /** Password of every .p12 file TestPki writes. */
    QByteArray pkcs12Password = QByteArrayLiteral("1234");
    /** AIA OCSP URL written into every certificate below the root; empty: none. */
    QString ocspUrl;
    /** CRL distribution point written into every certificate below the root; empty: none. */
    QString crlUrl;
    /**
     * CRL distribution point of the issuing CA's own certificate, where the root's CRL is (LocalRevocation serves
     * the root's and the issuing CA's CRLs at different URLs); empty: crlUrl.
     */
    QString issuingCaCrlUrl;
    /**
     * Reuse private keys across test processes from a folder in the build tree (certificates are always new).
     * RSA-3072/4096 key generation costs up to seconds, and CTest runs every test case in its own process.
     */
    bool cacheKeys = true;
    /**
     * Which cached keys to use: two TestPki objects of the same key set share their keys (and so their CA keys,
     * while their certificates differ). A test that needs an unrelated PKI gives the second one another key set.
     */
    QString keySet = QStringLiteral("default");
};

/** An end-entity certificate of the issuing CA shaped as a test needs (key purposes, key size, digest). */
struct CustomIdentity
{
    QString name;                            ///< the file names' stem; one certificate per name and PKI
    QString keyType = QStringLiteral("RSA"); ///< "RSA" or "EC"
    int rsaBits = 2048;
    QString curve = QStringLiteral("P-256"); ///< for EC: P-224, P-256, P-384 or P-521
    /** The EKU as an OpenSSL configuration value ("clientAuth", "critical,timeStamping"); nullopt: no EKU at all. */
    std::optional<QString> extendedKeyUsage = QStringLiteral("emailProtection,1.3.6.1.5.5.7.3.36");
    QString keyUsage = QStringLiteral("critical,digitalSignature,nonRepudiation");
    /** The digest of the issuing CA's signature over the certificate: "SHA256" or "SHA1". */
    QString certificateDigest = QStringLiteral("SHA256");
};

/** An OCSP answer as a test wants it, for any time it names. */
struct OcspAnswer
{
    bool revoked = false;
    QDateTime thisUpdate;
    QDateTime nextUpdate; ///< null: none
    QDateTime revocationTime;
};

/** A CRL of the issuing CA as a test wants it, including the scope mistakes a validator must notice. */
struct CrlSpec
{
    QDateTime thisUpdate;
    QDateTime nextUpdate;
    QList<QByteArray> revokedDer; ///< certificates listed, all revoked at revocationTime
    QDateTime revocationTime;
    QString distributionPoint; ///< an issuing distribution point with this URI (critical); empty: none
    bool delta = false;        ///< a delta CRL indicator (critical)
    bool unknownCriticalExtension = false;
    bool unknownCriticalEntryExtension = false; ///< on every entry
};

/**
 * A test PKI written into a folder: root CA "VanThu Test Root CA" (RSA-3072), issuing CA "VanThu Test Issuing CA"
 * (RSA-2048) and, on first request, end-entity identities issued by the issuing CA. Built with OpenSSL's C API.
 *
 * Files in the folder: root.cert.pem, root.key.pem, intermediate.cert.pem, intermediate.key.pem, chain.pem
 * (intermediate then root) and, per identity, <name>.key.pem (PKCS#8, unencrypted), <name>.cert.pem,
 * <name>.cert.der and <name>.p12 (key, certificate, intermediate and root; AES-256/PBKDF2 as OpenSSL 3 writes it).
 * Failures throw std::runtime_error: this is test support, a failure is a broken test environment.
 */
class TestPki final
{
public:
    enum class Identity
    {
        LeaderRsa2048, ///< "leader-rsa2048": a person (Nguyễn Văn An), RSA-2048
        AgencyRsa3072, ///< "agency-rsa3072": an agency (UBND Thành phố Hà Nội), RSA-3072
        Rsa4096,       ///< "rsa4096": a person, RSA-4096
        EcP256,        ///< "ec-p256": a person, ECDSA P-256
        EcP384,        ///< "ec-p384": a person, ECDSA P-384
        Tsa,           ///< "tsa": timestamping authority, RSA-2048, critical EKU timeStamping only
        TsaExtraUsage, ///< "tsa-extra-usage": a TSA whose critical EKU also holds id-kp-documentSigning
        Expired,       ///< "expired": signer certificate that expired 35 days ago (valid for a year before)
        NotYetValid,   ///< "not-yet-valid": signer certificate valid from 30 days from now
        WrongKeyUsage, ///< "wrong-key-usage": keyUsage keyCertSign only (critical), otherwise like a signer
        /// "ocsp-responder": the issuing CA's delegated OCSP responder, RSA-2048, EKU OCSPSigning and
        /// id-pkix-ocsp-nocheck, without AIA or CRL distribution point
        OcspResponder,
    };

    struct Files
    {
        QString name;
        QString keyPem;
        QString certPem;
        QString certDer;
        QString p12;
        QByteArray certificateDer;
    };

    /** Creates @p directory if needed and writes the two CAs into it. */
    explicit TestPki(const QString& directory, TestPkiOptions options = {});
    ~TestPki();
    TestPki(const TestPki&) = delete;
    TestPki& operator=(const TestPki&) = delete;

    [[nodiscard]] QString directory() const;
    [[nodiscard]] QByteArray pkcs12Password() const;

    [[nodiscard]] QString rootCertPath() const;
    [[nodiscard]] QString rootKeyPath() const;
    [[nodiscard]] QString intermediateCertPath() const;
    [[nodiscard]] QString intermediateKeyPath() const;
    /** intermediate.cert.pem followed by root.cert.pem. */
    [[nodiscard]] QString chainPath() const;
    [[nodiscard]] QByteArray rootDer() const;
    [[nodiscard]] QByteArray intermediateDer() const;
    /** Issuing CA, then root (DER), the order SigningKey::chainDer() uses. */
    [[nodiscard]] QList<QByteArray> chainDer() const;

    /** The files of @p identity, generated on first use (so a test that needs RSA-2048 never pays for RSA-4096). */
    const Files& identity(Identity identity);
    [[nodiscard]] static QString nameOf(Identity identity);

    /** Serial number of @p identity's certificate (issued on first use) in upper-case hex, as BN_bn2hex writes it. */
    [[nodiscard]] QString serialHex(Identity identity);
    /** Serial number of the issuing CA's certificate, in the same form. */
    [[nodiscard]] QString intermediateSerialHex() const;

    /**
     * Writes a PKCS#12 file named @p fileName into the folder and returns its path: the private key of @p keyOf,
     * the certificate of @p certificateOf (either may be absent; a different identity gives a key and certificate
     * that do not match), then @p otherCertificatesDer in the order given. Uses OpenSSL 3's default encryption.
     */
    QString writePkcs12(const QString& fileName, std::optional<Identity> keyOf, std::optional<Identity> certificateOf,
                        const QList<QByteArray>& otherCertificatesDer, const QByteArray& password);

    /**
     * The files of a certificate issued by the issuing CA as @p spec says (on first use of its name), with the
     * AIA and CRL DP of the options and a PKCS#12 file like the fixed identities'.
     */
    const Files& customIdentity(const CustomIdentity& spec);

    /** An OCSP response about @p certificateDer (issued by the issuing CA), signed by the issuing CA itself. */
    [[nodiscard]] QByteArray ocspResponse(const QByteArray& certificateDer, const OcspAnswer& answer) const;
    /** A CRL signed by the issuing CA. */
    [[nodiscard]] QByteArray issuingCaCrl(const CrlSpec& spec) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace vanthu::test
