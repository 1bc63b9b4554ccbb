// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/Document.h"
#include "core/events/EventRecord.h"

namespace vanthu::core::events
{

/** "document.registered": a document entered a register (incoming or outgoing), with all it holds. */
inline constexpr const char* documentRegistered = "document.registered";
/** The schema version registeredEvent() writes; decodeRegistered() reads it and every older one. */
inline constexpr int documentRegisteredSchema = 1;

/**
 * "document.drafted": an outgoing document entered the workspace before its register (a draft, or a PDF signed
 * outside VanThu); the payload is the whole record in the schema of "document.registered".
 */
inline constexpr const char* documentDrafted = "document.drafted";
/** "document.approved": the text of a version was approved for signing. */
inline constexpr const char* documentApproved = "document.approved";
/** "document.signed": a version was signed by the competent person; the signed PDF is a new version. */
inline constexpr const char* documentSigned = "document.signed";

/** "document.file-added": a file reached the document later, as a new version of one of its files or a new file. */
inline constexpr const char* documentFileAdded = "document.file-added";

/** "document.corrected": one field of an entry corrected, with the old and the new value and the reason. */
inline constexpr const char* documentCorrected = "document.corrected";
/** "document.voided": the entry's number was given by mistake; it stays, void, and is never reused. */
inline constexpr const char* documentVoided = "document.voided";

/** The correction of @p field of the document @p uid from @p before to @p after (values as the CLI takes them). */
[[nodiscard]] EventRecord correctedEvent(const QString& uid, const QString& field, const QString& before,
                                         const QString& after, const QString& reason, const QDateTime& at,
                                         const QString& actor);
/** The void of the number @p number (series, year) of the document @p uid. */
[[nodiscard]] EventRecord voidedEvent(const QString& uid, const QString& series, int year, qint64 number,
                                      const QString& reason, const QDateTime& at, const QString& actor);

/** The approval of version @p versionNumber (SHA-256 @p sha256) of document @p uid; @p how: "signature", "review". */
[[nodiscard]] EventRecord approvedEvent(const QString& uid, int versionNumber, const QString& sha256,
                                        const QString& how, const QDateTime& at, const QString& actor);
/** The signature that made @p signedVersion from its parent, with the signer's certificate subject. */
[[nodiscard]] EventRecord signedEvent(const QString& uid, const DocumentVersion& signedVersion,
                                      const QString& parentSha256, const QString& signerSubject, const QDateTime& at,
                                      const QString& actor);

/** The file @p version added to document @p uid later, with the reason (@p parentSha256 empty for a new file). */
[[nodiscard]] EventRecord fileAddedEvent(const QString& uid, const DocumentVersion& version,
                                         const QString& parentSha256, const QString& reason, const QDateTime& at,
                                         const QString& actor);

/** The event of @p record's entry as a draft (DocumentWriter): registeredEvent()'s payload, type "document.drafted". */
[[nodiscard]] EventRecord draftedEvent(const DocumentRecord& record);

/**
 * The event of @p record's registration: a new event id, the document's uid, and a payload that holds the whole
 * record (fields, register entry, versions) in the event's own schema, so another desk can apply it without this
 * workspace. @p record must be written already (uid, register entry, versions).
 */
[[nodiscard]] EventRecord registeredEvent(const DocumentRecord& record);

/** The record an event of registeredEvent() or draftedEvent() describes (no local ids). Errors: Corrupt, Unsupported
 * (newer schema). */
[[nodiscard]] Result<DocumentRecord> decodeRegistered(const EventRecord& event);

} // namespace vanthu::core::events
