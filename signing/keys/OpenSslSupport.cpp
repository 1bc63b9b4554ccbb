// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/keys/OpenSslSupport.h"

#include <QStringList>

#include <openssl/asn1.h>
#include <openssl/err.h>

#include <ctime>

namespace vanthu::signing
{

const OpenSslError* OpenSslErrors::find(int library, int reason) const
{
    for (const OpenSslError& entry : entries) {
        if (entry.library == library && entry.reason == reason) {
            return &entry;
        }
    }
    return nullptr;
}

OpenSslErrors takeOpenSslErrors()
{
    OpenSslErrors errors;
    QStringList parts;
    unsigned long code = 0;
    const char* data = nullptr;
    int flags = 0;
    while ((code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) != 0) {
        OpenSslError entry;
        entry.library = ERR_GET_LIB(code);
        entry.reason = ERR_GET_REASON(code);
        if (data != nullptr && (flags & ERR_TXT_STRING) != 0) {
            entry.data = QString::fromUtf8(data);
        }
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        parts.append(entry.data.isEmpty()
                         ? QString::fromUtf8(text)
                         : QString::fromUtf8(text) + QStringLiteral(" (") + entry.data + QLatin1Char(')'));
        errors.entries.append(entry);
    }
    errors.text = parts.join(QStringLiteral("; "));
    return errors;
}

QDateTime utcFromAsn1Time(const ASN1_TIME* time)
{
    struct tm parts
    {
    };
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

} // namespace vanthu::signing
