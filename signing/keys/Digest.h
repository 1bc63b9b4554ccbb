// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/keys/SigningKey.h"

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_st;

namespace vanthu::signing
{

/** OpenSSL's implementation of @p digest (the one place DigestAlgorithm meets EVP_MD). */
[[nodiscard]] const evp_md_st* evpDigest(DigestAlgorithm digest);

/** The hash of @p data with @p digest. */
[[nodiscard]] QByteArray computeDigest(DigestAlgorithm digest, QByteArrayView data);

/** Incremental hashing for data that comes in pieces (the two parts of a ByteRange). */
class DigestContext
{
public:
    explicit DigestContext(DigestAlgorithm digest);
    ~DigestContext();
    DigestContext(const DigestContext&) = delete;
    DigestContext& operator=(const DigestContext&) = delete;
    void add(QByteArrayView data);
    [[nodiscard]] QByteArray finish();

private:
    void* m_context = nullptr;
};

} // namespace vanthu::signing
