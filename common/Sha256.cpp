// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Sha256.h"

#include <openssl/evp.h>

namespace vanthu
{
namespace
{

QString toHex(const unsigned char* digest, unsigned int length)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(static_cast<qsizetype>(length) * 2);
    for (unsigned int index = 0; index < length; ++index) {
        out.append(QLatin1Char(hex[digest[index] >> 4]));
        out.append(QLatin1Char(hex[digest[index] & 0xf]));
    }
    return out;
}

} // namespace

struct Sha256Hasher::Context
{
    EVP_MD_CTX* context = EVP_MD_CTX_new();
};

Sha256Hasher::Sha256Hasher() : m_context(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_context->context, EVP_sha256(), nullptr);
}

Sha256Hasher::~Sha256Hasher()
{
    EVP_MD_CTX_free(m_context->context);
}

void Sha256Hasher::add(QByteArrayView data)
{
    EVP_DigestUpdate(m_context->context, data.data(), static_cast<size_t>(data.size()));
}

QString Sha256Hasher::hexDigest()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->context, digest, &length);
    return toHex(digest, length);
}

QString sha256Hex(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.data(), static_cast<size_t>(data.size()), digest, &length, EVP_sha256(), nullptr);
    return toHex(digest, length);
}

bool isSha256Hex(const QString& text)
{
    if (text.size() != 64) {
        return false;
    }
    for (const QChar ch : text) {
        const bool digit = ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
        const bool lowerHex = ch >= QLatin1Char('a') && ch <= QLatin1Char('f');
        if (!digit && !lowerHex) {
            return false;
        }
    }
    return true;
}

} // namespace vanthu
