// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to VanThu's own PKIs (the demo workspace's, the tests'): issuing X.509 certificates with OpenSSL. Never
// used for real signatures: real certificates come from a licensed Vietnamese CA.
#pragma once

#include "signing/keys/OpenSslTypes.h"

#include <openssl/evp.h>

#include <string>
#include <utility>
#include <vector>

namespace vanthu::signing
{

using KeyPointer = std::unique_ptr<EVP_PKEY, FreeDeleter<EVP_PKEY_free>>;

/** Who a certificate names (UTF-8; null entries are left out) and for how long, relative to now. */
struct CertificateRequest
{
    const char* commonName = nullptr;
    const char* organization = nullptr;
    const char* locality = nullptr;
    const char* uid = nullptr; ///< "CCCD:…" for people, "MST:…" for agencies, as Vietnamese CAs write it
    long notBeforeSeconds = 0; ///< from now, usually negative
    long notAfterSeconds = 0;
    /** Extensions as OpenSSL configuration values, e.g. {NID_key_usage, "critical,digitalSignature"}. */
    std::vector<std::pair<int, std::string>> extensions;
};

/**
 * A version 3 certificate for @p subjectKey with a random positive 128-bit serial, C=VN, subject and authority key
 * identifiers and the requested extensions, signed with SHA-256 by @p issuerKey (self-signed when @p issuer is
 * null). Null when OpenSSL refuses a step (the error queue says which).
 */
[[nodiscard]] X509Pointer issueCertificate(const CertificateRequest& request, EVP_PKEY* subjectKey, X509* issuer,
                                           EVP_PKEY* issuerKey);

} // namespace vanthu::signing
