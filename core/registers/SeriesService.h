// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/DocumentType.h"
#include "core/domain/NumberingSeries.h"
#include "core/domain/Urgency.h"

#include <QList>

#include <optional>

namespace vanthu::core
{

class Workspace;

/**
 * Numbering series of the agency: listing, adding (with its audit entry), and choosing the series a document is
 * numbered in. The choice follows NĐ30: secret documents in the secret series, copies in the copies series, a type
 * with a series of its own (each QPPL type, an advisory body) there, everything else in the general series.
 */
class SeriesService final
{
public:
    /** An instance reads the series list once and keeps it: create one per operation (a registration batch). */
    explicit SeriesService(Workspace& workspace);

    [[nodiscard]] Result<QList<NumberingSeries>> list();

    /**
     * Validates and stores a new series in one transaction with its audit entry.
     * Errors: InvalidInput for a bad code, name, scope or type list; Conflict when the code is taken or a second
     * general, secret or copies series is added for the same direction.
     */
    [[nodiscard]] Result<NumberingSeries> add(const NumberingSeries& draft);

    /** The same as add() inside a transaction the caller already holds (workspace set-up). */
    [[nodiscard]] Result<NumberingSeries> addInTransaction(const NumberingSeries& draft);

    /** The incoming register for a document: the one named by @p code, else general or secret by @p secrecy. */
    [[nodiscard]] Result<NumberingSeries> forIncoming(const QString& code, Secrecy secrecy);

    /** The outgoing series for a document: the one named by @p code (checked for fit), else chosen by the rules. */
    [[nodiscard]] Result<NumberingSeries> forOutgoing(const QString& code, const DocumentType& type,
                                                      bool legalNormative, Secrecy secrecy);

private:
    [[nodiscard]] Result<NumberingSeries> validated(const NumberingSeries& draft);
    [[nodiscard]] Result<QList<NumberingSeries>> cachedList();
    [[nodiscard]] Result<void> checkFits(const NumberingSeries& series, const DocumentType* type, bool legalNormative,
                                         Secrecy secrecy);

    Workspace& m_workspace;
    std::optional<QList<NumberingSeries>> m_cache;
};

} // namespace vanthu::core
