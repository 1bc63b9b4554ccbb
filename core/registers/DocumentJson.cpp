// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/DocumentJson.h"

#include "common/IsoTime.h"
#include "common/JsonWriter.h"
#include "core/domain/DocumentType.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vanthu::core
{
namespace
{

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue(QJsonValue::Null);
}

QString typeName(const QString& key)
{
    const DocumentType* type = DocumentTypes::byKey(key);
    return type ? type->name : key;
}

void writeDate(JsonWriter& json, QStringView name, const QDate& date)
{
    json.nullableField(name, isoDate(date));
}

void writeFields(JsonWriter& json, const DocumentFields& fields)
{
    json.field(u"typeKey", fields.typeKey);
    json.field(u"typeName", typeName(fields.typeKey));
    json.field(u"legalNormative", fields.legalNormative);
    json.field(u"codeNumber", fields.code.number);
    json.field(u"codeNotation", fields.code.notation);
    json.field(u"code", fields.code.display());
    writeDate(json, u"issuedDate", fields.issuedDate);
    json.field(u"organName", fields.organName);
    json.field(u"organId", fields.organId);
    json.field(u"subject", fields.subject);
    json.field(u"signerPosition", fields.signerPosition);
    json.field(u"signerName", fields.signerName);
    json.field(u"urgency", urgencyKey(fields.urgency));
    json.field(u"secrecy", secrecyKey(fields.secrecy));
    json.field(u"language", fields.language);
    json.field(u"pageAmount", static_cast<qint64>(fields.pageAmount));
    json.field(u"description", fields.description);
    writeDate(json, u"dueDate", fields.dueDate);
    json.field(u"edxmlDocumentId", fields.edxmlDocumentId);
}

} // namespace

QByteArray documentJson(const DocumentRecord& record, const QString& eventId)
{
    JsonWriter json;
    json.beginObject();
    json.field(u"id", record.id.value);
    json.field(u"uid", record.uid);
    json.field(u"direction", directionKey(record.direction));
    json.field(u"state", stateKey(record.state));
    json.field(u"senderOrganId", record.senderOrganId);
    writeFields(json, record.fields);
    json.field(u"createdAt", isoUtcTimestamp(record.createdAt));
    json.field(u"createdBy", record.createdBy);
    if (record.incoming) {
        const IncomingDetails& entry = *record.incoming;
        json.key(u"incoming");
        json.beginObject();
        json.field(u"series", entry.seriesCode);
        json.field(u"year", static_cast<qint64>(entry.year));
        json.field(u"arrivalNumber", entry.arrivalNumber);
        writeDate(json, u"arrivalDate", entry.arrivalDate);
        json.field(u"arrivedAt", isoUtcTimestamp(entry.arrivedAt));
        json.field(u"toPlaces", entry.toPlaces);
        writeDate(json, u"transferDate", entry.transferDate);
        json.key(u"duplicateOf");
        if (entry.duplicateOf) {
            json.value(entry.duplicateOf->value);
        } else {
            json.nullValue();
        }
        json.field(u"duplicateReason", entry.duplicateReason);
        json.endObject();
    }
    if (record.outgoing) {
        const OutgoingDetails& entry = *record.outgoing;
        json.key(u"outgoing");
        json.beginObject();
        json.field(u"series", entry.seriesCode);
        json.field(u"year", static_cast<qint64>(entry.year));
        json.field(u"number", static_cast<qint64>(entry.number));
        json.field(u"draftingUnit", entry.draftingUnit);
        json.key(u"recipients");
        json.beginArray();
        for (const Recipient& recipient : entry.recipients) {
            json.beginObject();
            json.field(u"organId", recipient.organId);
            json.field(u"organName", recipient.organName);
            json.endObject();
        }
        json.endArray();
        json.field(u"copyHolder", entry.copyHolder);
        json.field(u"issuedAmount", static_cast<qint64>(entry.issuedAmount));
        writeDate(json, u"transferDate", entry.transferDate);
        json.endObject();
    }
    json.key(u"attachments");
    json.beginArray();
    for (const AttachmentRecord& attachment : record.attachments) {
        json.beginObject();
        json.field(u"ordinal", static_cast<qint64>(attachment.ordinal));
        json.field(u"fileName", attachment.fileName);
        json.field(u"sha256", attachment.sha256);
        json.field(u"size", attachment.size);
        json.field(u"pageCount", static_cast<qint64>(attachment.pageCount));
        json.endObject();
    }
    json.endArray();
    if (!eventId.isEmpty()) {
        json.field(u"event", eventId);
    }
    json.endObject();
    return json.bytes();
}

QJsonObject documentToJson(const DocumentRecord& record)
{
    return QJsonDocument::fromJson(documentJson(record)).object();
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
