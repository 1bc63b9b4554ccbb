// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QDialog>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace vanthu::test
{

/**
 * Answers the dialogs a window opens, in the order a person meets them. Each step waits for a visible top-level
 * window of its type and acts on it; modal dialogs run their own event loops, so the steps are polled by a timer that
 * keeps firing inside them. A step may open the next dialog from within its action (a button that asks for a PIN).
 */
class DialogScript final : public QObject
{
public:
    DialogScript()
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogScript::poll);
        m_timer.start(20);
    }

    template <typename Dialog>
    DialogScript& then(std::function<void(Dialog*)> act)
    {
        m_steps.append(Step{[](QWidget* widget) { return qobject_cast<Dialog*>(widget) != nullptr; },
                            [act = std::move(act)](QWidget* widget) {
                                act(qobject_cast<Dialog*>(widget));
                            }});
        return *this;
    }

    /** Steps answered so far. */
    [[nodiscard]] qsizetype answered() const
    {
        return m_next;
    }
    [[nodiscard]] bool finished() const
    {
        return m_next == m_steps.size();
    }

private:
    struct Step
    {
        std::function<bool(QWidget*)> matches;
        std::function<void(QWidget*)> act;
    };

    void poll()
    {
        if (finished() || m_queued || m_aborted) {
            return;
        }
        const Step step = m_steps.at(m_next);
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->isVisible() && step.matches(widget)) {
                ++m_next;
                // Acted on from the event queue, not from this timer's slot: Qt does not fire a timer again while
                // its slot runs, and the action may open the next dialog, whose step this timer must answer.
                m_queued = true;
                QPointer<QWidget> target(widget);
                QMetaObject::invokeMethod(
                    this,
                    [this, step, target] {
                        m_queued = false;
                        if (!target) {
                            return;
                        }
                        try {
                            step.act(target);
                        } catch (...) {
                            // A failed REQUIRE inside a dialog: the failure is recorded; close every dialog so
                            // the window's code returns from exec() and the test ends instead of waiting.
                            m_aborted = true;
                            for (QWidget* open : QApplication::topLevelWidgets()) {
                                if (auto* dialog = qobject_cast<QDialog*>(open); dialog && dialog->isVisible()) {
                                    dialog->reject();
                                }
                            }
                        }
                    },
                    Qt::QueuedConnection);
                return;
            }
        }
    }

    bool m_queued = false;
    bool m_aborted = false;
    QList<Step> m_steps;
    qsizetype m_next = 0;
    QTimer m_timer;
};

} // namespace vanthu::test
