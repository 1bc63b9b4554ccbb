// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/TextTable.h"
#include "common/VietnamTime.h"
#include "core/domain/DocumentType.h"
#include "core/registers/DocumentJson.h"
#include "core/search/SearchService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct SearchCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommandText)
};

QJsonValue cursorJson(const std::optional<core::SearchCursor>& cursor)
{
    if (!cursor) {
        return QJsonValue(QJsonValue::Null);
    }
    return QStringLiteral("%1:%2").arg(cursor->tier).arg(cursor->beforeId);
}

std::optional<core::SearchCursor> parseCursor(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    bool tierOk = false;
    bool idOk = false;
    const int tier = parts.value(0).toInt(&tierOk);
    const qint64 id = parts.value(1).toLongLong(&idOk);
    if (parts.size() != 2 || !tierOk || !idOk || (tier != 1 && tier != 2)) {
        return std::nullopt;
    }
    return core::SearchCursor{tier, id};
}

} // namespace

int runSearch(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption registerOption(QStringLiteral("register"), SearchCommandText::tr("incoming or outgoing."),
                                            QStringLiteral("incoming|outgoing"));
    const QCommandLineOption type(QStringLiteral("type"), SearchCommandText::tr("Document type."),
                                  SearchCommandText::tr("type"));
    const QCommandLineOption from(QStringLiteral("from"), SearchCommandText::tr("Registered on or after this date."),
                                  SearchCommandText::tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), SearchCommandText::tr("Registered on or before this date."),
                                SearchCommandText::tr("date"));
    const QCommandLineOption urgency(QStringLiteral("urgency"), SearchCommandText::tr("Urgency level."),
                                     SearchCommandText::tr("level"));
    const QCommandLineOption limit(QStringLiteral("limit"), SearchCommandText::tr("Results per page (default 20)."),
                                   SearchCommandText::tr("n"), QStringLiteral("20"));
    const QCommandLineOption after(QStringLiteral("after"),
                                   SearchCommandText::tr("Continue from the cursor printed with the previous page."),
                                   SearchCommandText::tr("cursor"));
    parser.addOptions({registerOption, type, from, to, urgency, limit, after});
    if (auto exit = context.parse(parser, SearchCommandText::tr("Search documents, with or without diacritics."),
                                  SearchCommandText::tr("[words]"))) {
        return *exit;
    }
    core::SearchRequest request;
    request.text = parser.positionalArguments().mid(1).join(QLatin1Char(' '));
    if (parser.isSet(registerOption)) {
        request.filter.direction = core::parseDirection(parser.value(registerOption));
        if (!request.filter.direction) {
            return context.usage(SearchCommandText::tr("--register must be incoming or outgoing."));
        }
    }
    if (parser.isSet(type)) {
        auto resolved = core::DocumentTypes::resolve(parser.value(type));
        if (!resolved) {
            return context.fail(resolved.error());
        }
        request.filter.typeKey = (*resolved)->key;
    }
    for (const auto& [option, target] :
         {std::pair{&from, &request.filter.fromDate}, std::pair{&to, &request.filter.toDate}}) {
        if (parser.isSet(*option)) {
            *target = parseFlexibleDate(parser.value(*option));
            if (!target->isValid()) {
                return context.usage(SearchCommandText::tr("\"%1\" is not a date; write 2026-03-05 or 05/03/2026.")
                                         .arg(parser.value(*option)));
            }
        }
    }
    if (parser.isSet(urgency)) {
        auto level = core::parseUrgency(parser.value(urgency));
        if (!level) {
            return context.fail(level.error());
        }
        request.filter.urgency = *level;
    }
    request.limit = parser.value(limit).toInt();
    if (parser.isSet(after)) {
        request.after = parseCursor(parser.value(after));
        if (!request.after) {
            return context.usage(SearchCommandText::tr("--after takes the cursor printed by the previous page."));
        }
    }
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto page = core::SearchService(**workspace).search(request);
    if (!page) {
        return context.fail(page.error());
    }
    if (context.json()) {
        QJsonArray hits;
        for (const core::SearchHit& hit : page->hits) {
            QJsonObject json = core::registerRowToJson(hit.row);
            json.insert(QStringLiteral("phraseMatch"), hit.phraseMatch);
            hits.append(json);
        }
        context.printJson(
            QJsonObject{{QStringLiteral("hits"), hits}, {QStringLiteral("next"), cursorJson(page->next)}});
        return ExitOk;
    }
    TextTable table({SearchCommandText::tr("Id"), SearchCommandText::tr("Register"), SearchCommandText::tr("No."),
                     SearchCommandText::tr("Date"), SearchCommandText::tr("Number/symbol"),
                     SearchCommandText::tr("Subject")});
    for (const core::SearchHit& hit : page->hits) {
        table.addRow({QString::number(hit.row.id.value),
                      hit.row.direction == core::Direction::Incoming ? SearchCommandText::tr("in")
                                                                     : SearchCommandText::tr("out"),
                      QString::number(hit.row.number), vietnameseShortDate(hit.row.registerDate),
                      hit.row.code.display(), TextTable::elide(hit.row.subject, 80)});
    }
    for (const QString& line : table.lines()) {
        context.printLine(line);
    }
    if (page->hits.isEmpty()) {
        context.printLine(SearchCommandText::tr("(nothing found)"));
    }
    if (page->next) {
        context.printLine(SearchCommandText::tr("More: add --after %1").arg(cursorJson(page->next).toString()));
    }
    return ExitOk;
}

} // namespace vanthu::cli
