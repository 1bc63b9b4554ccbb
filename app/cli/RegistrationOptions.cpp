// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/RegistrationOptions.h"

#include "common/VietnamTime.h"
#include "core/domain/Urgency.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace vanthu::cli
{
namespace
{

// The translation context of the register command, where these options first appeared.
struct RegisterCommandText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCommandText)
};

Result<core::Recipient> parseRecipient(const QString& text)
{
    // "ID|Name" when the identifier is known, else just the name.
    const qsizetype bar = text.indexOf(QLatin1Char('|'));
    if (bar < 0) {
        return core::Recipient{QString(), text};
    }
    return core::Recipient{text.left(bar), text.mid(bar + 1)};
}

} // namespace

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

CommonOptions::CommonOptions()
    : type(QStringLiteral("type"),
           RegisterCommandText::tr("Document type: name or abbreviation (QĐ, "
                                   "\"Công văn\")."),
           RegisterCommandText::tr("type"))
    , subject(QStringLiteral("subject"), RegisterCommandText::tr("Subject (trích yếu)."),
              RegisterCommandText::tr("text"))
    , urgency(QStringLiteral("urgency"), RegisterCommandText::tr("khẩn, thượng khẩn or hỏa tốc."),
              RegisterCommandText::tr("level"))
    , secrecy(QStringLiteral("secrecy"), RegisterCommandText::tr("mật, tối mật or tuyệt mật."),
              RegisterCommandText::tr("level"))
    , signerName(QStringLiteral("signer-name"), RegisterCommandText::tr("Full name of the signer."),
                 RegisterCommandText::tr("name"))
    , signerPosition(QStringLiteral("signer-position"), RegisterCommandText::tr("Position of the signer."),
                     RegisterCommandText::tr("text"))
    , due(QStringLiteral("due"), RegisterCommandText::tr("Deadline for handling or reply."),
          RegisterCommandText::tr("date"))
    , note(QStringLiteral("note"), RegisterCommandText::tr("Notes (ghi chú)."), RegisterCommandText::tr("text"))
    , series(QStringLiteral("series"), RegisterCommandText::tr("Code of the register or series to use."),
             RegisterCommandText::tr("code"))
    , transfer(QStringLiteral("transfer-date"), RegisterCommandText::tr("Date handed on (ngày chuyển)."),
               RegisterCommandText::tr("date"))
    , pdf(QStringLiteral("pdf"), RegisterCommandText::tr("PDF file of the document; repeat for more files."),
          RegisterCommandText::tr("file"))
{
}

void CommonOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({type, subject, urgency, secrecy, signerName, signerPosition, due, note, series, transfer, pdf});
}

OutgoingOptions::OutgoingOptions()
    : unit(QStringLiteral("unit"), RegisterCommandText::tr("Abbreviation of the drafting unit (needed for Công văn)."),
           RegisterCommandText::tr("abbr"))
    , recipient(QStringLiteral("to"),
                RegisterCommandText::tr("Recipient, as \"name\" or \"identifier|name\"; repeat for "
                                        "more."),
                RegisterCommandText::tr("recipient"))
    , copies(QStringLiteral("copies"), RegisterCommandText::tr("Number of copies issued (default: one per recipient)."),
             RegisterCommandText::tr("n"))
    , copyHolder(QStringLiteral("copy-holder"), RegisterCommandText::tr("Unit or person keeping the file copy."),
                 RegisterCommandText::tr("text"))
    , legal(QStringLiteral("legal-normative"),
            RegisterCommandText::tr("A legal normative document (numbered in its QPPL series)."))
{
}

void OutgoingOptions::addTo(QCommandLineParser& parser) const
{
    common.addTo(parser);
    parser.addOptions({unit, recipient, copies, copyHolder, legal});
}

Result<core::OutgoingRequest> OutgoingOptions::request(const QCommandLineParser& parser) const
{
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
            return parsed.error();
        }
        request.recipients.append(*parsed);
    }
    request.issuedAmount =
        parser.isSet(copies) ? parser.value(copies).toInt() : static_cast<int>(request.recipients.size());
    if (parser.isSet(common.urgency)) {
        auto urgency = core::parseUrgency(parser.value(common.urgency));
        if (!urgency) {
            return urgency.error();
        }
        request.urgency = *urgency;
    }
    if (parser.isSet(common.secrecy)) {
        auto secrecy = core::parseSecrecy(parser.value(common.secrecy));
        if (!secrecy) {
            return secrecy.error();
        }
        request.secrecy = *secrecy;
    }
    for (const auto& [option, target] :
         {std::pair{&common.due, &request.dueDate}, std::pair{&common.transfer, &request.transferDate}}) {
        auto parsed = optionalDate(parser, *option);
        if (!parsed) {
            return parsed.error();
        }
        *target = *parsed;
    }
    auto files = readFiles(parser.values(common.pdf));
    if (!files) {
        return files.error();
    }
    request.attachments = *files;

    return request;
}

} // namespace vanthu::cli
