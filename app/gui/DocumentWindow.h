// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Document.h"
#include "core/domain/DocumentId.h"

#include <QList>
#include <QMainWindow>

#include <optional>

class QComboBox;

namespace vanthu::core
{
class Workspace;
}

namespace vanthu::gui
{

class DocumentDetails;
class DocumentViewer;
class StoredChecksPanel;

/**
 * One registered document: its metadata, attachments and audit history on the left, the chosen attachment in the PDF
 * viewer with its signatures panel on the right. Opened from a register (Enter or double-click).
 */
class DocumentWindow final : public QMainWindow
{
    Q_OBJECT

public:
    DocumentWindow(core::Workspace& workspace, core::DocumentId id, QWidget* parent = nullptr);

    [[nodiscard]] DocumentViewer* viewer() const
    {
        return m_viewer;
    }
    [[nodiscard]] StoredChecksPanel* storedChecks() const
    {
        return m_checks;
    }

    /**
     * Adds @p path to the document as a new version of file @p replaces (its ordinal) or as a new file, with
     * @p reason, on a worker (core::FileAdditionService); true when it was added. The window shows the new file.
     */
    bool addFile(const QString& path, std::optional<int> replaces, const QString& reason);

Q_SIGNALS:
    /** A file was added: the register's row may show another signature status. */
    void fileAdded();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showAttachment(int index);
    /** Reads the document and its history again and shows them; nullopt (and a message) when it cannot be read. */
    std::optional<core::DocumentRecord> showDetails();
    /** Reads the document again (details, history, files) and shows file @p attachmentIndex. */
    void reload(int attachmentIndex = 0);
    /** Asks for a PDF, whether it is a new version of the file shown, and the reason; then addFile(). */
    void askForFile();

    core::Workspace& m_workspace;
    core::DocumentId m_id;
    QList<core::AttachmentRecord> m_attachmentRecords; ///< read once with the document
    DocumentDetails* m_details;
    QComboBox* m_attachments;
    DocumentViewer* m_viewer;
    StoredChecksPanel* m_checks = nullptr;
};

} // namespace vanthu::gui
