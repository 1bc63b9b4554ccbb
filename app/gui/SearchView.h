// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace vanthu::core
{
class Workspace;
}

namespace vanthu::gui
{

class DocumentDetails;
class RegisterTableModel;

/** Full-text search across both registers as the clerk types, with or without diacritics. */
class SearchView final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchView(core::Workspace& workspace, QWidget* parent = nullptr);
    void focusSearch();

private:
    void runSearch();
    void showSelected();

    core::Workspace& m_workspace;
    QLineEdit* m_query;
    QComboBox* m_register;
    QTableView* m_table;
    RegisterTableModel* m_model;
    DocumentDetails* m_details;
    QTimer* m_debounce;
};

} // namespace vanthu::gui
