// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace vanthu::core
{

/** The traffic light a register shows for a version's signatures (the status of its latest report). */
enum class SignatureStatus
{
    Valid,     ///< green: VALID, or VALID with changes the signer allowed
    Attention, ///< yellow: INDETERMINATE, or revocation not yet checked (an offline report)
    Broken,    ///< red: MODIFIED or INVALID
    Unsigned,  ///< the file holds no signature
};

[[nodiscard]] QString signatureStatusKey(SignatureStatus status);
[[nodiscard]] std::optional<SignatureStatus> parseSignatureStatus(const QString& key);
/** The status in the clerk's words: "Valid", "Needs attention", "Not valid", "Not signed" (translated). */
[[nodiscard]] QString signatureStatusName(SignatureStatus status);

/**
 * One stored check of the signatures of one document version (issue 12, 13). Reports are never changed or removed: a
 * re-check is an explicit action that adds a report, and the register shows the latest one of the current version.
 * The report itself is the validator's JSON (signing::reportToJson), kept whole as evidence.
 */
struct VerificationRecord
{
    qint64 id = 0;
    qint64 versionId = 0;
    SignatureStatus status = SignatureStatus::Unsigned;
    QString verdict;     ///< the validator's verdict name, e.g. "REVOCATION_NOT_CHECKED"
    bool online = false; ///< revocation was asked online where the document held no answer
    QDateTime checkedAt; ///< when the validation ran (UTC)
    QString checkedBy;
    QByteArray reportJson;
};

/**
 * The summary of a report in the validator's JSON: "status", "verdict", "online" and "validatedAt", all required.
 * The record's id, version and checker are left for the store. Errors: InvalidInput (not such a report).
 */
[[nodiscard]] Result<VerificationRecord> verificationFromReport(const QByteArray& reportJson);

} // namespace vanthu::core
