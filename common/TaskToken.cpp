// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TaskToken.h"

#include <QCoreApplication>

namespace vanthu
{
namespace
{

struct TaskTokenText
{
    Q_DECLARE_TR_FUNCTIONS(TaskTokenText)
};

} // namespace

TaskToken::TaskToken(const std::atomic<bool>* cancel, Progress progress)
    : m_cancel(cancel), m_progress(std::move(progress))
{
}

const std::atomic<bool>* TaskToken::cancelFlag() const
{
    return m_cancel;
}

bool TaskToken::cancelled() const
{
    return m_cancel != nullptr && m_cancel->load();
}

Result<void> TaskToken::checkpoint() const
{
    if (cancelled()) {
        return Error{ErrorCode::Cancelled, TaskTokenText::tr("Stopped: nothing was changed."),
                     QStringLiteral("cancelled")};
    }
    return {};
}

void TaskToken::progress(int done, int total) const
{
    if (m_progress) {
        m_progress(done, total);
    }
}

} // namespace vanthu
