// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Error.h"

namespace vanthu
{

Error Error::withContext(const QString& context) const
{
    return Error{code, context + QStringLiteral(": ") + message, detail};
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Duplicate:
        return QStringLiteral("duplicate");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::Storage:
        return QStringLiteral("storage");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace vanthu
