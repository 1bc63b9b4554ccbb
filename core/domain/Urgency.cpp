// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Urgency.h"

#include "common/TextFold.h"

#include <QCoreApplication>

#include <array>

namespace vanthu::core
{
namespace
{

struct UrgencyText
{
    Q_DECLARE_TR_FUNCTIONS(UrgencyText)
};

struct LevelName
{
    int code;
    const char16_t* key;
    const char16_t* name;
};

constexpr std::array<LevelName, 4> UrgencyNames{{
    {0, u"normal", u"Thường"},
    {1, u"urgent", u"Khẩn"},
    {2, u"very-urgent", u"Thượng khẩn"},
    {3, u"flash", u"Hỏa tốc"},
}};

constexpr std::array<LevelName, 4> SecrecyNames{{
    {0, u"none", u""},
    {1, u"confidential", u"Mật"},
    {2, u"secret", u"Tối mật"},
    {3, u"top-secret", u"Tuyệt mật"},
}};

QString spacedFold(const QString& text)
{
    QString folded = foldForSearch(text.trimmed());
    folded.replace(QLatin1Char('-'), QLatin1Char(' '));
    folded.replace(QLatin1Char('_'), QLatin1Char(' '));
    return folded.simplified();
}

Result<int> parseLevel(const QString& text, const std::array<LevelName, 4>& names, const QString& what)
{
    const QString wanted = spacedFold(text);
    for (const LevelName& level : names) {
        const QString key = spacedFold(QString::fromUtf16(level.key));
        const QString name = spacedFold(QString::fromUtf16(level.name));
        if (wanted == QString::number(level.code) || wanted == key || (!name.isEmpty() && wanted == name)) {
            return level.code;
        }
    }
    return Error{ErrorCode::InvalidInput, UrgencyText::tr("\"%1\" is not a valid %2.").arg(text, what),
                 QStringLiteral("unknown level")};
}

} // namespace

QString urgencyName(Urgency urgency)
{
    return urgency == Urgency::Normal ? QString() : QString::fromUtf16(UrgencyNames.at(static_cast<int>(urgency)).name);
}

QString secrecyName(Secrecy secrecy)
{
    return QString::fromUtf16(SecrecyNames.at(static_cast<int>(secrecy)).name);
}

QString urgencyKey(Urgency urgency)
{
    return QString::fromUtf16(UrgencyNames.at(static_cast<int>(urgency)).key);
}

QString secrecyKey(Secrecy secrecy)
{
    return QString::fromUtf16(SecrecyNames.at(static_cast<int>(secrecy)).key);
}

Result<Urgency> parseUrgency(const QString& text)
{
    auto level = parseLevel(text, UrgencyNames, UrgencyText::tr("urgency (normal, khẩn, thượng khẩn, hỏa tốc)"));
    if (!level) {
        return level.error();
    }
    return static_cast<Urgency>(*level);
}

Result<Secrecy> parseSecrecy(const QString& text)
{
    auto level = parseLevel(text, SecrecyNames, UrgencyText::tr("secrecy level (none, mật, tối mật, tuyệt mật)"));
    if (!level) {
        return level.error();
    }
    return static_cast<Secrecy>(*level);
}

} // namespace vanthu::core
