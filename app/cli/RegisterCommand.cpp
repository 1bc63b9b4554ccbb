// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/RegistrationOptions.h"
#include "common/VietnamTime.h"
#include "core/domain/Urgency.h"
#include "core/registers/IncomingService.h"
#include "core/registers/OutgoingService.h"
#include "signing/verify/ReportJson.h"
#include "signing/verify/Validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct RegisterCommandText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCommandText)
};

int registerIncoming(CliContext& context)
{
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption number(QStringLiteral("number"),
                                    RegisterCommandText::tr("Number and symbol as written on the document, e.g. "
                                                            "05/QĐ-UBND."),
                                    RegisterCommandText::tr("text"));
    const QCommandLineOption date(QStringLiteral("date"), RegisterCommandText::tr("Date of the document."),
                                  RegisterCommandText::tr("date"));
    const QCommandLineOption author(QStringLiteral("author"), RegisterCommandText::tr("Issuing agency (tác giả)."),
                                    RegisterCommandText::tr("name"));
    const QCommandLineOption authorId(QStringLiteral("author-id"),
                                      RegisterCommandText::tr("Identifier (mã định danh) of the issuing agency."),
                                      RegisterCommandText::tr("id"));
    const QCommandLineOption receiver(QStringLiteral("to"), RegisterCommandText::tr("Receiving unit or person."),
                                      RegisterCommandText::tr("text"));
    const QCommandLineOption edxmlId(QStringLiteral("edxml-id"),
                                     RegisterCommandText::tr("edXML DocumentId, when received "
                                                             "electronically."),
                                     RegisterCommandText::tr("id"));
    const QCommandLineOption pages(QStringLiteral("pages"), RegisterCommandText::tr("Page count of a paper document."),
                                   RegisterCommandText::tr("n"));
    const QCommandLineOption allowDuplicate(QStringLiteral("allow-duplicate"),
                                            RegisterCommandText::tr("Register even though it looks like a document "
                                                                    "already registered; give the reason."),
                                            RegisterCommandText::tr("reason"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     RegisterCommandText::tr("Check the signatures of the PDFs without asking "
                                                             "revocation responders."));
    parser.addOptions({number, date, author, authorId, receiver, edxmlId, pages, allowDuplicate, offline});
    if (auto exit = context.parse(parser, RegisterCommandText::tr("Register a received document."),
                                  QStringLiteral("incoming"))) {
        return *exit;
    }
    core::IncomingRequest request;
    core::DocumentFields& fields = request.fields;
    fields.typeKey = parser.value(common.type);
    auto code = core::parseDocumentCode(parser.value(number));
    if (!code) {
        return context.fail(code.error());
    }
    fields.code = *code;
    fields.issuedDate = parseFlexibleDate(parser.value(date));
    fields.organName = parser.value(author);
    fields.organId = parser.value(authorId);
    fields.subject = parser.value(common.subject);
    fields.signerName = parser.value(common.signerName);
    fields.signerPosition = parser.value(common.signerPosition);
    fields.description = parser.value(common.note);
    fields.edxmlDocumentId = parser.value(edxmlId);
    fields.pageAmount = parser.value(pages).toInt();
    if (parser.isSet(common.urgency)) {
        auto urgency = core::parseUrgency(parser.value(common.urgency));
        if (!urgency) {
            return context.fail(urgency.error());
        }
        fields.urgency = *urgency;
    }
    if (parser.isSet(common.secrecy)) {
        auto secrecy = core::parseSecrecy(parser.value(common.secrecy));
        if (!secrecy) {
            return context.fail(secrecy.error());
        }
        fields.secrecy = *secrecy;
    }
    for (const auto& [option, target] :
         {std::pair{&common.due, &fields.dueDate}, std::pair{&common.transfer, &request.transferDate}}) {
        auto parsed = optionalDate(parser, *option);
        if (!parsed) {
            return context.fail(parsed.error());
        }
        *target = *parsed;
    }
    if (parser.isSet(date) && !fields.issuedDate.isValid()) {
        return context.usage(
            RegisterCommandText::tr("\"%1\" is not a date; write 2026-03-05 or 05/03/2026.").arg(parser.value(date)));
    }
    request.seriesCode = parser.value(common.series);
    request.toPlaces = parser.value(receiver);
    request.duplicateOverride.allowed = parser.isSet(allowDuplicate);
    request.duplicateOverride.reason = parser.value(allowDuplicate);
    auto files = readFiles(parser.values(common.pdf));
    if (!files) {
        return context.fail(files.error());
    }
    request.attachments = *files;

    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    // As in the window: each PDF's signatures are checked before it is registered and the report is stored with
    // its version, so the register shows what the clerk was shown.
    signing::ValidationOptions checks = signing::trustStoreOptions((*workspace)->directory());
    checks.checkRevocationOnline = !parser.isSet(offline);
    QStringList verdicts;
    for (core::AttachmentInput& attachment : request.attachments) {
        auto report = signing::validatePdf(attachment.bytes, checks);
        if (report) {
            attachment.verificationReport = signing::reportJsonBytes(*report);
            verdicts.append(signing::verdictName(report->verdict));
        }
    }
    auto receipt = core::IncomingService(**workspace).registerDocument(request);
    if (!receipt) {
        return context.fail(receipt.error());
    }
    if (context.json()) {
        QJsonObject json = receiptJson(*receipt);
        json.insert(QStringLiteral("signatures"), QJsonArray::fromStringList(verdicts));
        context.printJson(json);
    } else {
        if (!verdicts.isEmpty()) {
            context.printLine(
                RegisterCommandText::tr("Signatures checked: %1.").arg(verdicts.join(QStringLiteral(", "))));
        }
        context.printLine(
            RegisterCommandText::tr("Registered as incoming number %1 of %2 in register %3 (document id %4).")
                .arg(receipt->number)
                .arg(receipt->year)
                .arg(receipt->seriesCode)
                .arg(receipt->id.value));
    }
    return ExitOk;
}

int registerOutgoing(CliContext& context)
{
    QCommandLineParser parser;
    const OutgoingOptions options;
    options.addTo(parser);
    if (auto exit =
            context.parse(parser, RegisterCommandText::tr("Register an outgoing document and give it its number."),
                          QStringLiteral("outgoing"))) {
        return *exit;
    }
    auto request = options.request(parser);
    if (!request) {
        return context.fail(request.error());
    }

    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto receipt = core::OutgoingService(**workspace).registerDocument(*request);
    if (!receipt) {
        return context.fail(receipt.error());
    }
    if (context.json()) {
        context.printJson(receiptJson(*receipt));
    } else {
        context.printLine(
            RegisterCommandText::tr("Registered as %1, dated %2, in series %3 (document id %4).")
                .arg(receipt->code.display(), vietnameseShortDate(receipt->registerDate), receipt->seriesCode)
                .arg(receipt->id.value));
    }
    return ExitOk;
}

} // namespace

int runRegister(CliContext& context)
{
    const auto direction = core::parseDirection(context.action());
    if (!direction) {
        return context.usage(
            RegisterCommandText::tr("Say which register: \"register incoming\" or \"register outgoing\"."));
    }
    return *direction == core::Direction::Incoming ? registerIncoming(context) : registerOutgoing(context);
}

} // namespace vanthu::cli
