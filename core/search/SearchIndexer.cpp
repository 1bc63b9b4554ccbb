// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchIndexer.h"

#include "core/common/TextFold.h"
#include "core/domain/DocumentType.h"

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

} // namespace vanthu::core
