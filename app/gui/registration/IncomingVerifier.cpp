// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/registration/IncomingVerifier.h"

#include "app/gui/viewer/VerificationSettings.h"

#include "signing/keys/TrustStore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

namespace vanthu::gui
{

IncomingVerifier::IncomingVerifier(QString workspaceFolder, bool workOffline, QObject* parent)
    : QObject(parent), m_workspaceFolder(std::move(workspaceFolder)), m_workOffline(workOffline)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(BudgetSeconds * 1000);
    connect(&m_deadline, &QTimer::timeout, this, &IncomingVerifier::budgetSpent);
}

IncomingVerifier::~IncomingVerifier()
{
    m_queue.clear();
    if (m_stops) {
        m_stops->online.store(true);
        m_stops->cancelled.store(true);
    }
}

void IncomingVerifier::enqueue(quint64 id, const QByteArray& pdf)
{
    m_queue.append({id, pdf});
    if (m_running == 0) {
        startNext();
    }
}

void IncomingVerifier::cancel(quint64 id)
{
    const IncomingVerification cancelled{std::nullopt, tr("The check of the signatures was cancelled.")};
    if (id != 0 && id == m_running) {
        if (m_stops) {
            m_stops->online.store(true);
            m_stops->cancelled.store(true);
        }
        finish(cancelled);
        return;
    }
    for (qsizetype index = 0; index < m_queue.size(); ++index) {
        if (m_queue.at(index).first == id) {
            m_queue.removeAt(index);
            Q_EMIT finished(id, cancelled);
            return;
        }
    }
}

void IncomingVerifier::cancelAll()
{
    const QList<std::pair<quint64, QByteArray>> queued = std::exchange(m_queue, {});
    for (const auto& [id, pdf] : queued) {
        Q_EMIT finished(id, IncomingVerification{std::nullopt, tr("The check of the signatures was cancelled.")});
    }
    cancel(m_running);
}

bool IncomingVerifier::isBusy() const
{
    return m_running != 0 || !m_queue.isEmpty();
}

bool IncomingVerifier::isPending(quint64 id) const
{
    return id == m_running
           || std::any_of(m_queue.cbegin(), m_queue.cend(), [id](const auto& queued) { return queued.first == id; });
}

void IncomingVerifier::startNext()
{
    if (m_queue.isEmpty()) {
        return;
    }
    const auto [id, pdf] = m_queue.takeFirst();
    m_running = id;
    m_runningPdf = pdf;
    launch(!m_workOffline, QString());
    if (!m_workOffline) {
        m_deadline.start();
    }
    Q_EMIT started(id);
}

void IncomingVerifier::launch(bool online, const QString& note)
{
    const auto stops = std::make_shared<Stops>();
    m_stops = stops;
    auto* watcher = new QFutureWatcher<IncomingVerification>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, stops, note] {
        watcher->deleteLater();
        if (stops != m_stops) {
            return; // left behind: the budget or Cancel answered for this file already
        }
        IncomingVerification verification = watcher->result();
        if (verification.report && !note.isEmpty()) {
            verification.note = note;
        }
        finish(verification);
    });
    watcher->setFuture(
        QtConcurrent::run([pdf = m_runningPdf, folder = m_workspaceFolder, online, stops]() -> IncomingVerification {
            // Nothing may unwind into the event loop, whatever a hostile file does to the validator.
            try {
                return verify(pdf, folder, online, *stops);
            } catch (const std::exception& exception) {
                return IncomingVerification{std::nullopt, QString::fromLocal8Bit(exception.what())};
            } catch (...) {
                return IncomingVerification{std::nullopt, QStringLiteral("unknown error")};
            }
        }));
}

void IncomingVerifier::budgetSpent()
{
    if (m_running == 0 || !m_stops) {
        return;
    }
    m_stops->online.store(true);
    launch(false, tr("The certification authorities did not answer within %1 seconds.").arg(BudgetSeconds));
}

void IncomingVerifier::finish(const IncomingVerification& verification)
{
    m_deadline.stop();
    const quint64 id = std::exchange(m_running, 0);
    m_runningPdf.clear();
    m_stops.reset();
    startNext();
    Q_EMIT finished(id, verification);
}

IncomingVerification IncomingVerifier::verify(const QByteArray& pdf, const QString& workspaceFolder, bool online,
                                              const Stops& stops)
{
    signing::ValidationOptions options = verificationOptions(workspaceFolder); // anchors of every purpose
    options.checkRevocationOnline = online;
    options.revocationTimeoutSeconds = BudgetSeconds;
    options.cancel = online ? &stops.online : &stops.cancelled;
    auto report = signing::validatePdf(pdf, options);
    if (!report) {
        return IncomingVerification{std::nullopt, report.error().message};
    }
    return IncomingVerification{*report, {}};
}

} // namespace vanthu::gui
