// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/TextTable.h"
#include "core/common/VietnamTime.h"
#include "core/registers/DocumentJson.h"
#include "core/registers/RegisterService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vanthu::cli {
namespace {

struct ListText
{
    Q_DECLARE_TR_FUNCTIONS(vanthu::cli::ListCommand)
};

} // namespace

int runList(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption series(QStringLiteral("series"), ListText::tr("Register (series) code; default: the "
                                                                           "general one."),
                                    ListText::tr("code"));
    const QCommandLineOption year(QStringLiteral("year"), ListText::tr("Year; default: the newest with entries."),
                                  ListText::tr("year"));
    const QCommandLineOption limit(QStringLiteral("limit"), ListText::tr("Rows per page (default 50)."),
                                   ListText::tr("n"), QStringLiteral("50"));
    const QCommandLineOption after(QStringLiteral("after"),
                                   ListText::tr("Continue after this number (the last one of the previous page)."),
                                   ListText::tr("number"));
    const QCommandLineOption ascending(QStringLiteral("ascending"), ListText::tr("Oldest first."));
    parser.addOptions({series, year, limit, after, ascending});
    if (auto exit = context.parse(parser, ListText::tr("List a register, newest first."),
                                  QStringLiteral("incoming|outgoing"))) {
        return *exit;
    }
    const auto direction = core::parseDirection(context.action());
    if (!direction) {
        return context.usage(ListText::tr("Say which register: \"list incoming\" or \"list outgoing\"."));
    }
    bool limitOk = false;
    const int pageSize = parser.value(limit).toInt(&limitOk);
    if (!limitOk || pageSize < 1 || pageSize > 10000) {
        return context.usage(ListText::tr("--limit must be a number from 1 to 10000."));
    }
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    core::RegisterService registers(**workspace);
    auto resolved = registers.resolve({*direction, parser.value(series), parser.value(year).toInt()});
    if (!resolved) {
        return context.fail(resolved.error());
    }
    core::RegisterQuery query;
    query.seriesId = resolved->series.id;
    query.year = resolved->year;
    query.ascending = parser.isSet(ascending);
    query.limit = pageSize;
    if (parser.isSet(after)) {
        query.afterNumber = parser.value(after).toLongLong();
    }
    auto rows = registers.page(*direction, query);
    if (!rows) {
        return context.fail(rows.error());
    }
    if (context.json()) {
        QJsonArray array;
        for (const core::RegisterRow& row : *rows) {
            array.append(core::registerRowToJson(row));
        }
        context.printJson(QJsonObject{{QStringLiteral("series"), resolved->series.code},
                                      {QStringLiteral("year"), resolved->year},
                                      {QStringLiteral("rows"), array}});
        return ExitOk;
    }
    context.printLine(ListText::tr("Register %1 (%2), year %3").arg(resolved->series.code, resolved->series.name)
                          .arg(resolved->year));
    const bool incoming = *direction == core::Direction::Incoming;
    TextTable table({ListText::tr("No."), ListText::tr("Date"), ListText::tr("Number/symbol"), ListText::tr("Id"),
                     incoming ? ListText::tr("From") : ListText::tr("To"), ListText::tr("Subject")});
    for (const core::RegisterRow& row : *rows) {
        table.addRow({QString::number(row.number), vietnameseShortDate(row.registerDate), row.code.display(),
                      QString::number(row.id.value),
                      TextTable::elide(incoming ? row.organName : row.receivers, 28), TextTable::elide(row.subject, 70)});
    }
    for (const QString& line : table.lines()) {
        context.printLine(line);
    }
    if (rows->isEmpty()) {
        context.printLine(ListText::tr("(no entries)"));
    }
    return ExitOk;
}

} // namespace vanthu::cli
