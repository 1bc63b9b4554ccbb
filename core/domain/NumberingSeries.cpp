// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/NumberingSeries.h"

#include <QCoreApplication>

namespace vanthu::core
{
namespace
{

struct NumberingSeriesText
{
    Q_DECLARE_TR_FUNCTIONS(NumberingSeriesText)
};

} // namespace

QString seriesScopeKey(SeriesScope scope)
{
    switch (scope) {
    case SeriesScope::General:
        return QStringLiteral("general");
    case SeriesScope::Secret:
        return QStringLiteral("secret");
    case SeriesScope::Copies:
        return QStringLiteral("copies");
    case SeriesScope::Types:
        return QStringLiteral("types");
    }
    return {};
}

Result<SeriesScope> parseSeriesScope(const QString& text)
{
    for (const SeriesScope scope :
         {SeriesScope::General, SeriesScope::Secret, SeriesScope::Copies, SeriesScope::Types}) {
        if (seriesScopeKey(scope) == text.trimmed()) {
            return scope;
        }
    }
    return Error{
        ErrorCode::InvalidInput,
        NumberingSeriesText::tr("\"%1\" is not a series scope; use general, secret, copies or types.").arg(text),
        QStringLiteral("unknown scope")};
}

} // namespace vanthu::core
