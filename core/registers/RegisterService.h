// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/Document.h"
#include "core/domain/NumberingSeries.h"
#include "core/domain/RegisterRow.h"

#include <QByteArray>
#include <QList>

namespace vanthu::core
{

class Workspace;

/** Which register to read: a series (empty code: the general one of the direction) and a year (0: the newest). */
struct RegisterSelection
{
    Direction direction = Direction::Incoming;
    QString seriesCode;
    int year = 0;
};

/** A register resolved to its series and year. */
struct ResolvedRegister
{
    NumberingSeries series;
    int year = 0;
};

/** Reading the registers: pages of a register, one document in full, the bytes of an attachment. */
class RegisterService final
{
public:
    explicit RegisterService(Workspace& workspace);

    /**
     * Resolves @p selection: the year defaults to the newest year with entries, or the current year when the register
     * is empty. Errors: NotFound for an unknown series or one of the other direction.
     */
    [[nodiscard]] Result<ResolvedRegister> resolve(const RegisterSelection& selection);

    /** A page of the register, by keyset (fast on any page of a million entries). */
    [[nodiscard]] Result<QList<RegisterRow>> page(Direction direction, const RegisterQuery& query);

    /** Every row of the register in number order, for printing and export. */
    [[nodiscard]] Result<QList<RegisterRow>> allRows(const ResolvedRegister& reg, const RegisterQuery& filter);

    /** The register rows of @p ids in that order (a page of a listRegisterIds() listing); missing ids are skipped. */
    [[nodiscard]] Result<QList<RegisterRow>> rows(const QList<DocumentId>& ids);

    /** Errors: NotFound. */
    [[nodiscard]] Result<DocumentRecord> document(DocumentId id);

    /** The attachment's bytes, verified against its SHA-256. Errors: NotFound, Corrupt, Io. */
    [[nodiscard]] Result<QByteArray> attachmentBytes(const AttachmentRecord& attachment);

private:
    Workspace& m_workspace;
};

} // namespace vanthu::core
