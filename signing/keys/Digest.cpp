// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/keys/Digest.h"

#include <openssl/evp.h>

namespace vanthu::signing
{

const EVP_MD* evpDigest(DigestAlgorithm digest)
{
    switch (digest) {
    case DigestAlgorithm::Sha384:
        return EVP_sha384();
    case DigestAlgorithm::Sha512:
        return EVP_sha512();
    case DigestAlgorithm::Sha256:
        break;
    }
    return EVP_sha256();
}

QByteArray computeDigest(DigestAlgorithm digest, QByteArrayView data)
{
    DigestContext context(digest);
    context.add(data);
    return context.finish();
}

DigestContext::DigestContext(DigestAlgorithm digest) : m_algorithm(digest)
{
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    EVP_DigestInit_ex(context, evpDigest(digest), nullptr);
    m_context = context;
}

DigestContext::~DigestContext()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(m_context));
}

void DigestContext::add(QByteArrayView data)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(m_context), data.data(), static_cast<size_t>(data.size()));
}

std::unique_ptr<DigestContext> DigestContext::clone() const
{
    auto copy = std::make_unique<DigestContext>(m_algorithm);
    EVP_MD_CTX_copy_ex(static_cast<EVP_MD_CTX*>(copy->m_context), static_cast<const EVP_MD_CTX*>(m_context));
    return copy;
}

QByteArray DigestContext::finish()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(m_context), digest, &length);
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length));
}

} // namespace vanthu::signing
