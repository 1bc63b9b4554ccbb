// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/DocumentJson.h"

#include "core/domain/DocumentType.h"

#include <QJsonArray>

namespace vanthu::core {
namespace {

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString typeName(const QString& key)
{
    const DocumentType* type = DocumentTypes::byKey(key);
    return type ? type->name : key;
}

QJsonObject fieldsToJson(const DocumentFields& fields)
{
    return QJsonObject{
        {QStringLiteral("typeKey"), fields.typeKey},
        {QStringLiteral("typeName"), typeName(fields.typeKey)},
        {QStringLiteral("legalNormative"), fields.legalNormative},
        {QStringLiteral("codeNumber"), fields.code.number},
        {QStringLiteral("codeNotation"), fields.code.notation},
        {QStringLiteral("code"), fields.code.display()},
        {QStringLiteral("issuedDate"), dateJson(fields.issuedDate)},
        {QStringLiteral("organName"), fields.organName},
        {QStringLiteral("organId"), fields.organId},
        {QStringLiteral("subject"), fields.subject},
        {QStringLiteral("signerPosition"), fields.signerPosition},
        {QStringLiteral("signerName"), fields.signerName},
        {QStringLiteral("urgency"), urgencyKey(fields.urgency)},
        {QStringLiteral("secrecy"), secrecyKey(fields.secrecy)},
        {QStringLiteral("language"), fields.language},
        {QStringLiteral("pageAmount"), fields.pageAmount},
        {QStringLiteral("description"), fields.description},
        {QStringLiteral("dueDate"), dateJson(fields.dueDate)},
        {QStringLiteral("edxmlDocumentId"), fields.edxmlDocumentId},
    };
}

} // namespace

QJsonObject documentToJson(const DocumentRecord& record)
{
    QJsonObject json = fieldsToJson(record.fields);
    json.insert(QStringLiteral("id"), record.id.value);
    json.insert(QStringLiteral("direction"), directionKey(record.direction));
    json.insert(QStringLiteral("createdAt"), record.createdAt.toUTC().toString(Qt::ISODateWithMs));
    json.insert(QStringLiteral("createdBy"), record.createdBy);
    if (record.incoming) {
        const IncomingDetails& entry = *record.incoming;
        json.insert(QStringLiteral("incoming"),
                    QJsonObject{
                        {QStringLiteral("series"), entry.seriesCode},
                        {QStringLiteral("year"), entry.year},
                        {QStringLiteral("arrivalNumber"), entry.arrivalNumber},
                        {QStringLiteral("arrivalDate"), dateJson(entry.arrivalDate)},
                        {QStringLiteral("arrivedAt"), entry.arrivedAt.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("toPlaces"), entry.toPlaces},
                        {QStringLiteral("transferDate"), dateJson(entry.transferDate)},
                        {QStringLiteral("duplicateOf"),
                         entry.duplicateOf ? QJsonValue(entry.duplicateOf->value) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("duplicateReason"), entry.duplicateReason},
                    });
    }
    if (record.outgoing) {
        const OutgoingDetails& entry = *record.outgoing;
        QJsonArray recipients;
        for (const Recipient& recipient : entry.recipients) {
            recipients.append(QJsonObject{{QStringLiteral("organId"), recipient.organId},
                                          {QStringLiteral("organName"), recipient.organName}});
        }
        json.insert(QStringLiteral("outgoing"), QJsonObject{
                                                    {QStringLiteral("series"), entry.seriesCode},
                                                    {QStringLiteral("year"), entry.year},
                                                    {QStringLiteral("number"), entry.number},
                                                    {QStringLiteral("draftingUnit"), entry.draftingUnit},
                                                    {QStringLiteral("recipients"), recipients},
                                                    {QStringLiteral("copyHolder"), entry.copyHolder},
                                                    {QStringLiteral("issuedAmount"), entry.issuedAmount},
                                                    {QStringLiteral("transferDate"), dateJson(entry.transferDate)},
                                                });
    }
    QJsonArray attachments;
    for (const AttachmentRecord& attachment : record.attachments) {
        attachments.append(QJsonObject{
            {QStringLiteral("ordinal"), attachment.ordinal},
            {QStringLiteral("fileName"), attachment.fileName},
            {QStringLiteral("sha256"), attachment.sha256},
            {QStringLiteral("size"), attachment.size},
            {QStringLiteral("pageCount"), attachment.pageCount},
        });
    }
    json.insert(QStringLiteral("attachments"), attachments);
    return json;
}

QJsonObject registerRowToJson(const RegisterRow& row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.id.value},
        {QStringLiteral("direction"), directionKey(row.direction)},
        {QStringLiteral("series"), row.seriesCode},
        {QStringLiteral("year"), row.year},
        {QStringLiteral("number"), row.number},
        {QStringLiteral("registerDate"), dateJson(row.registerDate)},
        {QStringLiteral("code"), row.code.display()},
        {QStringLiteral("issuedDate"), dateJson(row.issuedDate)},
        {QStringLiteral("typeKey"), row.typeKey},
        {QStringLiteral("typeName"), typeName(row.typeKey)},
        {QStringLiteral("subject"), row.subject},
        {QStringLiteral("organName"), row.organName},
        {QStringLiteral("signerPosition"), row.signerPosition},
        {QStringLiteral("signerName"), row.signerName},
        {QStringLiteral("receivers"), row.receivers},
        {QStringLiteral("copyHolder"), row.copyHolder},
        {QStringLiteral("issuedAmount"), row.issuedAmount},
        {QStringLiteral("transferDate"), dateJson(row.transferDate)},
        {QStringLiteral("description"), row.description},
        {QStringLiteral("urgency"), urgencyKey(row.urgency)},
        {QStringLiteral("secrecy"), secrecyKey(row.secrecy)},
        {QStringLiteral("attachmentCount"), row.attachmentCount},
    };
}

QJsonObject seriesToJson(const NumberingSeries& series)
{
    return QJsonObject{
        {QStringLiteral("id"), series.id},
        {QStringLiteral("code"), series.code},
        {QStringLiteral("name"), series.name},
        {QStringLiteral("direction"), directionKey(series.direction)},
        {QStringLiteral("scope"), seriesScopeKey(series.scope)},
        {QStringLiteral("typeKeys"), QJsonArray::fromStringList(series.typeKeys)},
        {QStringLiteral("legalNormative"), series.legalNormative},
        {QStringLiteral("issuerAbbreviation"), series.issuerAbbreviation},
    };
}

} // namespace vanthu::core
