// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Logging.h"

Q_LOGGING_CATEGORY(lcStore, "vanthu.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudit, "vanthu.audit", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRegisters, "vanthu.registers", QtWarningMsg)
