// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/keys/OpenSslSupport.h"

#include "signing/keys/OpenSslTypes.h"

#include <QStringList>

#include <openssl/asn1.h>
#include <openssl/bio.h>
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

QString displayName(const X509_NAME* name)
{
    // The most specific CN is the last one.
    int index = -1;
    for (int next = X509_NAME_get_index_by_NID(name, NID_commonName, -1); next >= 0;
         next = X509_NAME_get_index_by_NID(name, NID_commonName, next)) {
        index = next;
    }
    if (index >= 0) {
        unsigned char* utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
        if (length >= 0) {
            QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
            OPENSSL_free(utf8);
            return text;
        }
    }
    const std::unique_ptr<BIO, FreeDeleter<BIO_free>> bio(BIO_new(BIO_s_mem()));
    if (!bio) {
        return {};
    }
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    ERR_clear_error();
    return QString::fromUtf8(data, static_cast<qsizetype>(size));
}

QByteArray certificateDer(X509* certificate)
{
    const int length = certificate ? i2d_X509(certificate, nullptr) : 0;
    if (length <= 0) {
        return {};
    }
    QByteArray der(length, '\0');
    auto* cursor = reinterpret_cast<unsigned char*>(der.data());
    i2d_X509(certificate, &cursor);
    return der;
}

X509Pointer x509FromDer(const QByteArray& der)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
    X509Pointer certificate(d2i_X509(nullptr, &bytes, static_cast<long>(der.size())));
    if (certificate && bytes != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        certificate.reset();
    }
    ERR_clear_error();
    return certificate;
}

X509StorePointer trustStoreOf(const QList<QByteArray>& anchorsDer)
{
    X509StorePointer store(X509_STORE_new());
    for (const QByteArray& anchor : anchorsDer) {
        if (const X509Pointer certificate = x509FromDer(anchor); certificate && store) {
            X509_STORE_add_cert(store.get(), certificate.get());
        }
    }
    ERR_clear_error();
    return store;
}

} // namespace vanthu::signing
