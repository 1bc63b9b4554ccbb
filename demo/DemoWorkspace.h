// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace vanthu::demo
{

/** What to generate. */
struct DemoOptions
{
    int documentCount = 300;
    quint32 seed = 20200305; ///< same seed, same documents
    QDate lastDay;           ///< last day of the period; default: today in Vietnam
    int days = 365;          ///< length of the period ending on lastDay
    /** Called after each document with (done, total); return false to stop. */
    std::function<bool(int, int)> progress;
};

/** What was generated. */
struct DemoSummary
{
    int incoming = 0;
    int outgoing = 0;
    QString directory;
};

/**
 * Creates a demo workspace for "Sở Nội vụ thành phố Hà Nội": documents received from and sent to other Hà Nội
 * agencies over the period, each with a PDF the program paints itself (NĐ30 layout, Vietnamese text layer), all
 * registered through the same services a clerk uses, with a clock that walks through the working days, and a demo PKI
 * (DemoPki.h: leader and agency keys, signature and seal images, all marked DEMO). Needs a QGuiApplication. Errors:
 * Conflict when @p directory already holds a workspace; the services' errors otherwise.
 */
[[nodiscard]] Result<DemoSummary> generateDemoWorkspace(const QString& directory, const DemoOptions& options);

} // namespace vanthu::demo
