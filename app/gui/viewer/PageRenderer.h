// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/viewer/PdfDocument.h"

#include <QImage>
#include <QObject>
#include <QThreadPool>

#include <deque>
#include <memory>

namespace vanthu::gui
{

/**
 * Draws pages off the GUI thread, one at a time on its own worker thread (poppler serialises calls into one document
 * anyway, and one thread leaves the other core to the GUI and the validator). Requests wait in a queue ordered by
 * priority; the view replaces its requests whenever it scrolls, so a page scrolled past is never drawn, and a request
 * already queued is not queued twice. Results arrive on the GUI thread through pageRendered().
 */
class PageRenderer final : public QObject
{
    Q_OBJECT

public:
    /** Who asked: the pages on screen first, then their neighbours, then thumbnails. */
    enum class Priority
    {
        Visible,
        Nearby,
        Thumbnail,
    };
    Q_ENUM(Priority)

    explicit PageRenderer(QObject* parent = nullptr);
    ~PageRenderer() override;
    Q_DISABLE_COPY_MOVE(PageRenderer)

    /** Drops every request and every result still to come of the previous document. */
    void setDocument(std::shared_ptr<const PdfDocument> document);

    /** Asks for page @p page at @p pixelsPerPoint; pageRendered() follows unless the request is dropped first. */
    void request(int page, double pixelsPerPoint, Priority priority);

    /** Drops the queued requests of @p priority (the one being drawn still reports). */
    void dropRequests(Priority priority);

Q_SIGNALS:
    /** @p image is null when poppler could not draw the page. */
    void pageRendered(int page, double pixelsPerPoint, vanthu::gui::PageRenderer::Priority priority,
                      const QImage& image);

private:
    struct Request
    {
        int page = 0;
        double pixelsPerPoint = 1;
        Priority priority = Priority::Visible;
    };

    void startNext();

    QThreadPool m_pool;
    std::shared_ptr<const PdfDocument> m_document;
    std::deque<Request> m_queue;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace vanthu::gui
