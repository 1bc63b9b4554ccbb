// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchIndexer.h"

#include "common/TextFold.h"
#include "core/domain/DocumentType.h"

namespace vanthu::core
{

QString compactCode(const QString& code)
{
    QString compact;
    const QString folded = foldForSearch(code);
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber()) {
            compact.append(ch);
        }
    }
    return compact;
}

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
    // The number/symbol also as one token without separators ("05qdubnd", "qdubnd"): a clerk who types
    // "05/QĐ-UBND" then hits a single rare token instead of a phrase of three very common ones.
    const QString folded = foldForSearch(fields.code.display());
    columns.code = folded + QLatin1Char(' ') + compactCode(fields.code.display()) + QLatin1Char(' ')
                   + compactCode(fields.code.notation);
    columns.subject = foldForSearch((type ? type->name : QString()) + QLatin1Char(' ') + fields.subject
                                    + QLatin1Char(' ') + fields.description);
    columns.author = foldForSearch(author.join(QLatin1Char(' ')));
    columns.body = foldForSearch(attachmentTexts.join(QLatin1Char('\n')));
    return columns;
}

} // namespace vanthu::core
