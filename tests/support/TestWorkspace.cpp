// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestWorkspace.h"

#include "common/VietnamTime.h"
#include "core/registers/AgencyService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <stdexcept>

namespace vanthu::test
{

QDateTime TestWorkspace::vietnamTime(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(VietnamUtcOffsetSeconds));
}

TestWorkspace::TestWorkspace(bool initialise) : m_clock(vietnamTime(2026, 3, 5))
{
    if (!m_directory.isValid()) {
        throw std::runtime_error("no temporary directory");
    }
    reopen();
    if (initialise) {
        const core::AgencyProfile profile{QStringLiteral("Sở Nội vụ thành phố Hà Nội"),
                                          QStringLiteral("UBND thành phố Hà Nội"), QStringLiteral("SNV"),
                                          QStringLiteral("000.12.01.H26"), QStringLiteral("Hà Nội")};
        if (auto done = core::AgencyService(*m_workspace).initialise(profile); !done) {
            throw std::runtime_error(done.error().detail.toStdString());
        }
    }
}

core::Workspace& TestWorkspace::workspace()
{
    return *m_workspace;
}

ManualClock& TestWorkspace::clock()
{
    return m_clock;
}

QString TestWorkspace::path() const
{
    return m_directory.path();
}

void TestWorkspace::closeWorkspace()
{
    m_workspace.reset();
}

void TestWorkspace::reopen()
{
    m_workspace.reset();
    core::WorkspaceOptions options;
    options.create = true;
    options.clock = &m_clock;
    options.actor = QStringLiteral("test.clerk");
    auto opened = core::Workspace::open(m_directory.path(), options);
    if (!opened) {
        throw std::runtime_error(opened.error().detail.toStdString());
    }
    m_workspace = std::move(*opened);
}

void copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo& entry : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir()) {
            copyFolder(entry.filePath(), target);
        } else {
            if (!QFile::copy(entry.filePath(), target)) {
                throw std::runtime_error("cannot copy " + entry.filePath().toStdString());
            }
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
}

} // namespace vanthu::test
