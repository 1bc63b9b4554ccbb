// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "common/AtomicFile.h"
#include "common/VietnamTime.h"
#include "core/export/RegisterExport.h"
#include "render/RegisterFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct ExportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommandText)
};

} // namespace

int runExport(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), ExportCommandText::tr("File to write (required)."),
                                 ExportCommandText::tr("file"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    ExportCommandText::tr("pdf, csv or xlsx (default: from the file name)."),
                                    QStringLiteral("pdf|csv|xlsx"));
    const QCommandLineOption series(QStringLiteral("series"),
                                    ExportCommandText::tr("Register (series) code; default: the "
                                                          "general one."),
                                    ExportCommandText::tr("code"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  ExportCommandText::tr("Year; default: the newest with entries."),
                                  ExportCommandText::tr("year"));
    const QCommandLineOption volume(QStringLiteral("volume"), ExportCommandText::tr("Volume number (quyển số)."),
                                    ExportCommandText::tr("n"), QStringLiteral("1"));
    const QCommandLineOption from(QStringLiteral("from"), ExportCommandText::tr("First register date included."),
                                  ExportCommandText::tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), ExportCommandText::tr("Last register date included."),
                                ExportCommandText::tr("date"));
    parser.addOptions({out, format, series, year, volume, from, to});
    if (auto exit = context.parse(parser, ExportCommandText::tr("Print a register to PDF or export it to CSV or XLSX."),
                                  QStringLiteral("incoming|outgoing"))) {
        return *exit;
    }
    const auto direction = core::parseDirection(context.action());
    if (!direction) {
        return context.usage(
            ExportCommandText::tr("Say which register: \"export-register incoming\" or \"export-register "
                                  "outgoing\"."));
    }
    if (!parser.isSet(out)) {
        return context.usage(ExportCommandText::tr("--out is required."));
    }
    const QString path = parser.value(out);
    const QString chosen = (parser.isSet(format) ? parser.value(format) : QFileInfo(path).suffix()).toLower();
    if (!render::isRegisterFileFormat(chosen)) {
        return context.usage(ExportCommandText::tr("The format must be pdf, csv or xlsx."));
    }
    core::RegisterExportRequest request;
    request.selection = {*direction, parser.value(series), parser.value(year).toInt()};
    request.volume = parser.value(volume).toInt();
    for (const auto& [option, target] : {std::pair{&from, &request.fromDate}, std::pair{&to, &request.toDate}}) {
        if (parser.isSet(*option)) {
            *target = parseFlexibleDate(parser.value(*option));
            if (!target->isValid()) {
                return context.usage(ExportCommandText::tr("\"%1\" is not a date; write 2026-03-05 or 05/03/2026.")
                                         .arg(parser.value(*option)));
            }
        }
    }
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto table = core::RegisterExport(**workspace).table(request);
    if (!table) {
        return context.fail(table.error());
    }
    auto bytes = render::encodeRegister(*table, chosen);
    if (!bytes) {
        return context.fail(bytes.error());
    }
    if (auto written = writeFileAtomically(path, *bytes); !written) {
        return context.fail(written.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                      {QStringLiteral("format"), chosen},
                                      {QStringLiteral("rows"), table->rows.size()},
                                      {QStringLiteral("year"), table->cover.year},
                                      {QStringLiteral("bytes"), bytes->size()}});
    } else {
        context.printLine(ExportCommandText::tr("%1 entries of %2 (%3) written to %4.")
                              .arg(table->rows.size())
                              .arg(table->cover.title)
                              .arg(table->cover.year)
                              .arg(QFileInfo(path).absoluteFilePath()));
    }
    return ExitOk;
}

} // namespace vanthu::cli
