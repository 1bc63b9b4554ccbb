// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Document.h"
#include "core/domain/DocumentId.h"

#include <QList>
#include <QMainWindow>

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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showAttachment(int index);

    core::Workspace& m_workspace;
    QList<core::AttachmentRecord> m_attachmentRecords; ///< read once with the document
    DocumentDetails* m_details;
    QComboBox* m_attachments;
    DocumentViewer* m_viewer;
    StoredChecksPanel* m_checks = nullptr;
};

} // namespace vanthu::gui
