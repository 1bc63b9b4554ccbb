// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include "app/gui/viewer/PdfDocument.h"
#include "signing/verify/Validation.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QPrinter;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace vanthu::gui
{

class PdfView;
class SignaturesPanel;
class ThumbnailModel;

/**
 * A PDF with its page thumbnails on the left, the pages in the middle and its signatures on the right, with zoom
 * (Ctrl++, Ctrl+-, Ctrl+0 fits the width) and text search (Ctrl+F, F3, Shift+F3). It serves both as the main
 * window's document view and, shown on its own, as the "Verify PDF" window: openFile(), the Open button or a PDF
 * dropped on it. Reading and opening the file, drawing and validating all run off the GUI thread; a file poppler
 * cannot show is a message in place of the pages, and its signatures are still checked from the same bytes.
 */
class DocumentViewer final : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentViewer(QWidget* parent = nullptr);
    ~DocumentViewer() override;
    Q_DISABLE_COPY_MOVE(DocumentViewer)

    /** Opens and verifies the PDF at @p path; documentOpened() or openFailed() follows. */
    void openFile(const QString& path);
    /** Opens and verifies @p pdf (e.g. a stored version); @p title names it in the window title. */
    void openData(const QByteArray& pdf, const QString& title);
    /** Shows nothing. */
    void closeDocument();

    /** The validator's options for every document from now on (tests: the test PKI's root). */
    void setValidationOptions(const signing::ValidationOptions& options);
    /** Shows or hides the Open button (hidden inside the main window, which opens documents itself). */
    void setOpenActionVisible(bool visible);
    /**
     * Prints the document shown on @p printer (every page, or the printer's range), page by page with a progress
     * dialog and Cancel. The "Print…" action (Ctrl+P) asks the print dialog first. Errors: see printPdf(); NotFound
     * when no document is shown.
     */
    [[nodiscard]] Result<void> print(QPrinter& printer);

    /** The title of the document shown (file name), empty without one. */
    [[nodiscard]] const QString& title() const
    {
        return m_title;
    }
    [[nodiscard]] PdfView* pdfView() const
    {
        return m_view;
    }
    [[nodiscard]] SignaturesPanel* signaturesPanel() const
    {
        return m_panel;
    }

Q_SIGNALS:
    /** The document's pages are ready to show (its signatures may still be checked). */
    void documentOpened(const QString& title);
    /** The document cannot be shown; @p message says why (its signatures are still checked when it was read). */
    void openFailed(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Opened;
    void open(const std::function<Opened()>& load, const QString& title);
    void showOpened(const Opened& opened);
    void showSignature(const QString& field);
    void chooseFile();
    void updateZoomLabel(double zoom);
    void updateSearchStatus();
    void createActions();

    QString m_title;
    quint64 m_generation = 0;
    QList<SignatureWidgetPlace> m_signaturePlaces;

    QToolBar* m_toolBar;
    QAction* m_openAction = nullptr;
    QLabel* m_zoomLabel;
    QLineEdit* m_searchBox;
    QLabel* m_searchStatus;
    QSplitter* m_splitter;
    QListView* m_thumbnails;
    ThumbnailModel* m_thumbnailModel;
    QStackedWidget* m_pages;
    QLabel* m_message;
    PdfView* m_view;
    SignaturesPanel* m_panel;
};

} // namespace vanthu::gui
