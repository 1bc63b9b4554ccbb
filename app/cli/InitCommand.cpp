// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/registers/AgencyService.h"
#include "core/registers/DocumentJson.h"
#include "core/registers/SeriesService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct InitCommandText
{
    Q_DECLARE_TR_FUNCTIONS(InitCommandText)
};

} // namespace

int runInit(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("agency-name"), InitCommandText::tr("Name of the agency (required)."),
                                  InitCommandText::tr("text"));
    const QCommandLineOption abbreviation(QStringLiteral("agency-abbr"),
                                          InitCommandText::tr("Abbreviation of the agency used in symbols, e.g. SNV "
                                                              "(required)."),
                                          InitCommandText::tr("text"));
    const QCommandLineOption parent(QStringLiteral("parent-name"), InitCommandText::tr("Name of the governing agency."),
                                    InitCommandText::tr("text"));
    const QCommandLineOption organId(QStringLiteral("organ-id"),
                                     InitCommandText::tr("Identifier (mã định danh) of the "
                                                         "agency."),
                                     InitCommandText::tr("id"));
    const QCommandLineOption place(QStringLiteral("place"),
                                   InitCommandText::tr("Place name of the date line (default: Hà "
                                                       "Nội)."),
                                   InitCommandText::tr("text"), QStringLiteral("Hà Nội"));
    parser.addOptions({name, abbreviation, parent, organId, place});
    if (auto exit = context.parse(parser, InitCommandText::tr("Create a workspace for an agency."), QString())) {
        return *exit;
    }
    if (!parser.isSet(name) || !parser.isSet(abbreviation)) {
        return context.usage(InitCommandText::tr("--agency-name and --agency-abbr are required."));
    }
    auto workspace = context.openWorkspace(true);
    if (!workspace) {
        return context.fail(workspace.error());
    }
    const core::AgencyProfile profile{parser.value(name), parser.value(parent), parser.value(abbreviation),
                                      parser.value(organId), parser.value(place)};
    if (auto done = core::AgencyService(**workspace).initialise(profile); !done) {
        return context.fail(done.error());
    }
    auto series = core::SeriesService(**workspace).list();
    if (!series) {
        return context.fail(series.error());
    }
    if (context.json()) {
        QJsonArray seriesJson;
        for (const core::NumberingSeries& item : *series) {
            seriesJson.append(core::seriesToJson(item));
        }
        context.printJson(QJsonObject{{QStringLiteral("workspace"), (*workspace)->directory()},
                                      {QStringLiteral("series"), seriesJson}});
    } else {
        context.printLine(InitCommandText::tr("Workspace created in %1.").arg((*workspace)->directory()));
        for (const core::NumberingSeries& item : *series) {
            context.printLine(QStringLiteral("  %1  %2").arg(item.code, -8).arg(item.name));
        }
    }
    return ExitOk;
}

} // namespace vanthu::cli
