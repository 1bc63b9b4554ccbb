// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/TaskToken.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>

namespace vanthu::gui
{

/** What a task sees while it runs on a worker: report progress, ask whether the person pressed Cancel. */
class TaskControl
{
public:
    explicit TaskControl(QPointer<QProgressDialog> dialog) : m_dialog(std::move(dialog))
    {
    }
    /** @p done of @p total steps; thread-safe (the dialog is updated on the GUI thread). */
    void progress(qint64 done, qint64 total) const
    {
        QMetaObject::invokeMethod(
            m_dialog,
            [dialog = m_dialog, done, total] {
                if (dialog) {
                    dialog->setMaximum(static_cast<int>(std::min<qint64>(total, 1'000'000'000)));
                    dialog->setValue(static_cast<int>(std::min<qint64>(done, 1'000'000'000)));
                }
            },
            Qt::QueuedConnection);
    }
    [[nodiscard]] const std::atomic<bool>* cancelFlag() const
    {
        return &m_cancelled;
    }
    /** The same for a core use case; valid while the task runs. */
    [[nodiscard]] TaskToken token() const
    {
        return TaskToken(&m_cancelled, [this](int done, int total) { progress(done, total); });
    }
    void cancel()
    {
        m_cancelled.store(true);
    }

private:
    QPointer<QProgressDialog> m_dialog;
    std::atomic<bool> m_cancelled{false};
};

/**
 * Runs @p work on a worker thread while a progress dialog with Cancel shows @p label, and returns its result; the
 * window keeps painting and answering meanwhile (a local event loop), and nothing of the work touches widgets.
 * Cancel sets the task's flag; the task decides where it can stop (a Cancelled error). An exception from a library
 * becomes an Internal error instead of unwinding into the event loop.
 */
template <typename T>
Result<T> runTask(QWidget* parent, const QString& title, const QString& label,
                  std::function<Result<T>(const TaskControl&)> work)
{
    auto* dialog =
        new QProgressDialog(label, QApplication::translate("vanthu::gui::TaskRunner", "Cancel"), 0, 0, parent);
    dialog->setObjectName(QStringLiteral("taskProgress"));
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    auto control = std::make_shared<TaskControl>(QPointer<QProgressDialog>(dialog));
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [control] { control->cancel(); });
    QFutureWatcher<Result<T>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([control, work = std::move(work)]() -> Result<T> {
        try {
            return work(*control);
        } catch (const std::exception& exception) {
            return Error{ErrorCode::Internal, QApplication::translate("vanthu::gui::TaskRunner", "The task failed."),
                         QString::fromLocal8Bit(exception.what())};
        } catch (...) {
            return Error{ErrorCode::Internal, QApplication::translate("vanthu::gui::TaskRunner", "The task failed."),
                         QStringLiteral("unknown exception")};
        }
    }));
    loop.exec();
    delete dialog;
    return watcher.result();
}

} // namespace vanthu::gui
