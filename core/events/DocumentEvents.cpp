// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/events/DocumentEvents.h"

#include "common/IsoTime.h"
#include "common/JsonWriter.h"
#include "common/Uuid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vanthu::core::events
{
namespace
{

struct DocumentEventsText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentEventsText)
};

void writeDate(JsonWriter& json, QStringView name, const QDate& date)
{
    json.nullableField(name, isoDate(date));
}

void writeFields(JsonWriter& json, const DocumentFields& fields)
{
    json.key(u"fields");
    json.beginObject();
    json.field(u"typeKey", fields.typeKey);
    json.field(u"legalNormative", fields.legalNormative);
    json.field(u"codeNumber", fields.code.number);
    json.field(u"codeNotation", fields.code.notation);
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
    json.endObject();
}

void writeIncoming(JsonWriter& json, const IncomingDetails& entry)
{
    json.key(u"incoming");
    json.beginObject();
    json.field(u"series", entry.seriesCode);
    json.field(u"year", static_cast<qint64>(entry.year));
    json.field(u"arrivalNumber", entry.arrivalNumber);
    writeDate(json, u"arrivalDate", entry.arrivalDate);
    json.field(u"arrivedAt", isoUtcTimestamp(entry.arrivedAt));
    json.field(u"toPlaces", entry.toPlaces);
    writeDate(json, u"transferDate", entry.transferDate);
    json.field(u"duplicateReason", entry.duplicateReason);
    json.endObject();
}

void writeOutgoing(JsonWriter& json, const OutgoingDetails& entry)
{
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

void writeVersions(JsonWriter& json, const QList<DocumentVersion>& versions)
{
    json.key(u"versions");
    json.beginArray();
    for (const DocumentVersion& version : versions) {
        json.beginObject();
        json.field(u"number", static_cast<qint64>(version.number));
        json.field(u"attachment", static_cast<qint64>(version.attachmentOrdinal));
        json.field(u"kind", versionKindKey(version.kind));
        json.field(u"sha256", version.sha256);
        json.field(u"size", version.size);
        json.field(u"fileName", version.fileName);
        json.endObject();
    }
    json.endArray();
}

QDate dateOf(const QJsonObject& object, const char* name)
{
    return QDate::fromString(object.value(QLatin1String(name)).toString(), Qt::ISODate);
}

Error corrupt(const EventRecord& event, const QString& what)
{
    return Error{ErrorCode::Corrupt,
                 DocumentEventsText::tr("A recorded change of a document cannot be read (event %1).").arg(event.id),
                 QStringLiteral("%1 payload: %2").arg(event.type, what)};
}

EventRecord newEvent(const char* type, const QString& uid, const QDateTime& at, const QString& actor)
{
    EventRecord event;
    event.id = newTimeOrderedUuid();
    event.documentUid = uid;
    event.type = QString::fromLatin1(type);
    event.schema = 1;
    event.at = at;
    event.actor = actor;
    return event;
}

} // namespace

EventRecord correctedEvent(const QString& uid, const QString& field, const QString& before, const QString& after,
                           const QString& reason, const QDateTime& at, const QString& actor)
{
    EventRecord event = newEvent(documentCorrected, uid, at, actor);
    JsonWriter json;
    json.beginObject();
    json.field(u"uid", uid);
    json.field(u"field", field);
    json.field(u"from", before);
    json.field(u"to", after);
    json.field(u"reason", reason);
    json.endObject();
    event.payload = json.bytes();
    return event;
}

EventRecord voidedEvent(const QString& uid, const QString& series, int year, qint64 number, const QString& reason,
                        const QDateTime& at, const QString& actor)
{
    EventRecord event = newEvent(documentVoided, uid, at, actor);
    JsonWriter json;
    json.beginObject();
    json.field(u"uid", uid);
    json.field(u"series", series);
    json.field(u"year", static_cast<qint64>(year));
    json.field(u"number", number);
    json.field(u"reason", reason);
    json.endObject();
    event.payload = json.bytes();
    return event;
}

EventRecord approvedEvent(const QString& uid, int versionNumber, const QString& sha256, const QString& how,
                          const QDateTime& at, const QString& actor)
{
    EventRecord event = newEvent(documentApproved, uid, at, actor);
    JsonWriter json;
    json.beginObject();
    json.field(u"uid", uid);
    json.field(u"version", static_cast<qint64>(versionNumber));
    json.field(u"sha256", sha256);
    json.field(u"by", how);
    json.endObject();
    event.payload = json.bytes();
    return event;
}

EventRecord signedEvent(const QString& uid, const DocumentVersion& signedVersion, const QString& parentSha256,
                        const QString& signerSubject, const QDateTime& at, const QString& actor)
{
    EventRecord event = newEvent(documentSigned, uid, at, actor);
    JsonWriter json;
    json.beginObject();
    json.field(u"uid", uid);
    json.field(u"version", static_cast<qint64>(signedVersion.number));
    json.field(u"attachment", static_cast<qint64>(signedVersion.attachmentOrdinal));
    json.field(u"sha256", signedVersion.sha256);
    json.field(u"size", signedVersion.size);
    json.field(u"fileName", signedVersion.fileName);
    json.field(u"parentSha256", parentSha256);
    json.field(u"signer", signerSubject);
    json.endObject();
    event.payload = json.bytes();
    return event;
}

EventRecord fileAddedEvent(const QString& uid, const DocumentVersion& version, const QString& parentSha256,
                           const QString& reason, const QDateTime& at, const QString& actor)
{
    EventRecord event = newEvent(documentFileAdded, uid, at, actor);
    JsonWriter json;
    json.beginObject();
    json.field(u"uid", uid);
    json.field(u"version", static_cast<qint64>(version.number));
    json.field(u"attachment", static_cast<qint64>(version.attachmentOrdinal));
    json.field(u"kind", versionKindKey(version.kind));
    json.field(u"sha256", version.sha256);
    json.field(u"size", version.size);
    json.field(u"fileName", version.fileName);
    json.field(u"parentSha256", parentSha256);
    json.field(u"reason", reason);
    json.endObject();
    event.payload = json.bytes();
    return event;
}

namespace
{

EventRecord recordEvent(const char* type, const DocumentRecord& record)
{
    EventRecord event = newEvent(type, record.uid, record.createdAt, record.createdBy);
    event.schema = documentRegisteredSchema;
    JsonWriter json;
    json.beginObject();
    json.field(u"uid", record.uid);
    json.field(u"direction", directionKey(record.direction));
    json.field(u"state", stateKey(record.state));
    json.field(u"senderOrganId", record.senderOrganId);
    writeFields(json, record.fields);
    if (record.incoming) {
        writeIncoming(json, *record.incoming);
    }
    if (record.outgoing) {
        writeOutgoing(json, *record.outgoing);
    }
    writeVersions(json, record.versions);
    json.field(u"createdAt", isoUtcTimestamp(record.createdAt));
    json.field(u"createdBy", record.createdBy);
    json.endObject();
    event.payload = json.bytes();
    return event;
}

} // namespace

EventRecord registeredEvent(const DocumentRecord& record)
{
    return recordEvent(documentRegistered, record);
}

EventRecord draftedEvent(const DocumentRecord& record)
{
    return recordEvent(documentDrafted, record);
}

Result<DocumentRecord> decodeRegistered(const EventRecord& event)
{
    if (event.type != QLatin1String(documentRegistered) && event.type != QLatin1String(documentDrafted)) {
        return corrupt(event, QStringLiteral("type %1").arg(event.type));
    }
    if (event.schema > documentRegisteredSchema) {
        return Error{ErrorCode::Unsupported,
                     DocumentEventsText::tr("A change recorded by a newer VanThu cannot be read here; update VanThu."),
                     QStringLiteral("%1 schema %2").arg(event.type).arg(event.schema)};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(event.payload, &parseError);
    if (!document.isObject()) {
        return corrupt(event, parseError.errorString());
    }
    const QJsonObject root = document.object();
    DocumentRecord record;
    record.uid = root.value(QLatin1String("uid")).toString();
    const auto direction = parseDirection(root.value(QLatin1String("direction")).toString());
    const auto state = parseState(root.value(QLatin1String("state")).toString());
    if (record.uid.isEmpty() || record.uid != event.documentUid || !direction || !state) {
        return corrupt(event, QStringLiteral("uid, direction or state"));
    }
    record.direction = *direction;
    record.state = *state;
    record.senderOrganId = root.value(QLatin1String("senderOrganId")).toString();
    const QJsonObject fieldsObject = root.value(QLatin1String("fields")).toObject();
    DocumentFields& fields = record.fields;
    fields.typeKey = fieldsObject.value(QLatin1String("typeKey")).toString();
    fields.legalNormative = fieldsObject.value(QLatin1String("legalNormative")).toBool();
    fields.code = DocumentCode{fieldsObject.value(QLatin1String("codeNumber")).toString(),
                               fieldsObject.value(QLatin1String("codeNotation")).toString()};
    fields.issuedDate = dateOf(fieldsObject, "issuedDate");
    fields.organName = fieldsObject.value(QLatin1String("organName")).toString();
    fields.organId = fieldsObject.value(QLatin1String("organId")).toString();
    fields.subject = fieldsObject.value(QLatin1String("subject")).toString();
    fields.signerPosition = fieldsObject.value(QLatin1String("signerPosition")).toString();
    fields.signerName = fieldsObject.value(QLatin1String("signerName")).toString();
    const auto urgency = parseUrgency(fieldsObject.value(QLatin1String("urgency")).toString());
    const auto secrecy = parseSecrecy(fieldsObject.value(QLatin1String("secrecy")).toString());
    if (!urgency || !secrecy) {
        return corrupt(event, QStringLiteral("urgency or secrecy"));
    }
    fields.urgency = *urgency;
    fields.secrecy = *secrecy;
    fields.language = fieldsObject.value(QLatin1String("language")).toString();
    fields.pageAmount = fieldsObject.value(QLatin1String("pageAmount")).toInt();
    fields.description = fieldsObject.value(QLatin1String("description")).toString();
    fields.dueDate = dateOf(fieldsObject, "dueDate");
    fields.edxmlDocumentId = fieldsObject.value(QLatin1String("edxmlDocumentId")).toString();
    if (const QJsonValue incoming = root.value(QLatin1String("incoming")); incoming.isObject()) {
        const QJsonObject entry = incoming.toObject();
        IncomingDetails details;
        details.seriesCode = entry.value(QLatin1String("series")).toString();
        details.year = entry.value(QLatin1String("year")).toInt();
        details.arrivalNumber = entry.value(QLatin1String("arrivalNumber")).toInteger();
        details.arrivalDate = dateOf(entry, "arrivalDate");
        details.arrivedAt =
            QDateTime::fromString(entry.value(QLatin1String("arrivedAt")).toString(), Qt::ISODateWithMs);
        details.toPlaces = entry.value(QLatin1String("toPlaces")).toString();
        details.transferDate = dateOf(entry, "transferDate");
        details.duplicateReason = entry.value(QLatin1String("duplicateReason")).toString();
        record.incoming = details;
    }
    if (const QJsonValue outgoing = root.value(QLatin1String("outgoing")); outgoing.isObject()) {
        const QJsonObject entry = outgoing.toObject();
        OutgoingDetails details;
        details.seriesCode = entry.value(QLatin1String("series")).toString();
        details.year = entry.value(QLatin1String("year")).toInt();
        details.number = entry.value(QLatin1String("number")).toInt();
        details.draftingUnit = entry.value(QLatin1String("draftingUnit")).toString();
        for (const QJsonValue& item : entry.value(QLatin1String("recipients")).toArray()) {
            const QJsonObject recipient = item.toObject();
            details.recipients.append(Recipient{recipient.value(QLatin1String("organId")).toString(),
                                                recipient.value(QLatin1String("organName")).toString()});
        }
        details.copyHolder = entry.value(QLatin1String("copyHolder")).toString();
        details.issuedAmount = entry.value(QLatin1String("issuedAmount")).toInt();
        details.transferDate = dateOf(entry, "transferDate");
        record.outgoing = details;
    }
    if ((record.direction == Direction::Incoming) != record.incoming.has_value()
        || (record.direction == Direction::Outgoing) != record.outgoing.has_value()) {
        return corrupt(event, QStringLiteral("register entry does not match the direction"));
    }
    for (const QJsonValue& item : root.value(QLatin1String("versions")).toArray()) {
        const QJsonObject object = item.toObject();
        DocumentVersion version;
        version.number = object.value(QLatin1String("number")).toInt();
        version.attachmentOrdinal = object.value(QLatin1String("attachment")).toInt();
        const auto kind = parseVersionKind(object.value(QLatin1String("kind")).toString());
        version.sha256 = object.value(QLatin1String("sha256")).toString();
        version.size = object.value(QLatin1String("size")).toInteger();
        version.fileName = object.value(QLatin1String("fileName")).toString();
        if (!kind || version.sha256.size() != 64) {
            return corrupt(event, QStringLiteral("version %1").arg(version.number));
        }
        version.kind = *kind;
        record.versions.append(version);
    }
    record.createdAt = QDateTime::fromString(root.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    record.createdBy = root.value(QLatin1String("createdBy")).toString();
    return record;
}

} // namespace vanthu::core::events
