// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DocumentState.h"

#include <QCoreApplication>

#include <array>

namespace vanthu::core
{
namespace
{

struct DocumentStateText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentStateText)
};

enum class Path
{
    Incoming,
    Outgoing,
    Records,
};

struct StateRow
{
    DocumentState state;
    const char* key;
    Path path;
    const char* name;
};

constexpr std::array<StateRow, 20> states{{
    {DocumentState::Received, "received", Path::Incoming, QT_TRANSLATE_NOOP("DocumentStateText", "Received")},
    {DocumentState::Registered, "registered", Path::Incoming, QT_TRANSLATE_NOOP("DocumentStateText", "Registered")},
    {DocumentState::Presented, "presented", Path::Incoming,
     QT_TRANSLATE_NOOP("DocumentStateText", "Presented to the leader")},
    {DocumentState::Assigned, "assigned", Path::Incoming, QT_TRANSLATE_NOOP("DocumentStateText", "Assigned")},
    {DocumentState::InProgress, "in-progress", Path::Incoming, QT_TRANSLATE_NOOP("DocumentStateText", "In progress")},
    {DocumentState::Done, "done", Path::Incoming, QT_TRANSLATE_NOOP("DocumentStateText", "Done")},
    {DocumentState::ReturnedToClerk, "returned-to-clerk", Path::Incoming,
     QT_TRANSLATE_NOOP("DocumentStateText", "Returned to the clerk")},
    {DocumentState::RefusedToSender, "refused-to-sender", Path::Incoming,
     QT_TRANSLATE_NOOP("DocumentStateText", "Returned to the sender")},
    {DocumentState::Draft, "draft", Path::Outgoing, QT_TRANSLATE_NOOP("DocumentStateText", "Draft")},
    {DocumentState::InReview, "in-review", Path::Outgoing, QT_TRANSLATE_NOOP("DocumentStateText", "In review")},
    {DocumentState::ReturnedWithComments, "returned-with-comments", Path::Outgoing,
     QT_TRANSLATE_NOOP("DocumentStateText", "Returned with comments")},
    {DocumentState::Approved, "approved", Path::Outgoing, QT_TRANSLATE_NOOP("DocumentStateText", "Approved")},
    {DocumentState::Signed, "signed", Path::Outgoing, QT_TRANSLATE_NOOP("DocumentStateText", "Signed")},
    {DocumentState::Issued, "issued", Path::Outgoing, QT_TRANSLATE_NOOP("DocumentStateText", "Issued")},
    {DocumentState::Sent, "sent", Path::Outgoing, QT_TRANSLATE_NOOP("DocumentStateText", "Sent")},
    {DocumentState::Recalled, "recalled", Path::Outgoing, QT_TRANSLATE_NOOP("DocumentStateText", "Recalled")},
    {DocumentState::Replaced, "replaced", Path::Outgoing, QT_TRANSLATE_NOOP("DocumentStateText", "Replaced")},
    {DocumentState::Filed, "filed", Path::Records, QT_TRANSLATE_NOOP("DocumentStateText", "Filed in a case file")},
    {DocumentState::HandedToArchive, "handed-to-archive", Path::Records,
     QT_TRANSLATE_NOOP("DocumentStateText", "Handed to the archive")},
    {DocumentState::Disposed, "disposed", Path::Records, QT_TRANSLATE_NOOP("DocumentStateText", "Disposed")},
}};

struct TransitionRow
{
    DocumentState from;
    DocumentState to;
};

// The one table of the document's life. Each row is a step the procedure takes (NĐ 30/2020: incoming Điều 20–24,
// outgoing Điều 10–19, records Điều 28–31); everything else is refused. Later rules (who may, which conditions)
// narrow these steps; they never add states.
constexpr std::array<TransitionRow, 39> transitions{{
    {DocumentState::Received, DocumentState::Registered},
    {DocumentState::Received, DocumentState::RefusedToSender},
    {DocumentState::Registered, DocumentState::Presented},
    {DocumentState::Registered, DocumentState::Assigned}, // the clerk forwards as the leader standingly instructed
    {DocumentState::Registered, DocumentState::Filed},    // for information only: straight to the case file
    {DocumentState::Presented, DocumentState::Assigned},
    {DocumentState::Presented, DocumentState::Done}, // the leader handles it or takes note
    {DocumentState::Presented, DocumentState::ReturnedToClerk},
    {DocumentState::Assigned, DocumentState::InProgress},
    {DocumentState::Assigned, DocumentState::Done},
    {DocumentState::Assigned, DocumentState::ReturnedToClerk},
    {DocumentState::InProgress, DocumentState::Done},
    {DocumentState::InProgress, DocumentState::Assigned}, // reassigned
    {DocumentState::InProgress, DocumentState::ReturnedToClerk},
    {DocumentState::ReturnedToClerk, DocumentState::Presented},
    {DocumentState::ReturnedToClerk, DocumentState::RefusedToSender},
    {DocumentState::Done, DocumentState::InProgress}, // reopened
    {DocumentState::Done, DocumentState::Filed},
    {DocumentState::Draft, DocumentState::InReview},
    // The competent person approves a text by signing it when there is no review round (decision 60).
    {DocumentState::Draft, DocumentState::Approved},
    {DocumentState::InReview, DocumentState::ReturnedWithComments},
    {DocumentState::InReview, DocumentState::Approved},
    {DocumentState::ReturnedWithComments, DocumentState::InReview},
    {DocumentState::ReturnedWithComments, DocumentState::Draft},
    {DocumentState::Approved, DocumentState::Signed},
    {DocumentState::Approved, DocumentState::ReturnedWithComments}, // the signer sends the approved text back
    {DocumentState::Signed, DocumentState::Issued},
    {DocumentState::Signed, DocumentState::ReturnedWithComments}, // the clerk's form check finds an error
    {DocumentState::Issued, DocumentState::Sent},
    {DocumentState::Issued, DocumentState::Recalled},
    {DocumentState::Issued, DocumentState::Replaced},
    {DocumentState::Issued, DocumentState::Filed},
    {DocumentState::Sent, DocumentState::Recalled},
    {DocumentState::Sent, DocumentState::Replaced},
    {DocumentState::Sent, DocumentState::Filed},
    {DocumentState::Recalled, DocumentState::Filed},
    {DocumentState::Replaced, DocumentState::Filed},
    {DocumentState::Filed, DocumentState::HandedToArchive},
    {DocumentState::HandedToArchive, DocumentState::Disposed},
}};

const StateRow& rowOf(DocumentState state)
{
    for (const StateRow& row : states) {
        if (row.state == state) {
            return row;
        }
    }
    return states.front(); // unreachable: every enumerator has a row (the table test checks it)
}

bool isTerminal(DocumentState state)
{
    for (const TransitionRow& row : transitions) {
        if (row.from == state) {
            return false;
        }
    }
    return true;
}

} // namespace

QString stateKey(DocumentState state)
{
    return QString::fromLatin1(rowOf(state).key);
}

std::optional<DocumentState> parseState(const QString& key)
{
    for (const StateRow& row : states) {
        if (key == QLatin1String(row.key)) {
            return row.state;
        }
    }
    return std::nullopt;
}

QString stateName(DocumentState state)
{
    return QCoreApplication::translate("DocumentStateText", rowOf(state).name);
}

QList<DocumentState> allStates()
{
    QList<DocumentState> all;
    for (const StateRow& row : states) {
        all.append(row.state);
    }
    return all;
}

DocumentState initialState(DocumentEntry entry)
{
    switch (entry) {
    case DocumentEntry::ReceivedUnregistered:
        return DocumentState::Received;
    case DocumentEntry::RegisteredIncoming:
        return DocumentState::Registered;
    case DocumentEntry::Drafted:
        return DocumentState::Draft;
    case DocumentEntry::SignedElsewhere:
        return DocumentState::Signed;
    case DocumentEntry::IssuedOutgoing:
        break;
    }
    return DocumentState::Issued;
}

QList<DocumentState> allowedTransitions(DocumentState from)
{
    QList<DocumentState> allowed;
    for (const TransitionRow& row : transitions) {
        if (row.from == from) {
            allowed.append(row.to);
        }
    }
    return allowed;
}

Result<void> checkTransition(DocumentState from, DocumentState to)
{
    if (allowedTransitions(from).contains(to)) {
        return {};
    }
    const QString technical = QStringLiteral("transition %1 -> %2").arg(stateKey(from), stateKey(to));
    const QString fromName = stateName(from);
    const QString toName = stateName(to);
    QString message;
    if (from == to) {
        message = DocumentStateText::tr("The document is already \"%1\".").arg(fromName);
    } else if (isTerminal(from)) {
        message = DocumentStateText::tr("The document is \"%1\": nothing more happens to it.").arg(fromName);
    } else if (rowOf(from).path != Path::Records && rowOf(to).path != Path::Records
               && rowOf(from).path != rowOf(to).path) {
        message = rowOf(from).path == Path::Incoming
                      ? DocumentStateText::tr("A received document cannot become \"%1\": that step belongs to "
                                              "documents the agency issues.")
                            .arg(toName)
                      : DocumentStateText::tr("A document the agency issues cannot become \"%1\": that step belongs "
                                              "to received documents.")
                            .arg(toName);
    } else {
        QStringList next;
        for (const DocumentState allowed : allowedTransitions(from)) {
            next.append(QStringLiteral("\"%1\"").arg(stateName(allowed)));
        }
        message = DocumentStateText::tr("A document that is \"%1\" cannot become \"%2\"; it can become %3.")
                      .arg(fromName, toName, next.join(DocumentStateText::tr(", ")));
    }
    return Error{ErrorCode::Conflict, message, technical};
}

} // namespace vanthu::core
