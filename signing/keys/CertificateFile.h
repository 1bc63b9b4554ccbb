// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vanthu::signing
{

/**
 * The certificates in a PEM or DER file (e.g. a CA's intermediate certificates, for a token that carries only the
 * signer's), as DER. Errors: NotFound for a missing file, InvalidInput when it holds no certificate.
 */
[[nodiscard]] Result<QList<QByteArray>> readCertificateFile(const QString& path);

} // namespace vanthu::signing
