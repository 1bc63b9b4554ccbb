// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

struct asn1_string_st; // OpenSSL's ASN1_TIME, so this header pulls in no OpenSSL header

namespace vanthu::signing
{

/** One entry of OpenSSL's error queue. */
struct OpenSslError
{
    int library = 0;
    int reason = 0;
    QString data; ///< the entry's extra text, e.g. "code=503,reason=Service Unavailable"
};

struct OpenSslErrors
{
    QList<OpenSslError> entries;
    QString text; ///< every entry in OpenSSL's words, for the technical detail of an Error

    [[nodiscard]] const OpenSslError* find(int library, int reason) const;
};

/** Empties this thread's OpenSSL error queue into a value. */
[[nodiscard]] OpenSslErrors takeOpenSslErrors();

/** An ASN1_TIME as UTC; null when absent or malformed. */
[[nodiscard]] QDateTime utcFromAsn1Time(const asn1_string_st* time);

} // namespace vanthu::signing
