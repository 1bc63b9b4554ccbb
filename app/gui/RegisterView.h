// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Direction.h"
#include "core/domain/DocumentId.h"

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
    [[nodiscard]] core::Direction direction() const
    {
        return m_direction;
    }
    /** The register book and year shown. */
    [[nodiscard]] QString seriesCode() const;
    [[nodiscard]] int year() const;

Q_SIGNALS:
    /** Enter or a double-click on a row: open that document. */
    void documentActivated(core::DocumentId id);

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
