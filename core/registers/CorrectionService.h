// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/TaskToken.h"
#include "core/domain/Document.h"
#include "core/events/EventRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vanthu::core
{

class Workspace;

/** One correction of a register entry: which field (by the key correctableFields() lists), its new value, why. */
struct FieldCorrection
{
    DocumentId id;
    QString field;
    QString value; ///< dates as YYYY-MM-DD, urgency by key ("khan"), numbers as digits; empty clears an optional field
    QString reason;
};

/**
 * Corrections without deletion (issue 13). A field of an entry is corrected as an event that keeps the old and the
 * new value and the reason (the register shows the new value, the history both); a number given by mistake is
 * voided with its reason (it stays in the register, shown void, and is never given again). Each use case is one
 * write transaction with its event, its audit entry and the register row; the search index follows after the commit.
 */
class CorrectionService final
{
public:
    explicit CorrectionService(Workspace& workspace);

    /** The fields a correction may name, for @p direction. The numbers, the series and the type are not among them. */
    [[nodiscard]] static QStringList correctableFields(Direction direction);

    /**
     * Errors: NotFound (no such document), InvalidInput (unknown field, bad value, no reason, nothing changes),
     * Conflict (the entry is void, or no register entry yet), Cancelled (@p token, before the commit), Storage/Busy.
     */
    [[nodiscard]] Result<DocumentRecord> correct(const FieldCorrection& correction, const TaskToken& token = {});

    /** Errors: NotFound, InvalidInput (no reason), Conflict (already void, no entry), Cancelled, Storage/Busy. */
    [[nodiscard]] Result<DocumentRecord> voidNumber(DocumentId id, const QString& reason, const TaskToken& token = {});

    /** The document's events, oldest first: registration, corrections, void. Errors: NotFound, Storage. */
    [[nodiscard]] Result<QList<EventRecord>> history(DocumentId id);

private:
    Workspace& m_workspace;
};

} // namespace vanthu::core
