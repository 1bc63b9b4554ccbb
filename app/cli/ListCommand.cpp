// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/TextTable.h"
#include "common/VietnamTime.h"
#include "core/registers/DocumentJson.h"
#include "core/registers/RegisterService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct ListCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ListCommandText)
};

} // namespace

int runList(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption series(QStringLiteral("series"),
                                    ListCommandText::tr("Register (series) code; default: the "
                                                        "general one."),
                                    ListCommandText::tr("code"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  ListCommandText::tr("Year; default: the newest with entries."),
                                  ListCommandText::tr("year"));
    const QCommandLineOption limit(QStringLiteral("limit"), ListCommandText::tr("Rows per page (default 50)."),
                                   ListCommandText::tr("n"), QStringLiteral("50"));
    const QCommandLineOption after(
        QStringLiteral("after"), ListCommandText::tr("Continue after this number (the last one of the previous page)."),
        ListCommandText::tr("number"));
    const QCommandLineOption ascending(QStringLiteral("ascending"), ListCommandText::tr("Oldest first."));
    parser.addOptions({series, year, limit, after, ascending});
    if (auto exit = context.parse(parser, ListCommandText::tr("List a register, newest first."),
                                  QStringLiteral("incoming|outgoing"))) {
        return *exit;
    }
    const auto direction = core::parseDirection(context.action());
    if (!direction) {
        return context.usage(ListCommandText::tr("Say which register: \"list incoming\" or \"list outgoing\"."));
    }
    bool limitOk = false;
    const int pageSize = parser.value(limit).toInt(&limitOk);
    if (!limitOk || pageSize < 1 || pageSize > 10000) {
        return context.usage(ListCommandText::tr("--limit must be a number from 1 to 10000."));
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
    context.printLine(ListCommandText::tr("Register %1 (%2), year %3")
                          .arg(resolved->series.code, resolved->series.name)
                          .arg(resolved->year));
    const bool incoming = *direction == core::Direction::Incoming;
    TextTable table({ListCommandText::tr("No."), ListCommandText::tr("Date"), ListCommandText::tr("Number/symbol"),
                     ListCommandText::tr("Id"), incoming ? ListCommandText::tr("From") : ListCommandText::tr("To"),
                     ListCommandText::tr("Subject")});
    for (const core::RegisterRow& row : *rows) {
        table.addRow({QString::number(row.number), vietnameseShortDate(row.registerDate), row.code.display(),
                      QString::number(row.id.value), TextTable::elide(incoming ? row.organName : row.receivers, 28),
                      TextTable::elide(row.subject, 70)});
    }
    for (const QString& line : table.lines()) {
        context.printLine(line);
    }
    if (rows->isEmpty()) {
        context.printLine(ListCommandText::tr("(no entries)"));
    }
    return ExitOk;
}

} // namespace vanthu::cli
