// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/Direction.h"

#include <QList>
#include <QString>

#include <optional>

namespace vanthu::core
{

/**
 * Where a document stands in its life (issue 13). The whole set, so that later work adds rules, not states: the
 * incoming path (NĐ 30 Điều 20–24), the outgoing path (drafting, review, signing, issuing, Điều 10–19), and the
 * records that follow both (Điều 28–31). Stored by key().
 */
enum class DocumentState
{
    // incoming
    Received,        ///< arrived (from the hub, by mail, by hand), not yet registered
    Registered,      ///< in the incoming register, with its số đến
    Presented,       ///< trình: put before the leader
    Assigned,        ///< the leader has assigned it to units or people
    InProgress,      ///< being handled
    Done,            ///< handled
    ReturnedToClerk, ///< sent back to the clerk (wrong addressee, incomplete)
    RefusedToSender, ///< returned to the sender agency, not registered
    // outgoing
    Draft,                ///< dự thảo
    InReview,             ///< up for review or approval
    ReturnedWithComments, ///< sent back to the drafter with comments
    Approved,             ///< the final text is approved for signing
    Signed,               ///< signed by the competent person (also: a PDF signed outside VanThu enters here)
    Issued,               ///< numbered, dated and sealed by the clerk, in the outgoing register
    Sent,                 ///< sent to its recipients
    Recalled,             ///< thu hồi
    Replaced,             ///< thay thế by another document
    // records
    Filed,           ///< in a case file (hồ sơ)
    HandedToArchive, ///< nộp lưu
    Disposed,        ///< destroyed after its retention period, by decision
};

/** How a document came into the workspace; each way has its first state. */
enum class DocumentEntry
{
    ReceivedUnregistered, ///< a package from the hub or a scan waiting for the clerk
    RegisteredIncoming,   ///< registered on arrival
    Drafted,              ///< a draft made here
    SignedElsewhere,      ///< a PDF signed outside VanThu
    IssuedOutgoing,       ///< registered as issued (the register as the clerk keeps it today)
};

[[nodiscard]] QString stateKey(DocumentState state);
[[nodiscard]] std::optional<DocumentState> parseState(const QString& key);
/** The state in the clerk's words ("Đã vào sổ", "Đã ban hành"...), through tr(). */
[[nodiscard]] QString stateName(DocumentState state);
[[nodiscard]] QList<DocumentState> allStates();

[[nodiscard]] DocumentState initialState(DocumentEntry entry);

/** The states a document can move to from @p from, in the order the table lists them. */
[[nodiscard]] QList<DocumentState> allowedTransitions(DocumentState from);

/**
 * Whether @p from may become @p to. Refused (ErrorCode::Conflict) with the reason in the user message: a terminal
 * state, a state of the other path, or a step the procedure does not take (an incoming document is never "issued",
 * a draft is not "signed" before it is approved).
 */
[[nodiscard]] Result<void> checkTransition(DocumentState from, DocumentState to);

} // namespace vanthu::core
