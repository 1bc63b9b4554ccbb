// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vanthu
{

/** What kind of failure an Error is; front ends map it to exit codes or HTTP statuses in one table each. */
enum class ErrorCode
{
    InvalidInput, ///< a person, file or message gave a value that breaks a rule
    NotFound,     ///< the named record, file or workspace does not exist
    Duplicate,    ///< the record looks like one already registered; an explicit override is needed
    Conflict,     ///< the operation contradicts the current state (e.g. workspace already initialised)
    Busy,         ///< another process holds the store for too long
    Storage,      ///< the database refused or failed
    Io,           ///< the file system failed
    Corrupt,      ///< stored data fails its integrity check (hash, chain, schema)
    Unsupported,  ///< the environment or the data is of a kind we do not handle
    Cancelled,    ///< the user or the caller stopped the work
    Internal,     ///< a bug: an invariant did not hold
};

/**
 * A failure with a message for the person (translated, says what to do next) and a technical detail for the log
 * (SQL error, errno text, library error code). The detail never holds document text, PINs or keys.
 */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;

    /** Returns this error with @p context prepended to the user message ("context: message"). */
    [[nodiscard]] Error withContext(const QString& context) const;
};

/** A stable, English, machine-readable name for @p code ("invalid-input", "duplicate", ...). */
[[nodiscard]] QString errorCodeName(ErrorCode code);

} // namespace vanthu
