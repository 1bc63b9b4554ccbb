// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DocumentVersion.h"

#include <array>
#include <utility>

namespace vanthu::core
{
namespace
{

constexpr std::array<std::pair<VersionKind, const char*>, 6> kinds{{
    {VersionKind::Received, "received"},
    {VersionKind::Draft, "draft"},
    {VersionKind::Approved, "approved"},
    {VersionKind::Signed, "signed"},
    {VersionKind::Issued, "issued"},
    {VersionKind::Extended, "extended"},
}};

} // namespace

QString versionKindKey(VersionKind kind)
{
    for (const auto& [value, key] : kinds) {
        if (value == kind) {
            return QString::fromLatin1(key);
        }
    }
    return QStringLiteral("received");
}

std::optional<VersionKind> parseVersionKind(const QString& key)
{
    for (const auto& [value, name] : kinds) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace vanthu::core
