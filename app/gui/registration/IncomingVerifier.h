// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verify/Validation.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>

namespace vanthu::gui
{

/** What checking the signatures of one incoming PDF gave. */
struct IncomingVerification
{
    /** Absent when the check did not end: cancelled, or the file could not be read as a PDF. */
    std::optional<signing::ValidationReport> report;
    /** Why there is no report, or that the online check ran out of time and the report is the offline one. */
    QString note;
};

/**
 * Checks the signatures of the PDFs handed in for registration, one file at a time, off the GUI thread: online
 * (OCSP, then CRL) within a budget of BudgetSeconds, unless the workspace works offline. Each request waits at most
 * the budget (ValidationOptions::revocationTimeoutSeconds); when the whole check has taken the budget, a timer on the
 * GUI thread sets the online run's cancel token, leaves that run behind (its late answer is ignored) and checks the
 * file offline, which needs no network: its report says "revocation not yet checked", with a note. The clerk never
 * waits longer than the budget and the offline check, however the validator reacts to its token. Cancel answers at
 * once in the same way. The trust anchors (TrustStore::anchorsFor(), files) are read on the worker. Every report
 * records whether it was made online (ValidationReport::online).
 */
class IncomingVerifier final : public QObject
{
    Q_OBJECT

public:
    /** The time the certification authorities get, for the whole check of one file (issue 12). */
    static constexpr int BudgetSeconds = 10;

    IncomingVerifier(QString workspaceFolder, bool workOffline, QObject* parent = nullptr);
    /** Stops the check going on without waiting for it (its worker holds only copies). */
    ~IncomingVerifier() override;
    Q_DISABLE_COPY_MOVE(IncomingVerifier)

    /** Checks @p pdf after the files queued before it; finished(@p id, …) follows. */
    void enqueue(quint64 id, const QByteArray& pdf);
    /** Stops the check of @p id, running or queued: finished(@p id, a verification without report) follows. */
    void cancel(quint64 id);
    /** cancel() for every file. */
    void cancelAll();

    [[nodiscard]] bool isBusy() const;
    /** @p id is being checked or waits for its turn. */
    [[nodiscard]] bool isPending(quint64 id) const;

Q_SIGNALS:
    void started(quint64 id);
    void finished(quint64 id, const vanthu::gui::IncomingVerification& verification);

private:
    /** A run's cancel tokens: online stops an online run, cancelled every run of the file. */
    struct Stops
    {
        std::atomic<bool> online{false};
        std::atomic<bool> cancelled{false};
    };

    void startNext();
    /** Runs the check of the file running now on a worker; only the run whose stops are m_stops may answer. */
    void launch(bool online, const QString& note);
    void finish(const IncomingVerification& verification);
    void budgetSpent();
    static IncomingVerification verify(const QByteArray& pdf, const QString& workspaceFolder, bool online,
                                       const Stops& stops);

    QString m_workspaceFolder;
    bool m_workOffline;
    QList<std::pair<quint64, QByteArray>> m_queue;
    quint64 m_running = 0; ///< 0: none
    QByteArray m_runningPdf;
    std::shared_ptr<Stops> m_stops; ///< of the run that may answer for m_running
    QTimer m_deadline;
};

} // namespace vanthu::gui
