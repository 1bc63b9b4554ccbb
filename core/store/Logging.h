// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Categories of core; filter them with QT_LOGGING_RULES (e.g. "vanthu.store.debug=true"). Log ids, hashes, sizes,
// counts, durations and error codes only: never subjects, document text, search queries or personal data.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcRegisters)
