// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/registers/DocumentJson.h"
#include "core/registers/SeriesService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vanthu::cli
{
namespace
{

struct SeriesCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SeriesCommandText)
};

QString describe(const core::NumberingSeries& series)
{
    QString scope = core::seriesScopeKey(series.scope);
    if (series.scope == core::SeriesScope::Types) {
        scope += QStringLiteral(" (") + series.typeKeys.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (series.legalNormative) {
        scope += QStringLiteral(" QPPL");
    }
    return QStringLiteral("%1  %2  %3  %4")
        .arg(series.code, -8)
        .arg(core::directionKey(series.direction), -8)
        .arg(scope, -24)
        .arg(series.name);
}

} // namespace

int runSeries(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption code(QStringLiteral("code"),
                                  SeriesCommandText::tr("Code of the new series, e.g. QPPL-QD."),
                                  SeriesCommandText::tr("code"));
    const QCommandLineOption name(QStringLiteral("name"), SeriesCommandText::tr("Name of the new series."),
                                  SeriesCommandText::tr("text"));
    const QCommandLineOption direction(QStringLiteral("direction"), SeriesCommandText::tr("incoming or outgoing."),
                                       QStringLiteral("incoming|outgoing"), QStringLiteral("outgoing"));
    const QCommandLineOption scope(QStringLiteral("scope"), SeriesCommandText::tr("general, secret, copies or types."),
                                   SeriesCommandText::tr("scope"), QStringLiteral("types"));
    const QCommandLineOption types(QStringLiteral("types"),
                                   SeriesCommandText::tr("Comma-separated document types numbered in this series."),
                                   SeriesCommandText::tr("list"));
    const QCommandLineOption legal(QStringLiteral("legal-normative"),
                                   SeriesCommandText::tr("The series numbers legal normative documents (QPPL)."));
    const QCommandLineOption issuer(QStringLiteral("issuer"),
                                    SeriesCommandText::tr("Issuer abbreviation in symbols when not the agency's (an "
                                                          "advisory body)."),
                                    SeriesCommandText::tr("text"));
    parser.addOptions({code, name, direction, scope, types, legal, issuer});
    parser.addPositionalArgument(QStringLiteral("action"), SeriesCommandText::tr("list or add"));
    if (auto exit =
            context.parse(parser, SeriesCommandText::tr("List or add numbering series."), QStringLiteral("list|add"))) {
        return *exit;
    }
    const QString action = context.action().isEmpty() ? QStringLiteral("list") : context.action();
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    core::SeriesService service(**workspace);
    if (action == QLatin1String("list")) {
        auto all = service.list();
        if (!all) {
            return context.fail(all.error());
        }
        if (context.json()) {
            QJsonArray array;
            for (const core::NumberingSeries& series : *all) {
                array.append(core::seriesToJson(series));
            }
            context.printJson(array);
        } else {
            for (const core::NumberingSeries& series : *all) {
                context.printLine(describe(series));
            }
        }
        return ExitOk;
    }
    if (action != QLatin1String("add")) {
        return context.usage(SeriesCommandText::tr("Unknown action \"%1\"; use list or add.").arg(action));
    }
    const auto parsedDirection = core::parseDirection(parser.value(direction));
    if (!parsedDirection) {
        return context.usage(SeriesCommandText::tr("--direction must be incoming or outgoing."));
    }
    auto parsedScope = core::parseSeriesScope(parser.value(scope));
    if (!parsedScope) {
        return context.fail(parsedScope.error());
    }
    core::NumberingSeries draft;
    draft.code = parser.value(code);
    draft.name = parser.value(name);
    draft.direction = *parsedDirection;
    draft.scope = *parsedScope;
    draft.typeKeys = parser.value(types).split(QLatin1Char(','), Qt::SkipEmptyParts);
    draft.legalNormative = parser.isSet(legal);
    draft.issuerAbbreviation = parser.value(issuer);
    auto added = service.add(draft);
    if (!added) {
        return context.fail(added.error());
    }
    if (context.json()) {
        context.printJson(core::seriesToJson(*added));
    } else {
        context.printLine(SeriesCommandText::tr("Series added:"));
        context.printLine(describe(*added));
    }
    return ExitOk;
}

} // namespace vanthu::cli
