// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/keys/SecretPrompt.h"

#include <openssl/crypto.h>

namespace vanthu::signing
{

Secret::Secret(QByteArray utf8) : m_utf8(std::move(utf8))
{
}

Secret::Secret(Secret&& other) noexcept : m_utf8(std::move(other.m_utf8))
{
    other.m_utf8 = QByteArray();
}

Secret& Secret::operator=(Secret&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_utf8 = std::move(other.m_utf8);
        other.m_utf8 = QByteArray();
    }
    return *this;
}

Secret::~Secret()
{
    wipe();
}

void Secret::wipe()
{
    if (!m_utf8.isEmpty() && !m_utf8.isDetached()) {
        m_utf8 = QByteArray(); // shared data is someone else's copy; dropping our reference is all we may do
        return;
    }
    if (!m_utf8.isEmpty()) {
        OPENSSL_cleanse(m_utf8.data(), static_cast<size_t>(m_utf8.size()));
    }
    m_utf8 = QByteArray();
}

} // namespace vanthu::signing
