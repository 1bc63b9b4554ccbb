// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/DocumentId.h"
#include "core/domain/RegisterRow.h"

#include <QList>
#include <QString>

namespace vanthu::core
{

/**
 * The document ids of @p listing, in its order. Text is ordered without case or diacritics ("Đ" beside "D", "Ấ"
 * beside "A"). Runs on any thread: it opens its own read connections to the workspace in @p workspaceDirectory and
 * closes them, so a window can order a register of a million entries without waiting. A search sees what the search
 * index holds; wait for SearchIndexWriter::waitUntilIdle() first to include this process's registrations.
 * Errors: Storage/Io/Corrupt when the workspace cannot be read.
 */
[[nodiscard]] Result<QList<DocumentId>> listRegisterIds(const QString& workspaceDirectory,
                                                        const RegisterListing& listing);

} // namespace vanthu::core
