// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/common/VietnamTime.h"
#include "core/domain/Urgency.h"
#include "core/registers/IncomingService.h"
#include "core/registers/OutgoingService.h"

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

Result<QList<core::AttachmentInput>> readFiles(const QStringList& paths)
{
    QList<core::AttachmentInput> files;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                         RegisterCommandText::tr("Could not read the file %1.").arg(path), file.errorString()};
        }
        files.append(core::AttachmentInput{path, file.readAll()});
    }
    return files;
}

Result<QDate> optionalDate(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option)) {
        return QDate();
    }
    const QDate date = parseFlexibleDate(parser.value(option));
    if (!date.isValid()) {
        return Error{
            ErrorCode::InvalidInput,
            RegisterCommandText::tr("\"%1\" is not a date; write 2026-03-05 or 05/03/2026.").arg(parser.value(option)),
            QStringLiteral("bad date")};
    }
    return date;
}

QJsonObject receiptJson(const core::RegistrationReceipt& receipt)
{
    QJsonArray attachments;
    for (const core::AttachmentRecord& attachment : receipt.attachments) {
        attachments.append(QJsonObject{{QStringLiteral("fileName"), attachment.fileName},
                                       {QStringLiteral("sha256"), attachment.sha256},
                                       {QStringLiteral("size"), attachment.size},
                                       {QStringLiteral("pageCount"), attachment.pageCount}});
    }
    return QJsonObject{
        {QStringLiteral("id"), receipt.id.value},
        {QStringLiteral("direction"), core::directionKey(receipt.direction)},
        {QStringLiteral("series"), receipt.seriesCode},
        {QStringLiteral("year"), receipt.year},
        {QStringLiteral("number"), receipt.number},
        {QStringLiteral("code"), receipt.code.display()},
        {QStringLiteral("registerDate"), receipt.registerDate.toString(Qt::ISODate)},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("duplicateOf"),
         receipt.duplicateOf ? QJsonValue(receipt.duplicateOf->value) : QJsonValue(QJsonValue::Null)},
    };
}

// Options both registers share.
struct CommonOptions
{
    QCommandLineOption type{QStringLiteral("type"),
                            RegisterCommandText::tr("Document type: name or abbreviation (QĐ, "
                                                    "\"Công văn\")."),
                            RegisterCommandText::tr("type")};
    QCommandLineOption subject{QStringLiteral("subject"), RegisterCommandText::tr("Subject (trích yếu)."),
                               RegisterCommandText::tr("text")};
    QCommandLineOption urgency{QStringLiteral("urgency"), RegisterCommandText::tr("khẩn, thượng khẩn or hỏa tốc."),
                               RegisterCommandText::tr("level")};
    QCommandLineOption secrecy{QStringLiteral("secrecy"), RegisterCommandText::tr("mật, tối mật or tuyệt mật."),
                               RegisterCommandText::tr("level")};
    QCommandLineOption signerName{QStringLiteral("signer-name"), RegisterCommandText::tr("Full name of the signer."),
                                  RegisterCommandText::tr("name")};
    QCommandLineOption signerPosition{QStringLiteral("signer-position"),
                                      RegisterCommandText::tr("Position of the signer."),
                                      RegisterCommandText::tr("text")};
    QCommandLineOption due{QStringLiteral("due"), RegisterCommandText::tr("Deadline for handling or reply."),
                           RegisterCommandText::tr("date")};
    QCommandLineOption note{QStringLiteral("note"), RegisterCommandText::tr("Notes (ghi chú)."),
                            RegisterCommandText::tr("text")};
    QCommandLineOption series{QStringLiteral("series"),
                              RegisterCommandText::tr("Code of the register or series to use."),
                              RegisterCommandText::tr("code")};
    QCommandLineOption transfer{QStringLiteral("transfer-date"),
                                RegisterCommandText::tr("Date handed on (ngày chuyển)."),
                                RegisterCommandText::tr("date")};
    QCommandLineOption pdf{QStringLiteral("pdf"),
                           RegisterCommandText::tr("PDF file of the document; repeat for more files."),
                           RegisterCommandText::tr("file")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions(
            {type, subject, urgency, secrecy, signerName, signerPosition, due, note, series, transfer, pdf});
    }
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
    parser.addOptions({number, date, author, authorId, receiver, edxmlId, pages, allowDuplicate});
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
    auto receipt = core::IncomingService(**workspace).registerDocument(request);
    if (!receipt) {
        return context.fail(receipt.error());
    }
    if (context.json()) {
        context.printJson(receiptJson(*receipt));
    } else {
        context.printLine(
            RegisterCommandText::tr("Registered as incoming number %1 of %2 in register %3 (document id %4).")
                .arg(receipt->number)
                .arg(receipt->year)
                .arg(receipt->seriesCode)
                .arg(receipt->id.value));
    }
    return ExitOk;
}

Result<core::Recipient> parseRecipient(const QString& text)
{
    // "ID|Name" when the identifier is known, else just the name.
    const qsizetype bar = text.indexOf(QLatin1Char('|'));
    if (bar < 0) {
        return core::Recipient{QString(), text};
    }
    return core::Recipient{text.left(bar), text.mid(bar + 1)};
}

int registerOutgoing(CliContext& context)
{
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption unit(QStringLiteral("unit"),
                                  RegisterCommandText::tr("Abbreviation of the drafting unit (needed for Công văn)."),
                                  RegisterCommandText::tr("abbr"));
    const QCommandLineOption recipient(
        QStringLiteral("to"),
        RegisterCommandText::tr("Recipient, as \"name\" or \"identifier|name\"; repeat for "
                                "more."),
        RegisterCommandText::tr("recipient"));
    const QCommandLineOption copies(QStringLiteral("copies"),
                                    RegisterCommandText::tr("Number of copies issued (default: one per recipient)."),
                                    RegisterCommandText::tr("n"));
    const QCommandLineOption copyHolder(QStringLiteral("copy-holder"),
                                        RegisterCommandText::tr("Unit or person keeping the file copy."),
                                        RegisterCommandText::tr("text"));
    const QCommandLineOption legal(
        QStringLiteral("legal-normative"),
        RegisterCommandText::tr("A legal normative document (numbered in its QPPL series)."));
    parser.addOptions({unit, recipient, copies, copyHolder, legal});
    if (auto exit =
            context.parse(parser, RegisterCommandText::tr("Register an outgoing document and give it its number."),
                          QStringLiteral("outgoing"))) {
        return *exit;
    }
    core::OutgoingRequest request;
    request.typeKey = parser.value(common.type);
    request.subject = parser.value(common.subject);
    request.seriesCode = parser.value(common.series);
    request.draftingUnit = parser.value(unit);
    request.signerName = parser.value(common.signerName);
    request.signerPosition = parser.value(common.signerPosition);
    request.copyHolder = parser.value(copyHolder);
    request.legalNormative = parser.isSet(legal);
    request.description = parser.value(common.note);
    for (const QString& text : parser.values(recipient)) {
        auto parsed = parseRecipient(text);
        if (!parsed) {
            return context.fail(parsed.error());
        }
        request.recipients.append(*parsed);
    }
    request.issuedAmount =
        parser.isSet(copies) ? parser.value(copies).toInt() : static_cast<int>(request.recipients.size());
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
    for (const auto& [option, target] :
         {std::pair{&common.due, &request.dueDate}, std::pair{&common.transfer, &request.transferDate}}) {
        auto parsed = optionalDate(parser, *option);
        if (!parsed) {
            return context.fail(parsed.error());
        }
        *target = *parsed;
    }
    auto files = readFiles(parser.values(common.pdf));
    if (!files) {
        return context.fail(files.error());
    }
    request.attachments = *files;

    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto receipt = core::OutgoingService(**workspace).registerDocument(request);
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
