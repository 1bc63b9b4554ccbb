// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verify/Validation.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, so this header pulls in no OpenSSL header

namespace vanthu::signing::verify
{

/** The row of the policy table (AlgorithmPolicy.cpp) that applies to one algorithm and key size. */
struct AlgorithmRule
{
    bool refused = false; ///< never acceptable, whatever proves the time (MD5, unknown algorithms)
    QDate cutOff;         ///< acceptable only for what existed before this day (UTC); null: no cut-off
    QString description;  ///< "SHA-1 in signatures", "RSA below 2048 bits"
    QString source;       ///< the documents the row follows
    [[nodiscard]] bool limited() const
    {
        return refused || cutOff.isValid();
    }
};

/** The rule for the digest named @p algorithm ("SHA-256", "SHA-1", "MD5"...; OpenSSL's short names also work). */
[[nodiscard]] AlgorithmRule digestRule(const QString& algorithm);
/** The rule for a public key of family @p algorithm ("RSA", "EC", "DSA", "ED25519", "ED448") and @p bits. */
[[nodiscard]] AlgorithmRule keyRule(const QString& algorithm, int bits);
/** The rule that applies to @p use (digestRule when keyBits is 0, else keyRule). */
[[nodiscard]] AlgorithmRule ruleFor(const AlgorithmUse& use);

/** The key's family as keyRule() names it, and its size in bits. */
[[nodiscard]] AlgorithmUse keyUse(const QString& what, evp_pkey_st* key);
/** A digest use named by OpenSSL's NID of the digest (NID_undef: unknown, refused). */
[[nodiscard]] AlgorithmUse digestUse(const QString& what, int digestNid);

/**
 * Judges @p use with its rule: acceptable when the rule has no limit, when @p validationTime (null: now) is still
 * before the cut-off, or when @p proofOfExistence (null: none) is. Fills use.acceptable and use.rule (the row's
 * description, cut-off and source, for people).
 */
void judge(AlgorithmUse& use, const QDateTime& proofOfExistence, const QDateTime& validationTime = {});

} // namespace vanthu::signing::verify
