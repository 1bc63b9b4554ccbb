// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Document.h"
#include "core/store/SearchRepository.h"

#include <QStringList>

namespace vanthu::core
{

/** A number/symbol folded and without separators: "05/QĐ-UBND" → "05qdubnd". */
[[nodiscard]] QString compactCode(const QString& code);

/** What of a document is searchable, folded for the index: number/symbol, subject, people and agencies, PDF text. */
[[nodiscard]] SearchColumns searchColumnsFor(const DocumentRecord& record, const QStringList& attachmentTexts);

} // namespace vanthu::core
