// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/viewer/PageRenderer.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace vanthu::gui
{

namespace
{

/** Thumbnails requested while scrolling fast through a long document: only the newest are worth drawing. */
constexpr std::size_t MaxQueuedThumbnails = 48;

} // namespace

PageRenderer::PageRenderer(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("vanthu-page-renderer"));
}

PageRenderer::~PageRenderer()
{
    m_queue.clear();
    m_pool.waitForDone();
}

void PageRenderer::setDocument(std::shared_ptr<const PdfDocument> document)
{
    m_document = std::move(document);
    m_queue.clear();
    ++m_generation;
    // A page of the previous document still being drawn finishes on the worker and is then dropped.
    m_running = false;
}

void PageRenderer::request(int page, double pixelsPerPoint, Priority priority)
{
    if (!m_document || page < 0 || page >= m_document->pageCount()) {
        return;
    }
    const bool queued = std::any_of(m_queue.begin(), m_queue.end(), [&](const Request& request) {
        return request.page == page && request.pixelsPerPoint == pixelsPerPoint && request.priority == priority;
    });
    if (queued) {
        return;
    }
    m_queue.push_back(Request{page, pixelsPerPoint, priority});
    if (priority == Priority::Thumbnail) {
        const auto thumbnails = std::count_if(m_queue.begin(), m_queue.end(), [](const Request& request) {
            return request.priority == Priority::Thumbnail;
        });
        if (static_cast<std::size_t>(thumbnails) > MaxQueuedThumbnails) {
            m_queue.erase(std::find_if(m_queue.begin(), m_queue.end(),
                                       [](const Request& request) { return request.priority == Priority::Thumbnail; }));
        }
    }
    startNext();
}

void PageRenderer::dropRequests(Priority priority)
{
    std::erase_if(m_queue, [priority](const Request& request) { return request.priority == priority; });
}

void PageRenderer::startNext()
{
    if (m_running || m_queue.empty()) {
        return;
    }
    const auto next = std::min_element(m_queue.begin(), m_queue.end(),
                                       [](const Request& a, const Request& b) { return a.priority < b.priority; });
    const Request request = *next;
    m_queue.erase(next);
    m_running = true;
    const quint64 generation = m_generation;
    QtConcurrent::run(&m_pool, [document = m_document, request] {
        return document->render(request.page, request.pixelsPerPoint);
    }).then(this, [this, generation, request](const QImage& image) {
        if (generation != m_generation) {
            return;
        }
        m_running = false;
        Q_EMIT pageRendered(request.page, request.pixelsPerPoint, request.priority, image);
        startNext();
    });
}

} // namespace vanthu::gui
