// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/CertificatePurpose.h"

#include "signing/keys/FreeDeleter.h"

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <array>
#include <memory>

namespace vanthu::signing::verify
{
namespace
{

/** What a key purpose says about signing documents. */
enum class DocumentRole
{
    Signs,      ///< a purpose that includes signing documents: any certificate listing it may sign
    SignsAlone, ///< clientAuth: Vietnamese CAs issue signing certificates with it as the only purpose
    Other,      ///< a purpose that is not document signing (TLS servers, OCSP, timestamps, code)
};

struct KeyPurpose
{
    const char* oid;
    const char* name;
    DocumentRole role;
};

// The one table of key purposes (issue 12). Purposes not listed here count as Other: a certificate whose EKU lists
// only purposes we do not know was not meant for documents (RFC 5280 §4.2.1.12: EKU limits the key to what it lists).
constexpr std::array<KeyPurpose, 10> keyPurposes{{
    {"1.3.6.1.5.5.7.3.4", "emailProtection", DocumentRole::Signs},  // S/MIME signers sign PDFs too (Adobe, EU)
    {"1.3.6.1.5.5.7.3.36", "documentSigning", DocumentRole::Signs}, // RFC 9336
    {"1.2.840.113583.1.1.5", "Adobe Authentic Documents Trust", DocumentRole::Signs},
    {"1.3.6.1.4.1.311.10.3.12", "Microsoft Document Signing", DocumentRole::Signs},
    {"2.5.29.37.0", "anyExtendedKeyUsage", DocumentRole::Signs},
    {"1.3.6.1.5.5.7.3.2", "clientAuth", DocumentRole::SignsAlone},
    {"1.3.6.1.5.5.7.3.1", "serverAuth", DocumentRole::Other},
    {"1.3.6.1.5.5.7.3.9", "OCSPSigning", DocumentRole::Other},
    {"1.3.6.1.5.5.7.3.8", "timeStamping", DocumentRole::Other},
    {"1.3.6.1.5.5.7.3.3", "codeSigning", DocumentRole::Other},
}};

const char* const timeStampingOid = "1.3.6.1.5.5.7.3.8";

using UsagePointer = std::unique_ptr<EXTENDED_KEY_USAGE, FreeDeleter<EXTENDED_KEY_USAGE_free>>;

/** The dotted OIDs of @p certificate's EKU, and whether the extension is there and critical. */
QStringList listedOids(X509* certificate, PurposeCheck& check)
{
    QStringList oids;
    const int index = X509_get_ext_by_NID(certificate, NID_ext_key_usage, -1);
    if (index < 0) {
        return oids;
    }
    check.extensionPresent = true;
    check.extensionCritical = X509_EXTENSION_get_critical(X509_get_ext(certificate, index)) == 1;
    UsagePointer usage(
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(certificate, NID_ext_key_usage, nullptr, nullptr)));
    for (int i = 0; usage && i < sk_ASN1_OBJECT_num(usage.get()); ++i) {
        char text[128];
        if (OBJ_obj2txt(text, sizeof text, sk_ASN1_OBJECT_value(usage.get(), i), 1) > 0) {
            oids.append(QString::fromLatin1(text));
        }
    }
    ERR_clear_error();
    return oids;
}

const KeyPurpose* purposeOf(const QString& oid)
{
    const auto found = std::find_if(keyPurposes.begin(), keyPurposes.end(),
                                    [&oid](const KeyPurpose& purpose) { return oid == QLatin1String(purpose.oid); });
    return found == keyPurposes.end() ? nullptr : &*found;
}

QString nameOf(const QString& oid)
{
    const KeyPurpose* purpose = purposeOf(oid);
    return purpose ? QString::fromLatin1(purpose->name) : oid;
}

} // namespace

PurposeCheck documentSigningPurpose(X509* certificate)
{
    PurposeCheck check;
    const QStringList oids = listedOids(certificate, check);
    for (const QString& oid : oids) {
        check.purposes.append(nameOf(oid));
    }
    if (!check.extensionPresent) {
        check.allowed = true;
        return check;
    }
    auto roleIs = [](DocumentRole role) {
        return [role](const QString& oid) {
            const KeyPurpose* purpose = purposeOf(oid);
            return purpose != nullptr && purpose->role == role;
        };
    };
    check.allowed = std::any_of(oids.begin(), oids.end(), roleIs(DocumentRole::Signs))
                    || (!oids.isEmpty() && std::all_of(oids.begin(), oids.end(), roleIs(DocumentRole::SignsAlone)));
    return check;
}

PurposeCheck timestampingPurpose(X509* certificate)
{
    PurposeCheck check;
    const QStringList oids = listedOids(certificate, check);
    for (const QString& oid : oids) {
        check.purposes.append(nameOf(oid));
    }
    check.allowed = check.extensionCritical && oids == QStringList{QString::fromLatin1(timeStampingOid)};
    return check;
}

} // namespace vanthu::signing::verify
