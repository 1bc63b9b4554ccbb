// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditEntry.h"

#include "core/domain/Document.h"

#include <QTextBrowser>

namespace vanthu::core
{
class Workspace;
}

namespace vanthu::gui
{

/** The metadata of one document as a clerk reads it: register facts, Phụ lục VI fields, attachments, history. */
class DocumentDetails final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DocumentDetails(QWidget* parent = nullptr);
    /** The document and, when given, its history from the audit trail (who did what, when). */
    void showDocument(const core::DocumentRecord& record, const QList<core::AuditEntry>& history = {});
    /** Loads document @p id from @p workspace and shows it, or the reason it cannot be read. */
    void showDocument(core::Workspace& workspace, core::DocumentId id);
    void showMessage(const QString& message);
};

} // namespace vanthu::gui
