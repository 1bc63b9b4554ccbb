// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

struct x509_st; // OpenSSL's X509, so this header pulls in no OpenSSL header

namespace vanthu::signing::verify
{

/** What a certificate's extended key usage (RFC 5280 §4.2.1.12) allows it to sign, and the purposes it lists. */
struct PurposeCheck
{
    bool allowed = false;
    /** The purposes the certificate lists, by name ("clientAuth") or dotted OID when unknown; empty without EKU. */
    QStringList purposes;
    bool extensionPresent = false;
    bool extensionCritical = false;
};

/**
 * May @p certificate sign a document? By the one table of key purposes in CertificatePurpose.cpp: no EKU, or one that
 * lists a document-signing purpose (emailProtection, documentSigning, Adobe Authentic Documents Trust, Microsoft
 * Document Signing, anyExtendedKeyUsage), or clientAuth alone (what Vietnamese CAs issue) may; any other list may
 * not (serverAuth, OCSPSigning, timeStamping, codeSigning, unknown purposes, clientAuth with serverAuth).
 */
[[nodiscard]] PurposeCheck documentSigningPurpose(x509_st* certificate);

/**
 * May @p certificate sign timestamp tokens? RFC 3161 §2.3: its EKU is critical and lists timeStamping only.
 */
[[nodiscard]] PurposeCheck timestampingPurpose(x509_st* certificate);

} // namespace vanthu::signing::verify
