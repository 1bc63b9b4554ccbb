// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace vanthu
{

/** Interface languages: Vietnamese first, English second. */
enum class Language
{
    Vietnamese,
    English,
};

/** --lang vi|en in @p arguments, else $VANTHU_LANG, else Vietnamese. */
[[nodiscard]] Language languageFromArguments(const QStringList& arguments);

/** Installs the translator for @p language on the running application (English needs none: it is the source). */
void installTranslations(Language language);

} // namespace vanthu
