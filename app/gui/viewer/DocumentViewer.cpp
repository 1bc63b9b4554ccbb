// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/viewer/DocumentViewer.h"

#include "app/gui/viewer/PdfPrinting.h"
#include "app/gui/viewer/PdfView.h"
#include "app/gui/viewer/SignaturesPanel.h"
#include "app/gui/viewer/ThumbnailModel.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFuture>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPrinter>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace vanthu::gui
{

/** What opening a document gives the GUI thread: its bytes when they could be read, and poppler's document. */
struct DocumentViewer::Opened
{
    QByteArray bytes;
    std::shared_ptr<const PdfDocument> document;
    QString error;
};

namespace
{

QString localFileOf(const QMimeData* mime)
{
    if (mime == nullptr) {
        return {};
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) {
            return url.toLocalFile();
        }
    }
    return {};
}

} // namespace

DocumentViewer::DocumentViewer(QWidget* parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_zoomLabel(new QLabel(this))
    , m_searchBox(new QLineEdit(this))
    , m_searchStatus(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_thumbnails(new QListView(m_splitter))
    , m_pages(new QStackedWidget(m_splitter))
    , m_message(new QLabel(m_pages))
    , m_view(new PdfView(m_pages))
    , m_panel(new SignaturesPanel(m_splitter))
{
    setObjectName(QStringLiteral("documentViewer"));
    m_splitter->setObjectName(QStringLiteral("viewerSplitter"));
    setAccessibleName(tr("Document viewer"));
    setAcceptDrops(true);
    setWindowTitle(tr("Verify PDF"));

    m_thumbnailModel = new ThumbnailModel(m_view->renderer(), this);
    m_thumbnails->setObjectName(QStringLiteral("thumbnails"));
    m_thumbnails->setAccessibleName(tr("Pages"));
    m_thumbnails->setModel(m_thumbnailModel);
    m_thumbnails->setIconSize(QSize(ThumbnailModel::ThumbnailWidth, ThumbnailModel::ThumbnailWidth * 3 / 2));
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setSpacing(4);
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_thumbnails->setMinimumWidth(ThumbnailModel::ThumbnailWidth + 30);
    m_thumbnails->setMaximumWidth(ThumbnailModel::ThumbnailWidth * 2);

    m_message->setObjectName(QStringLiteral("viewerMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setText(tr("Open a PDF or drop one here to see it and check its signatures."));
    m_pages->addWidget(m_message);
    m_pages->addWidget(m_view);

    m_splitter->addWidget(m_thumbnails);
    m_splitter->addWidget(m_pages);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({ThumbnailModel::ThumbnailWidth + 40, 700, 340});

    m_zoomLabel->setObjectName(QStringLiteral("zoomLevel"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("8888 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Find in document"));
    m_searchBox->setAccessibleName(tr("Find in document"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMaximumWidth(260);
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    createActions();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);

    connect(m_view, &PdfView::zoomChanged, this, &DocumentViewer::updateZoomLabel);
    connect(m_view, &PdfView::searchFinished, this, &DocumentViewer::updateSearchStatus);
    connect(m_view, &PdfView::currentHitChanged, this, &DocumentViewer::updateSearchStatus);
    connect(m_view, &PdfView::currentPageChanged, this, [this](int page) {
        const QModelIndex index = m_thumbnailModel->index(page);
        if (index.isValid() && m_thumbnails->currentIndex() != index) {
            m_thumbnails->setCurrentIndex(index);
            m_thumbnails->scrollTo(index);
        }
    });
    connect(m_thumbnails, &QListView::clicked, this,
            [this](const QModelIndex& index) { m_view->goToPage(index.row()); });
    connect(m_thumbnails, &QListView::activated, this,
            [this](const QModelIndex& index) { m_view->goToPage(index.row()); });
    connect(m_searchBox, &QLineEdit::textChanged, this, [this] {
        m_view->find(QString());
        m_searchStatus->clear();
    });
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        if (m_view->hitCount() > 0) {
            m_view->findNext();
        } else {
            m_view->find(m_searchBox->text());
        }
    });
    connect(m_panel, &SignaturesPanel::signatureActivated, this, &DocumentViewer::showSignature);
    connect(m_panel, &SignaturesPanel::validationFinished, this, [this] {
        const std::shared_ptr<const PdfDocument>& document = m_view->document();
        if (!document || !m_signaturePlaces.isEmpty()) {
            return;
        }
        const quint64 generation = m_generation;
        QtConcurrent::run([document] {
            return document->signatureWidgets();
        }).then(this, [this, generation](const QList<SignatureWidgetPlace>& places) {
            if (generation == m_generation) {
                m_signaturePlaces = places;
            }
        });
    });
    updateZoomLabel(m_view->zoom());
}

DocumentViewer::~DocumentViewer() = default;

void DocumentViewer::createActions()
{
    // Icons from the desktop's theme, Qt's own where the theme has none; the text stays beside them.
    const auto icon = [this](const char* themeName, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(themeName), style()->standardIcon(fallback));
    };
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto add = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        // Inside the main window these keys belong to the viewer only while it (or a child) has the focus.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_openAction = add(tr("Open…"), QKeySequence::keyBindings(QKeySequence::Open), [this] { chooseFile(); });
    m_openAction->setObjectName(QStringLiteral("openPdf"));
    m_openAction->setIcon(icon("document-open", QStyle::SP_DialogOpenButton));
    m_toolBar->addAction(m_openAction);
    QAction* print = add(tr("Print…"), QKeySequence::keyBindings(QKeySequence::Print), [this] {
        if (!m_view->document()) {
            return;
        }
        QPrinter printer(QPrinter::HighResolution);
        askAndPrint(this, *m_view->document(), printer, windowTitle());
    });
    print->setObjectName(QStringLiteral("printPdf"));
    print->setIcon(icon("document-print", QStyle::SP_DialogSaveButton));
    m_toolBar->addAction(print);
    m_toolBar->addSeparator();
    QAction* zoomOut = add(tr("Zoom out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] { m_view->zoomOut(); });
    zoomOut->setIcon(icon("zoom-out", QStyle::SP_ArrowDown));
    m_toolBar->addAction(zoomOut);
    m_toolBar->addWidget(m_zoomLabel);
    QAction* zoomIn =
        add(tr("Zoom in"), {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
            [this] { m_view->zoomIn(); });
    zoomIn->setIcon(icon("zoom-in", QStyle::SP_ArrowUp));
    m_toolBar->addAction(zoomIn);
    QAction* fit = add(tr("Fit width"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { m_view->fitWidth(); });
    fit->setIcon(icon("zoom-fit-width", QStyle::SP_TitleBarMaxButton));
    m_toolBar->addAction(fit);
    m_toolBar->addSeparator();
    add(tr("Find"), QKeySequence::keyBindings(QKeySequence::Find), [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    m_toolBar->addWidget(m_searchBox);
    QAction* previous =
        add(tr("Previous"), QKeySequence::keyBindings(QKeySequence::FindPrevious), [this] { m_view->findPrevious(); });
    QAction* next = add(tr("Next"), QKeySequence::keyBindings(QKeySequence::FindNext), [this] {
        if (m_view->hitCount() == 0 && !m_searchBox->text().isEmpty()) {
            m_view->find(m_searchBox->text());
        } else {
            m_view->findNext();
        }
    });
    previous->setIcon(icon("go-up", QStyle::SP_ArrowBack));
    next->setIcon(icon("go-down", QStyle::SP_ArrowForward));
    m_toolBar->addAction(previous);
    m_toolBar->addAction(next);
    m_toolBar->addWidget(m_searchStatus);
}

Result<void> DocumentViewer::print(QPrinter& printer)
{
    const std::shared_ptr<const PdfDocument> document = m_view->document();
    if (!document) {
        return Error{ErrorCode::NotFound, tr("Open a document to print it."), QStringLiteral("no document")};
    }
    return printWithProgress(this, *document, printer);
}

void DocumentViewer::setOpenActionVisible(bool visible)
{
    m_openAction->setVisible(visible);
}

void DocumentViewer::setValidationOptions(const signing::ValidationOptions& options)
{
    m_panel->setValidationOptions(options);
}

void DocumentViewer::openFile(const QString& path)
{
    open(
        [path] {
            Opened opened;
            auto bytes = PdfDocument::readFile(path);
            if (!bytes) {
                opened.error = bytes.error().message;
                return opened;
            }
            opened.bytes = *bytes;
            auto document = PdfDocument::open(opened.bytes);
            if (document) {
                opened.document = *document;
            } else {
                opened.error = document.error().message;
            }
            return opened;
        },
        QFileInfo(path).fileName());
}

void DocumentViewer::openData(const QByteArray& pdf, const QString& title)
{
    open(
        [pdf] {
            Opened opened;
            opened.bytes = pdf;
            auto document = PdfDocument::open(pdf);
            if (document) {
                opened.document = *document;
            } else {
                opened.error = document.error().message;
            }
            return opened;
        },
        title);
}

void DocumentViewer::closeDocument()
{
    ++m_generation;
    m_title.clear();
    m_signaturePlaces.clear();
    m_searchBox->clear();
    m_view->setDocument(nullptr);
    m_thumbnailModel->setDocument(nullptr);
    m_panel->clear();
    m_message->setText(tr("Open a PDF or drop one here to see it and check its signatures."));
    m_pages->setCurrentWidget(m_message);
    setWindowTitle(tr("Verify PDF"));
}

void DocumentViewer::open(const std::function<Opened()>& load, const QString& title)
{
    closeDocument();
    const quint64 generation = m_generation;
    m_title = title;
    setWindowTitle(tr("%1 — Verify PDF").arg(title));
    m_message->setText(tr("Opening %1…").arg(title));
    QtConcurrent::run([load] {
        // Nothing may unwind into the event loop, whatever poppler or the allocator does with a hostile file.
        try {
            return load();
        } catch (const std::exception& exception) {
            return Opened{{}, nullptr, QString::fromLocal8Bit(exception.what())};
        } catch (...) {
            return Opened{{}, nullptr, QStringLiteral("unknown error")};
        }
    }).then(this, [this, generation](const Opened& opened) {
        if (generation == m_generation) {
            showOpened(opened);
        }
    });
}

void DocumentViewer::showOpened(const Opened& opened)
{
    if (opened.document) {
        // Shown first, so that fitting the width measures the real viewport.
        m_pages->setCurrentWidget(m_view);
        m_view->setDocument(opened.document);
        m_thumbnailModel->setDocument(opened.document);
        Q_EMIT documentOpened(m_title);
    } else {
        m_message->setText(tr("%1 cannot be shown. %2").arg(m_title, opened.error));
        Q_EMIT openFailed(opened.error);
    }
    if (!opened.bytes.isEmpty()) {
        m_panel->validate(opened.bytes);
    }
}

void DocumentViewer::showSignature(const QString& field)
{
    for (const SignatureWidgetPlace& place : m_signaturePlaces) {
        if (place.field == field && place.rect.isValid()) {
            m_view->showArea(place.page, place.rect);
            return;
        }
    }
}

void DocumentViewer::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a PDF"), QString(), tr("PDF documents (*.pdf);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void DocumentViewer::updateZoomLabel(double zoom)
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
}

void DocumentViewer::updateSearchStatus()
{
    if (m_searchBox->text().isEmpty()) {
        m_searchStatus->clear();
    } else if (m_view->hitCount() == 0) {
        m_searchStatus->setText(tr("Not found"));
    } else {
        m_searchStatus->setText(tr("%1 of %2").arg(m_view->currentHit() + 1).arg(m_view->hitCount()));
    }
}

void DocumentViewer::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFileOf(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void DocumentViewer::dropEvent(QDropEvent* event)
{
    const QString path = localFileOf(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        openFile(path);
    }
}

} // namespace vanthu::gui
