// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to vanthu_signing's .cpp files that use OpenSSL: owning pointers for the X.509 objects every part uses,
// and the few helpers they share. Public headers stay free of OpenSSL (see OpenSslSupport.h).
#pragma once

#include "signing/keys/FreeDeleter.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <openssl/cms.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

#include <memory>

namespace vanthu::signing
{

using X509Pointer = std::unique_ptr<X509, FreeDeleter<X509_free>>;
using X509StorePointer = std::unique_ptr<X509_STORE, FreeDeleter<X509_STORE_free>>;
using CmsPointer = std::unique_ptr<CMS_ContentInfo, FreeDeleter<CMS_ContentInfo_free>>;
using Pkcs7Pointer = std::unique_ptr<PKCS7, FreeDeleter<PKCS7_free>>;

struct X509StackFree
{
    void operator()(STACK_OF(X509) * stack) const
    {
        sk_X509_pop_free(stack, X509_free);
    }
};
/** A stack that owns its certificates. */
using X509Stack = std::unique_ptr<STACK_OF(X509), X509StackFree>;

/** The most specific common name of @p name (UTF-8), or the whole name (RFC 2253) when it has none. */
[[nodiscard]] QString displayName(const X509_NAME* name);

/** The DER encoding of @p certificate; empty when OpenSSL cannot encode it. */
[[nodiscard]] QByteArray certificateDer(X509* certificate);

/** One DER certificate, nothing after it; null otherwise (the error queue is cleared). */
[[nodiscard]] X509Pointer x509FromDer(const QByteArray& der);

/** A store that trusts @p anchorsDer (certificates that do not parse are left out). */
[[nodiscard]] X509StorePointer trustStoreOf(const QList<QByteArray>& anchorsDer);

} // namespace vanthu::signing
