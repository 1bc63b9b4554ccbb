// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-cli issue: what the window's Issue does, for scripts and for the kill loop that proves issuing atomic.
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/GuiModule.h"
#include "app/cli/KeyOptions.h"
#include "app/cli/RegistrationOptions.h"
#include "app/cli/TerminalSecretPrompt.h"
#include "common/VietnamTime.h"
#include "core/Workspace.h"
#include "core/registers/IssueService.h"
#include "core/registers/RegisterService.h"
#include "signing/verify/Validation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct IssueCommandText
{
    Q_DECLARE_TR_FUNCTIONS(IssueCommandText)
};

/** What the draft says fills what the command line leaves out. */
void fillFromDraft(core::OutgoingRequest& request, const core::DocumentRecord& draft, const QCommandLineParser& parser,
                   const OutgoingOptions& options)
{
    const core::DocumentFields& fields = draft.fields;
    const struct
    {
        const QCommandLineOption& option;
        QString& target;
        const QString& value;
    } texts[] = {
        {options.common.type, request.typeKey, fields.typeKey},
        {options.common.subject, request.subject, fields.subject},
        {options.common.signerName, request.signerName, fields.signerName},
        {options.common.signerPosition, request.signerPosition, fields.signerPosition},
        {options.common.note, request.description, fields.description},
    };
    for (const auto& text : texts) {
        if (!parser.isSet(text.option)) {
            text.target = text.value;
        }
    }
    if (!parser.isSet(options.common.urgency)) {
        request.urgency = fields.urgency;
    }
    if (!parser.isSet(options.common.secrecy)) {
        request.secrecy = fields.secrecy;
    }
    if (!parser.isSet(options.legal)) {
        request.legalNormative = fields.legalNormative;
    }
}

} // namespace

int runIssue(CliContext& context)
{
    QCommandLineParser parser;
    const OutgoingOptions outgoing;
    outgoing.addTo(parser);
    const KeyOptions keyOptions;
    keyOptions.addTo(parser);
    const QCommandLineOption signedPdf(QStringLiteral("signed"),
                                       IssueCommandText::tr("The PDF the leader signed (with the prepared number "
                                                            "and date fields)."),
                                       IssueCommandText::tr("file"));
    const QCommandLineOption seal(QStringLiteral("seal"), IssueCommandText::tr("Image of the agency's seal (PNG)."),
                                  IssueCommandText::tr("file"));
    const QCommandLineOption sealSize(QStringLiteral("seal-diameter"),
                                      IssueCommandText::tr("Real diameter of the seal in millimetres (default 36)."),
                                      QStringLiteral("mm"), QStringLiteral("36"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    IssueCommandText::tr("Reason shown with the agency signature."),
                                    IssueCommandText::tr("text"));
    const QCommandLineOption location(QStringLiteral("location"), IssueCommandText::tr("Place of signing."),
                                      IssueCommandText::tr("text"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     IssueCommandText::tr("Check the leader's signature without asking revocation "
                                                          "responders."));
    const QCommandLineOption draft(QStringLiteral("document"),
                                   IssueCommandText::tr("Issue this document of the workspace, signed there by the "
                                                        "leader (\"sign --document\"); its fields are the defaults."),
                                   IssueCommandText::tr("id"));
    parser.addOptions({signedPdf, draft, seal, sealSize, reason, location, offline});
    if (auto exit = context.parse(
            parser,
            IssueCommandText::tr("Issue a document the leader signed: check the signature, take the next number, "
                                 "fill number and date, add the agency signature with the seal, and register it, "
                                 "all or nothing."),
            QString())) {
        return *exit;
    }
    if (parser.isSet(signedPdf) == parser.isSet(draft) || !parser.isSet(seal)) {
        return context.usage(IssueCommandText::tr("--seal and one of --signed or --document are required."));
    }
    if (auto missing = keyOptions.incomplete(parser)) {
        return context.usage(*missing);
    }
    bool ok = false;
    core::IssueRequest request;
    request.sealDiameterMillimetres = parser.value(sealSize).toDouble(&ok);
    if (!ok || request.sealDiameterMillimetres < 10 || request.sealDiameterMillimetres > 80) {
        return context.usage(IssueCommandText::tr("--seal-diameter must be between 10 and 80 millimetres."));
    }
    auto document = outgoing.request(parser);
    if (!document) {
        return context.fail(document.error());
    }
    request.document = *document;
    auto files = readFiles(parser.isSet(draft) ? QStringList{parser.value(seal)}
                                               : QStringList{parser.value(seal), parser.value(signedPdf)});
    if (!files) {
        return context.fail(files.error());
    }
    request.sealImage = files->at(0).bytes;
    if (!parser.isSet(draft)) {
        request.signedByLeader =
            core::AttachmentInput{QFileInfo(parser.value(signedPdf)).fileName(), files->at(1).bytes};
    }
    request.signature.reason = parser.value(reason);
    request.signature.location = parser.value(location);
    if (auto applied = keyOptions.applyTo(parser, request.signature); !applied) {
        return context.fail(applied.error());
    }
    auto renderer = appearanceRenderer();
    if (!renderer) {
        return context.fail(renderer.error());
    }
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    if (parser.isSet(draft)) {
        bool valid = false;
        const qint64 id = parser.value(draft).toLongLong(&valid);
        if (!valid || id <= 0) {
            return context.usage(IssueCommandText::tr("--document takes a document id (see \"draft list\")."));
        }
        request.draft = core::DocumentId{id};
        auto record = core::RegisterService(**workspace).document(*request.draft);
        if (!record) {
            return context.fail(record.error());
        }
        fillFromDraft(request.document, *record, parser, outgoing);
    }
    request.checks = signing::trustStoreOptions((*workspace)->directory());
    request.checks.checkRevocationOnline = !parser.isSet(offline);
    // The PIN is asked before anything is locked or numbered.
    TerminalSecretPrompt prompt;
    auto key = keyOptions.open(parser, prompt);
    if (!key) {
        return context.fail(key.error());
    }
    auto issued = core::IssueService(**workspace, **renderer).issue(request, **key);
    if (!issued) {
        return context.fail(issued.error());
    }
    const core::RegistrationReceipt& receipt = issued->receipt;
    if (context.json()) {
        QJsonObject json = receiptJson(receipt);
        json.insert(QStringLiteral("leaderSignature"), signing::verdictName(issued->leaderCheck.verdict));
        json.insert(QStringLiteral("issuedCheck"), signing::verdictName(issued->issuedCheck.verdict));
        context.printJson(json);
    } else {
        context.printLine(
            IssueCommandText::tr("Issued as %1, dated %2, in series %3 (document id %4).")
                .arg(receipt.code.display(), vietnameseShortDate(receipt.registerDate), receipt.seriesCode)
                .arg(receipt.id.value));
        context.printLine(IssueCommandText::tr("Leader's signature: %1; issued PDF checked: %2.")
                              .arg(signing::verdictName(issued->leaderCheck.verdict),
                                   signing::verdictName(issued->issuedCheck.verdict)));
    }
    return ExitOk;
}

} // namespace vanthu::cli
