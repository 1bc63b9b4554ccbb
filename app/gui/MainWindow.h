// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DocumentId.h"
#include "core/registers/RegisterService.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QListWidget;
class QPrinter;
class QStackedWidget;

namespace vanthu::core
{
class Workspace;
}

namespace vanthu::gui
{

class RegisterView;
class SearchView;

/**
 * The main window: Văn bản đến, Văn bản đi and Tìm kiếm, each a page of the navigation on the left; menus for
 * registering, issuing, signing, verifying and exporting; PDFs dropped on it are registered as incoming documents.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(core::Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens the registered document @p id in its own window (metadata, history, viewer, signatures). */
    void openDocument(core::DocumentId id);
    /** Opens a PDF from disk in a viewer window and verifies its signatures. */
    void openPdf(const QString& path);
    /** Registers PDFs as incoming documents (the registration dialog, prefilled from their text). */
    void registerIncoming(const QStringList& pdfs);
    /** Backs the workspace up into a new folder inside @p parentFolder (File → Back up, after its folder dialog). */
    void backUpInto(const QString& parentFolder);
    /** Closes the window so that the application restores @p backupFolder over the workspace and opens it again. */
    void requestRestore(const QString& backupFolder);
    /** The backup to restore once this window has closed; empty when none was asked for. */
    [[nodiscard]] const QString& pendingRestore() const
    {
        return m_pendingRestore;
    }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showPage(int page);
    void createMenus();
    /** Issues a leader-signed PDF from a file, or @p draft, a document the leader signed in the workspace. */
    bool issueOutgoing(QWidget* parent = nullptr, const std::optional<core::DocumentRecord>& draft = {});
    /** The outgoing documents waiting to be issued: add a draft, the leader signs it, the clerk issues it. */
    void showDrafts();
    void backUp();
    void chooseRestore();
    /** The register on screen (book and year), for printing and export. */
    [[nodiscard]] core::RegisterSelection currentSelection() const;
    [[nodiscard]] QPrinter& printer();
    [[nodiscard]] RegisterView* currentRegister() const;

    core::Workspace& m_workspace;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    RegisterView* m_incoming;
    RegisterView* m_outgoing;
    SearchView* m_search;
    std::unique_ptr<QPrinter> m_printer;
    QString m_pendingRestore;
};

} // namespace vanthu::gui
