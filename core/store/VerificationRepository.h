// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/DocumentId.h"
#include "core/domain/VerificationRecord.h"

#include <QList>

namespace vanthu::core
{

class Database;

/** SQL of the stored signature reports. Reports are append-only (the schema refuses changes and removals). */
class VerificationRepository final
{
public:
    explicit VerificationRepository(Database& database);

    /** Stores @p record (its versionId set) as a report of document @p id; fills its id. Errors: Storage/Busy. */
    [[nodiscard]] Result<void> insert(DocumentId id, VerificationRecord& record);

    /** Every report of the document's versions, oldest first, with their JSON. */
    [[nodiscard]] Result<QList<VerificationRecord>> reportsFor(DocumentId id);

private:
    Database& m_database;
};

} // namespace vanthu::core
