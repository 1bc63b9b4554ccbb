// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchIndexer.h"

#include "core/common/TextFold.h"
#include "core/domain/DocumentType.h"
#include "core/store/BlobStore.h"
#include "core/store/Database.h"
#include "core/store/DocumentRepository.h"
#include "core/store/Logging.h"
#include "signing/PdfInspector.h"

namespace vanthu::core {

SearchColumns searchColumnsFor(const DocumentRecord& record, const QStringList& attachmentTexts)
{
    const DocumentFields& fields = record.fields;
    const DocumentType* type = DocumentTypes::byKey(fields.typeKey);
    QStringList author{fields.organName, fields.signerPosition, fields.signerName};
    if (record.incoming) {
        author.append(record.incoming->toPlaces);
    }
    if (record.outgoing) {
        for (const Recipient& recipient : record.outgoing->recipients) {
            author.append(recipient.organName);
        }
        author.append(record.outgoing->copyHolder);
    }
    SearchColumns columns;
    columns.code = foldForSearch(fields.code.display());
    columns.subject = foldForSearch((type ? type->name : QString()) + QLatin1Char(' ') + fields.subject
                                    + QLatin1Char(' ') + fields.description);
    columns.author = foldForSearch(author.join(QLatin1Char(' ')));
    columns.body = foldForSearch(attachmentTexts.join(QLatin1Char('\n')));
    return columns;
}

Result<void> rebuildSearchIndex(Database& database, const BlobStore& blobs)
{
    QList<qint64> documentIds;
    {
        auto rows = database.query(QStringLiteral("SELECT id FROM document ORDER BY id"));
        if (!rows) {
            return rows.error();
        }
        while (rows->next()) {
            documentIds.append(rows->integer(0));
        }
    }
    DocumentRepository documents(database);
    SearchRepository search(database);
    for (const qint64 id : documentIds) {
        auto record = documents.get(DocumentId{id});
        if (!record) {
            return record.error();
        }
        if (!*record) {
            continue;
        }
        QStringList texts;
        for (const AttachmentRecord& attachment : (*record)->attachments) {
            auto bytes = blobs.get(attachment.sha256);
            auto facts = bytes ? signing::PdfInspector::inspect(*bytes) : Result<signing::PdfFacts>(bytes.error());
            if (!facts) {
                qCWarning(lcStore) << "attachment not indexed" << attachment.sha256 << facts.error().detail;
                continue;
            }
            texts.append(facts->text);
        }
        if (auto indexed = search.put(id, searchColumnsFor(**record, texts)); !indexed) {
            return indexed;
        }
    }
    qCInfo(lcStore) << "search index rebuilt for" << documentIds.size() << "documents";
    return {};
}

} // namespace vanthu::core
