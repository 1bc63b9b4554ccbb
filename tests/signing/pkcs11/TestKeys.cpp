// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/signing/pkcs11/TestKeys.h"
#include "signing/keys/FreeDeleter.h"

#include <catch2/catch.hpp>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace vanthu::test
{
namespace
{

using KeyPtr = std::unique_ptr<EVP_PKEY, vanthu::signing::FreeDeleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, vanthu::signing::FreeDeleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, vanthu::signing::FreeDeleter<BIO_free_all>>;

KeyPtr generate(TestKeyType type)
{
    KeyPtr key(type == TestKeyType::Rsa2048 ? EVP_RSA_gen(2048) : EVP_EC_gen("P-256"));
    REQUIRE(key);
    return key;
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray privateKeyPem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    REQUIRE(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1);
    return bioBytes(bio.get());
}

QByteArray certificatePem(X509* certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    REQUIRE(PEM_write_bio_X509(bio.get(), certificate) == 1);
    return bioBytes(bio.get());
}

KeyPtr readKey(const QByteArray& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    KeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    REQUIRE(key);
    return key;
}

CertPtr readCertificate(const QByteArray& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    CertPtr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    REQUIRE(certificate);
    return certificate;
}

void addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    REQUIRE(extension != nullptr);
    REQUIRE(X509_add_ext(certificate, extension, -1) == 1);
    X509_EXTENSION_free(extension);
}

/** A certificate for @p key signed by @p issuerKey (@p issuer null: self-signed). */
CertPtr makeCertificate(EVP_PKEY* key, const QString& commonName, bool authority, X509* issuer, EVP_PKEY* issuerKey)
{
    CertPtr certificate(X509_new());
    REQUIRE(certificate);
    X509* c = certificate.get();
    REQUIRE(X509_set_version(c, X509_VERSION_3) == 1);
    unsigned char serial[16];
    REQUIRE(RAND_bytes(serial, sizeof serial) == 1);
    serial[0] &= 0x7f;
    BIGNUM* number = BN_bin2bn(serial, sizeof serial, nullptr);
    REQUIRE(BN_to_ASN1_INTEGER(number, X509_get_serialNumber(c)) != nullptr);
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(c), -3600);
    X509_gmtime_adj(X509_getm_notAfter(c), 365L * 24 * 3600);
    X509_NAME* name = X509_get_subject_name(c);
    const QByteArray cn = commonName.toUtf8();
    REQUIRE(X509_NAME_add_entry_by_txt(name, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("VN"), -1, -1, 0)
            == 1);
    REQUIRE(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.data()),
                                       static_cast<int>(cn.size()), -1, 0)
            == 1);
    REQUIRE(X509_set_issuer_name(c, issuer != nullptr ? X509_get_subject_name(issuer) : name) == 1);
    REQUIRE(X509_set_pubkey(c, key) == 1);
    X509* signer = issuer != nullptr ? issuer : c;
    addExtension(c, signer, NID_subject_key_identifier, "hash");
    if (issuer != nullptr) {
        addExtension(c, signer, NID_authority_key_identifier, "keyid:always");
    }
    if (authority) {
        addExtension(c, signer, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(c, signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExtension(c, signer, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(c, signer, NID_key_usage, "critical,digitalSignature,nonRepudiation");
    }
    REQUIRE(X509_sign(c, issuerKey != nullptr ? issuerKey : key, EVP_sha256()) > 0);
    return certificate;
}

} // namespace

TestKeyMaterial makeSelfSignedKey(TestKeyType type, const QString& commonName)
{
    const KeyPtr key = generate(type);
    const CertPtr certificate = makeCertificate(key.get(), commonName, false, nullptr, nullptr);
    return {privateKeyPem(key.get()), certificatePem(certificate.get())};
}

TestKeyMaterial makeTestAuthority(TestKeyType type, const QString& commonName)
{
    const KeyPtr key = generate(type);
    const CertPtr certificate = makeCertificate(key.get(), commonName, true, nullptr, nullptr);
    return {privateKeyPem(key.get()), certificatePem(certificate.get())};
}

TestKeyMaterial issueTestKey(TestKeyType type, const QString& commonName, const TestKeyMaterial& authority)
{
    const KeyPtr key = generate(type);
    const KeyPtr authorityKey = readKey(authority.privateKeyPem);
    const CertPtr authorityCertificate = readCertificate(authority.certificatePem);
    const CertPtr certificate =
        makeCertificate(key.get(), commonName, false, authorityCertificate.get(), authorityKey.get());
    return {privateKeyPem(key.get()), certificatePem(certificate.get())};
}

QByteArray certificatePemToDer(const QByteArray& pem)
{
    const CertPtr certificate = readCertificate(pem);
    unsigned char* der = nullptr;
    const int length = i2d_X509(certificate.get(), &der);
    REQUIRE(length > 0);
    QByteArray result(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return result;
}

} // namespace vanthu::test
