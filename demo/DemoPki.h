// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace vanthu::demo
{

/** The demo workspace's own PKI and stamps, all marked DEMO. */
struct DemoPki
{
    QString folder;          ///< <workspace>/demo-pki
    QString rootCertificate; ///< demo-root.pem, also in the workspace's trust anchors
    QString leaderPkcs12;    ///< lanh-dao-demo.p12: the leader (a person)
    QString agencyPkcs12;    ///< co-quan-demo.p12: the agency's seal key
    QString signatureImage;  ///< chu-ky-demo.png
    QString sealImage;       ///< con-dau-demo.png
    /** The password of both PKCS#12 files: public, because nothing here is a real key. */
    static QByteArray password()
    {
        return QByteArrayLiteral("1234");
    }
};

/**
 * Creates <workspace>/demo-pki: a "VanThu DEMO Root CA", a leader and an agency certificate it issues (ECDSA P-256,
 * five years), their PKCS#12 files, and the demo signature and seal images drawn by the program; the root is added to
 * the workspace's trust anchors so the demo verifies as valid at once. Needs a QGuiApplication (images are drawn).
 * Errors: Conflict when the folder exists; Io; Internal when OpenSSL refuses.
 */
[[nodiscard]] Result<DemoPki> createDemoPki(const QString& workspaceFolder, const QString& agencyName);

/** The demo PKI of a workspace, when it has one (every file present). */
[[nodiscard]] std::optional<DemoPki> demoPkiOf(const QString& workspaceFolder);

} // namespace vanthu::demo
