// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-cli draft add|list: outgoing documents before their number, as the window's Drafts list.
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/RegistrationOptions.h"
#include "app/cli/TextTable.h"
#include "core/Workspace.h"
#include "core/registers/DocumentJson.h"
#include "core/registers/DraftService.h"
#include "signing/verify/Validation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct DraftCommandText
{
    Q_DECLARE_TR_FUNCTIONS(DraftCommandText)
};

int addDraft(CliContext& context)
{
    QCommandLineParser parser;
    const CommonOptions common;
    const QCommandLineOption legal(QStringLiteral("legal"),
                                   DraftCommandText::tr("A legal normative document (the year goes into the symbol)."));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     DraftCommandText::tr("Check a signed PDF without asking revocation responders."));
    parser.addOptions({common.type, common.subject, common.urgency, common.secrecy, common.signerName,
                       common.signerPosition, common.note, common.pdf, legal, offline});
    if (auto exit = context.parse(parser,
                                  DraftCommandText::tr("Add a draft of an outgoing document to the workspace, for the "
                                                       "leader to sign (\"sign --document\") and the clerk to issue "
                                                       "(\"issue --document\")."),
                                  QStringLiteral("add"))) {
        return *exit;
    }
    const QStringList paths = parser.values(common.pdf);
    if (paths.size() != 1) {
        return context.usage(DraftCommandText::tr("Name the draft's PDF once with --pdf."));
    }
    core::DraftRequest request;
    request.typeKey = parser.value(common.type);
    request.subject = parser.value(common.subject);
    request.signerName = parser.value(common.signerName);
    request.signerPosition = parser.value(common.signerPosition);
    request.description = parser.value(common.note);
    request.legalNormative = parser.isSet(legal);
    if (parser.isSet(common.urgency)) {
        auto urgency = core::parseUrgency(parser.value(common.urgency));
        if (!urgency) {
            return context.fail(urgency.error());
        }
        request.urgency = *urgency;
    }
    if (parser.isSet(common.secrecy)) {
        auto secrecy = core::parseSecrecy(parser.value(common.secrecy));
        if (!secrecy) {
            return context.fail(secrecy.error());
        }
        request.secrecy = *secrecy;
    }
    auto files = readFiles(paths);
    if (!files) {
        return context.fail(files.error());
    }
    request.pdf = core::AttachmentInput{QFileInfo(paths.front()).fileName(), files->front().bytes};
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    request.checks = signing::trustStoreOptions((*workspace)->directory());
    request.checks.checkRevocationOnline = !parser.isSet(offline);
    auto added = core::DraftService(**workspace).addDraft(request);
    if (!added) {
        return context.fail(added.error());
    }
    if (context.json()) {
        context.printJson(core::documentToJson(*added));
    } else {
        context.printLine(DraftCommandText::tr("Added as document %1 (%2), state: %3.")
                              .arg(added->id.value)
                              .arg(added->uid, core::stateName(added->state)));
    }
    return ExitOk;
}

int listDrafts(CliContext& context)
{
    QCommandLineParser parser;
    if (auto exit = context.parse(parser, DraftCommandText::tr("List the outgoing documents waiting to be issued."),
                                  QStringLiteral("list"))) {
        return *exit;
    }
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto waiting = core::DraftService(**workspace).waitingForIssue();
    if (!waiting) {
        return context.fail(waiting.error());
    }
    if (context.json()) {
        QJsonArray array;
        for (const core::DocumentRecord& record : *waiting) {
            array.append(core::documentToJson(record));
        }
        context.printJson(array);
        return ExitOk;
    }
    TextTable table({DraftCommandText::tr("Id"), DraftCommandText::tr("State"), DraftCommandText::tr("Versions"),
                     DraftCommandText::tr("Signer"), DraftCommandText::tr("Subject")});
    for (const core::DocumentRecord& record : *waiting) {
        table.addRow({QString::number(record.id.value), core::stateName(record.state),
                      QString::number(record.versions.size()), record.fields.signerName,
                      TextTable::elide(record.fields.subject, 60)});
    }
    for (const QString& line : table.lines()) {
        context.printLine(line);
    }
    return ExitOk;
}

} // namespace

int runDraft(CliContext& context)
{
    if (context.action() == QLatin1String("add")) {
        return addDraft(context);
    }
    if (context.action() == QLatin1String("list")) {
        return listDrafts(context);
    }
    return context.usage(DraftCommandText::tr("Say what to do: \"draft add\" or \"draft list\"."));
}

} // namespace vanthu::cli
