// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-cli attach: a file that reaches a document later becomes a new version, as "Thêm tệp…" in the window.
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/RegistrationOptions.h"
#include "core/Workspace.h"
#include "core/registers/FileAdditionService.h"
#include "signing/verify/Validation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct AttachCommandText
{
    Q_DECLARE_TR_FUNCTIONS(AttachCommandText)
};

} // namespace

int runAttach(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption pdf(QStringLiteral("pdf"), AttachCommandText::tr("The PDF to add."),
                                 AttachCommandText::tr("file"));
    const QCommandLineOption replaces(QStringLiteral("replaces"),
                                      AttachCommandText::tr("Add it as a new version of this file of the document "
                                                            "(1 is the main file); without it, a new file."),
                                      QStringLiteral("N"));
    const QCommandLineOption reason(QStringLiteral("reason"), AttachCommandText::tr("Why the file is added."),
                                    AttachCommandText::tr("text"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     AttachCommandText::tr("Check its signatures without asking revocation "
                                                           "responders."));
    parser.addOptions({pdf, replaces, reason, offline});
    if (auto exit = context.parse(parser,
                                  AttachCommandText::tr("Add a file to a document later, as a new version: nothing "
                                                        "is replaced, the history keeps every version."),
                                  QStringLiteral("ID"))) {
        return *exit;
    }
    const auto id = context.documentId();
    if (!id || !parser.isSet(pdf)) {
        return context.usage(AttachCommandText::tr("Give the document id, --pdf and --reason, e.g. \"attach 17 --pdf "
                                                   "phu-luc.pdf --reason \"phụ lục gửi sau\"\"."));
    }
    core::FileAddition addition;
    addition.document = *id;
    addition.reason = parser.value(reason);
    if (parser.isSet(replaces)) {
        bool valid = false;
        addition.replaces = parser.value(replaces).toInt(&valid);
        if (!valid || *addition.replaces < 1) {
            return context.usage(AttachCommandText::tr("--replaces takes the number of a file, from 1."));
        }
    }
    auto files = readFiles({parser.value(pdf)});
    if (!files) {
        return context.fail(files.error());
    }
    addition.pdf = core::AttachmentInput{QFileInfo(parser.value(pdf)).fileName(), files->front().bytes};
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    addition.checks = signing::trustStoreOptions((*workspace)->directory());
    addition.checks.checkRevocationOnline = !parser.isSet(offline);
    auto added = core::FileAdditionService(**workspace).addFile(addition);
    if (!added) {
        return context.fail(added.error());
    }
    const core::DocumentVersion& version = added->document.versions.back();
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("document"), id->value},
                                      {QStringLiteral("version"), version.number},
                                      {QStringLiteral("attachment"), version.attachmentOrdinal},
                                      {QStringLiteral("kind"), core::versionKindKey(version.kind)},
                                      {QStringLiteral("sha256"), version.sha256},
                                      {QStringLiteral("signatures"), signing::verdictName(added->check.verdict)}});
    } else {
        context.printLine(AttachCommandText::tr("Added to document %1 as version %2 of file %3; signatures: %4.")
                              .arg(id->value)
                              .arg(version.number)
                              .arg(version.attachmentOrdinal)
                              .arg(signing::verdictName(added->check.verdict)));
    }
    return ExitOk;
}

} // namespace vanthu::cli
