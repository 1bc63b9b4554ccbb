// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/keys/SigningKey.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

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
    /** A second context in the same state, to go on hashing from here in two directions. */
    [[nodiscard]] std::unique_ptr<DigestContext> clone() const;
    [[nodiscard]] DigestAlgorithm algorithm() const
    {
        return m_algorithm;
    }
    [[nodiscard]] QByteArray finish();

private:
    DigestAlgorithm m_algorithm;
    void* m_context = nullptr;
};

} // namespace vanthu::signing
