// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "core/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace vanthu::test
{

/**
 * A fresh workspace in its own temporary folder, set up for a test agency (Sở Nội vụ, abbreviation SNV) with a
 * manual clock standing at 2026-03-05 09:00 Vietnam time. Removed with the object.
 */
class TestWorkspace final
{
public:
    explicit TestWorkspace(bool initialise = true);

    [[nodiscard]] core::Workspace& workspace();
    [[nodiscard]] ManualClock& clock();
    [[nodiscard]] QString path() const;
    /** Closes and opens the workspace again (as a new process would). */
    void reopen();
    /** Closes the workspace (joining its indexer); reopen() opens it again. */
    void closeWorkspace();

    /** An instant in Vietnam time. */
    [[nodiscard]] static QDateTime vietnamTime(int year, int month, int day, int hour = 9, int minute = 0);

private:
    QTemporaryDir m_directory;
    ManualClock m_clock;
    std::unique_ptr<core::Workspace> m_workspace;
};

/** Copies the folder @p from (a fixture workspace) into @p to, files writable by the owner. Throws on failure. */
void copyFolder(const QString& from, const QString& to);

} // namespace vanthu::test
