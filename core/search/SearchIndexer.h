// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Document.h"
#include "core/store/SearchRepository.h"

#include <QStringList>

namespace vanthu::core {

/** What of a document is searchable, folded for the index: number/symbol, subject, people and agencies, PDF text. */
[[nodiscard]] SearchColumns searchColumnsFor(const DocumentRecord& record, const QStringList& attachmentTexts);

} // namespace vanthu::core
