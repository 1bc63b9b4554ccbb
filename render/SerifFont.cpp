// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SerifFont.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMutex>
#include <QStringList>

namespace vanthu::render
{
namespace
{

struct SerifFontText
{
    Q_DECLARE_TR_FUNCTIONS(SerifFontText)
};

const char* const FontFolder = "/usr/share/fonts/truetype/liberation2/";
const char* const FontFiles[] = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                 "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"};

} // namespace

QFont serifFont(const QString& family, qreal points, bool bold, bool italic)
{
    QFont font(family);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

Result<QString> serifFamily()
{
    static QMutex mutex;
    static QString family;
    const QMutexLocker locker(&mutex);
    if (!family.isEmpty()) {
        return family;
    }
    for (const char* file : FontFiles) {
        const QString path = QString::fromLatin1(FontFolder) + QString::fromLatin1(file);
        const int id = QFileInfo::exists(path) ? QFontDatabase::addApplicationFont(path) : -1;
        if (id < 0) {
            return Error{
                ErrorCode::Unsupported,
                SerifFontText::tr("The font Liberation Serif 2 is missing. Install the package fonts-liberation2."),
                QStringLiteral("cannot load %1").arg(path)};
        }
        if (family.isEmpty()) {
            family = QFontDatabase::applicationFontFamilies(id).value(0);
        }
    }
    return family;
}

} // namespace vanthu::render
