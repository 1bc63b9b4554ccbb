// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/registration/IncomingVerifier.h"

#include "signing/keys/TrustStore.h"

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
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_stops) {
            m_stops->online.store(true);
        }
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &IncomingVerifier::runFinished);
}

IncomingVerifier::~IncomingVerifier()
{
    m_queue.clear();
    if (m_stops) {
        m_stops->online.store(true);
        m_stops->cancelled.store(true);
    }
    m_watcher.disconnect(this);
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
    if (id == m_running && m_stops) {
        m_stops->online.store(true);
        m_stops->cancelled.store(true);
        return; // runFinished() reports it
    }
    for (qsizetype index = 0; index < m_queue.size(); ++index) {
        if (m_queue.at(index).first == id) {
            m_queue.removeAt(index);
            Q_EMIT finished(id, IncomingVerification{std::nullopt, tr("The check of the signatures was cancelled.")});
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
    m_stops = std::make_shared<Stops>();
    m_watcher.setFuture(QtConcurrent::run([pdf, folder = m_workspaceFolder, online = !m_workOffline, stops = m_stops] {
        // Nothing may unwind into the event loop, whatever a hostile file does to the validator.
        try {
            return verify(pdf, folder, online, *stops);
        } catch (const std::exception& exception) {
            return IncomingVerification{std::nullopt, QString::fromLocal8Bit(exception.what())};
        } catch (...) {
            return IncomingVerification{std::nullopt, QStringLiteral("unknown error")};
        }
    }));
    m_deadline.start();
    Q_EMIT started(id);
}

void IncomingVerifier::runFinished()
{
    m_deadline.stop();
    const quint64 id = std::exchange(m_running, 0);
    m_stops.reset();
    const IncomingVerification verification = m_watcher.result();
    startNext();
    Q_EMIT finished(id, verification);
}

IncomingVerification IncomingVerifier::verify(const QByteArray& pdf, const QString& workspaceFolder, bool online,
                                              const Stops& stops)
{
    const IncomingVerification cancelled{std::nullopt, tr("The check of the signatures was cancelled.")};
    signing::ValidationOptions options;
    options.trustAnchorsDer = signing::TrustStore::anchorsFor(workspaceFolder);
    options.revocationTimeoutSeconds = BudgetSeconds;
    if (online) {
        options.checkRevocationOnline = true;
        options.cancel = &stops.online;
        auto report = signing::validatePdf(pdf, options);
        if (stops.cancelled) {
            return cancelled;
        }
        if (report) {
            report->online = true;
            return IncomingVerification{*report, {}};
        }
        if (report.error().code != ErrorCode::Cancelled) {
            return IncomingVerification{std::nullopt, report.error().message};
        }
        // The budget ran out: the offline answer needs no network, and says that revocation is not yet checked.
    }
    options.checkRevocationOnline = false;
    options.cancel = &stops.cancelled;
    auto report = signing::validatePdf(pdf, options);
    if (stops.cancelled) {
        return cancelled;
    }
    if (!report) {
        return IncomingVerification{std::nullopt, report.error().message};
    }
    report->online = false;
    return IncomingVerification{
        *report,
        online ? tr("The certification authorities did not answer within %1 seconds.").arg(BudgetSeconds) : QString()};
}

} // namespace vanthu::gui
