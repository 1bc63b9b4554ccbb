// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/keys/CertificateIssuer.h"

#include <openssl/bn.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace vanthu::signing
{
namespace
{

using NamePointer = std::unique_ptr<X509_NAME, FreeDeleter<X509_NAME_free>>;
using ExtensionPointer = std::unique_ptr<X509_EXTENSION, FreeDeleter<X509_EXTENSION_free>>;
using BignumPointer = std::unique_ptr<BIGNUM, FreeDeleter<BN_free>>;

bool addEntry(X509_NAME* name, const char* field, const char* value)
{
    return value == nullptr
           || X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(value), -1,
                                         -1, 0)
                  == 1;
}

NamePointer nameOf(const CertificateRequest& request)
{
    NamePointer name(X509_NAME_new());
    const bool built = name && addEntry(name.get(), "C", "VN") && addEntry(name.get(), "L", request.locality)
                       && addEntry(name.get(), "O", request.organization)
                       && addEntry(name.get(), "CN", request.commonName) && addEntry(name.get(), "UID", request.uid);
    return built ? std::move(name) : nullptr;
}

bool addExtension(X509* certificate, X509V3_CTX* context, int nid, const std::string& value)
{
    const ExtensionPointer extension(X509V3_EXT_nconf_nid(nullptr, context, nid, value.c_str()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

} // namespace

X509Pointer issueCertificate(const CertificateRequest& request, EVP_PKEY* subjectKey, X509* issuer, EVP_PKEY* issuerKey)
{
    X509Pointer certificate(X509_new());
    unsigned char serial[16];
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1
        || RAND_bytes(serial, sizeof serial) != 1) {
        return nullptr;
    }
    serial[0] = static_cast<unsigned char>((serial[0] & 0x7f) | 0x10); // positive, 16 significant octets
    const BignumPointer number(BN_bin2bn(serial, sizeof serial, nullptr));
    const NamePointer name = nameOf(request);
    const bool filled =
        number && name && BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate.get())) != nullptr
        && X509_set_subject_name(certificate.get(), name.get()) == 1
        && X509_set_issuer_name(certificate.get(), issuer != nullptr ? X509_get_subject_name(issuer) : name.get()) == 1
        && X509_gmtime_adj(X509_getm_notBefore(certificate.get()), request.notBeforeSeconds) != nullptr
        && X509_gmtime_adj(X509_getm_notAfter(certificate.get()), request.notAfterSeconds) != nullptr
        && X509_set_pubkey(certificate.get(), subjectKey) == 1;
    if (!filled) {
        return nullptr;
    }
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer != nullptr ? issuer : certificate.get(), certificate.get(), nullptr, nullptr, 0);
    // The subject key identifier first: a self-signed certificate's AKI is taken from its own SKI.
    if (!addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash")
        || !addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always")) {
        return nullptr;
    }
    for (const auto& [nid, value] : request.extensions) {
        if (!addExtension(certificate.get(), &context, nid, value)) {
            return nullptr;
        }
    }
    if (X509_sign(certificate.get(), issuerKey, EVP_sha256()) <= 0) {
        return nullptr;
    }
    return certificate;
}

} // namespace vanthu::signing
