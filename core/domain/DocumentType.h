// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace vanthu::core
{

/** Administrative document (NĐ30 Điều 7) or a copy (bản sao, Phụ lục III mục I). */
enum class DocumentKind
{
    Administrative,
    Copy,
};

/**
 * One document type of NĐ30 Điều 7 (or a copy form) with its official abbreviation from Phụ lục III. The name and
 * abbreviation are legal text: stored and shown exactly, never re-cased. Công văn and Thư công have no abbreviation.
 */
struct DocumentType
{
    QString key;          ///< stable ASCII identifier kept in the database ("quyet-dinh")
    QString name;         ///< "Quyết định"
    QString abbreviation; ///< "QĐ"; empty for Công văn and Thư công
    DocumentKind kind = DocumentKind::Administrative;

    /** Công văn and Thư công: their ký hiệu is agency + drafting unit instead of type + agency. */
    [[nodiscard]] bool usesUnitNotation() const;
};

/** The fixed catalogue of document types. Thread-safe (immutable after first use). */
class DocumentTypes final
{
public:
    /** All 29 administrative types in the order of Điều 7, then the three copy forms. */
    [[nodiscard]] static const QList<DocumentType>& all();

    /** The type stored under @p key, or nullptr. */
    [[nodiscard]] static const DocumentType* byKey(const QString& key);

    /**
     * Finds the type a person meant by @p text: a key ("quyet-dinh"), an abbreviation exactly ("QĐ") or without
     * diacritics when that is unambiguous ("QD"), or a name with or without diacritics ("quyet dinh").
     * The unofficial "CV" is not accepted. Errors: InvalidInput when nothing or more than one type matches.
     */
    [[nodiscard]] static Result<const DocumentType*> resolve(const QString& text);
};

} // namespace vanthu::core
