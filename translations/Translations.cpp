// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace vanthu
{

Language languageFromArguments(const QStringList& arguments)
{
    QString wanted = qEnvironmentVariable("VANTHU_LANG");
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        if (arguments.at(index) == QLatin1String("--lang") && index + 1 < arguments.size()) {
            wanted = arguments.at(index + 1);
        } else if (arguments.at(index).startsWith(QLatin1String("--lang="))) {
            wanted = arguments.at(index).mid(7);
        }
    }
    return wanted.startsWith(QLatin1String("en")) ? Language::English : Language::Vietnamese;
}

void installTranslations(Language language)
{
    static QTranslator translator;
    QCoreApplication::removeTranslator(&translator);
    const QString file = language == Language::Vietnamese ? QStringLiteral(":/i18n/vanthu_vi.qm")
                                                          : QStringLiteral(":/i18n/vanthu_en.qm");
    if (translator.load(file)) {
        QCoreApplication::installTranslator(&translator);
    }
}

} // namespace vanthu
