// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Direction.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QTableView;

namespace vanthu::core
{
class Workspace;
}

namespace vanthu::gui
{

class DocumentDetails;
class RegisterTableModel;

/** One register (incoming or outgoing): choose the book and the year, newest entries first, details below. */
class RegisterView final : public QWidget
{
    Q_OBJECT

public:
    RegisterView(core::Workspace& workspace, core::Direction direction, QWidget* parent = nullptr);

    /** Reloads the series list and the rows. */
    void reload();

private:
    void loadRows();
    void showSelected();

    core::Workspace& m_workspace;
    core::Direction m_direction;
    QComboBox* m_series;
    QSpinBox* m_year;
    QTableView* m_table;
    RegisterTableModel* m_model;
    DocumentDetails* m_details;
};

} // namespace vanthu::gui
