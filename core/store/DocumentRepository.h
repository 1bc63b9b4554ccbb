// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/Document.h"
#include "core/domain/RegisterRow.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace vanthu::core
{

class Database;

/** An earlier registration that a new incoming document looks like. */
struct DuplicateCandidate
{
    DocumentId id;
    QString seriesCode;
    int year = 0;
    qint64 arrivalNumber = 0;
    QDate arrivalDate;
    bool sameEdxmlId = false;
};

/** SQL of documents, register entries and attachments. Writes run inside the use case's WriteTransaction. */
class DocumentRepository final
{
public:
    explicit DocumentRepository(Database& database);

    /** The document row of @p record: direction, fields, uid, sender OrganId, state, creation. */
    [[nodiscard]] Result<DocumentId> insertDocument(const DocumentRecord& record, const QDate& registerDate);
    [[nodiscard]] Result<void> insertIncoming(DocumentId id, const IncomingDetails& details);
    [[nodiscard]] Result<void> insertOutgoing(DocumentId id, const OutgoingDetails& details);
    [[nodiscard]] Result<qint64> insertAttachment(DocumentId id, const AttachmentRecord& attachment);
    /** Appends @p version (its number, kind, blob and parent set) to the document's versions; returns its id. */
    [[nodiscard]] Result<qint64> insertVersion(DocumentId id, const DocumentVersion& version);
    /** Every version of the document, oldest first. */
    [[nodiscard]] Result<QList<DocumentVersion>> versions(DocumentId id);

    /** Writes corrected @p fields over the document's row (the event log keeps what they were). */
    [[nodiscard]] Result<void> updateFields(DocumentId id, const DocumentFields& fields);
    /** Writes the corrected columns of an incoming entry that are not its number. */
    [[nodiscard]] Result<void> updateIncoming(DocumentId id, const IncomingDetails& details);
    /** Writes the corrected columns of an outgoing entry that are not its number. */
    [[nodiscard]] Result<void> updateOutgoing(DocumentId id, const OutgoingDetails& details);
    /** The document's lifecycle state (the caller has checked the transition with checkTransition()). */
    [[nodiscard]] Result<void> updateState(DocumentId id, DocumentState state);
    /** Points the document's file @p attachment.ordinal at its newest version (the versions keep every earlier one). */
    [[nodiscard]] Result<void> updateAttachment(DocumentId id, const AttachmentRecord& attachment);
    /** The day a draft entered the register when it was issued (register_date). */
    [[nodiscard]] Result<void> updateRegisterDate(DocumentId id, const QDate& registerDate);
    /** Marks the entry's number void with @p reason; a void entry stays void (trigger). */
    [[nodiscard]] Result<void> voidEntry(DocumentId id, const QString& reason, const QDateTime& at, const QString& by);

    /**
     * Earlier incoming registrations of the same document (Phụ lục VI): same issuing agency (by identifier when both
     * have one, else by name without case or diacritics), number/symbol and date; or the same edXML DocumentId.
     */
    [[nodiscard]] Result<QList<DuplicateCandidate>> findIncomingDuplicates(const DocumentFields& fields);

    [[nodiscard]] Result<std::optional<DocumentRecord>> get(DocumentId id);
    [[nodiscard]] Result<QList<AttachmentRecord>> attachments(DocumentId id);
    [[nodiscard]] Result<QList<RegisterRow>> listRegister(Direction direction, const RegisterQuery& query);
    /**
     * The ids of @p listing in its order. @p matchExpression (an FTS5 expression; empty: no search) needs the search
     * index on this connection as document_search, with the registers attached (Workspace::openSearchReader()).
     */
    [[nodiscard]] Result<QList<qint64>> listingIds(const RegisterListing& listing, const QString& matchExpression);
    /** Rows for the given ids, in the order of @p ids (ids that do not exist are skipped). */
    [[nodiscard]] Result<QList<RegisterRow>> rowsFor(const QList<qint64>& ids);
    /** The newest year with entries in the series, or nullopt when it has none. */
    [[nodiscard]] Result<std::optional<int>> latestYear(Direction direction, qint64 seriesId);
    /** The number of registered documents (kept by DocumentWriter::finish(); constant time). */
    [[nodiscard]] Result<qint64> countDocuments();
    /** Adds @p added to the count of registered documents, inside the registration transaction. */
    [[nodiscard]] Result<void> addToDocumentCount(qint64 added);
    /** Ids of the documents in one of @p states, newest first. */
    [[nodiscard]] Result<QList<qint64>> documentIdsInStates(const QList<DocumentState>& states);
    /** Document ids above @p after, ascending, at most @p limit. */
    [[nodiscard]] Result<QList<qint64>> documentIdsAfter(qint64 after, int limit);

private:
    /** The outgoing entry's recipients in their order (the caller has removed earlier ones). */
    [[nodiscard]] Result<void> insertRecipients(DocumentId id, const QList<Recipient>& recipients);

    Database& m_database;
};

} // namespace vanthu::core
