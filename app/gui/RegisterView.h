// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Direction.h"
#include "core/domain/DocumentId.h"
#include "core/domain/RegisterRow.h"

#include <QFuture>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
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

/**
 * One register (incoming or outgoing): choose the book and the year, order by any column, narrow by type, urgency and
 * a search box that ignores diacritics; details of the selected entry below. The ordered list of entries is built off
 * the GUI thread (a million entries take a second to order by subject), rows are read a page at a time as the table
 * scrolls.
 */
class RegisterView final : public QWidget
{
    Q_OBJECT

public:
    RegisterView(core::Workspace& workspace, core::Direction direction, QWidget* parent = nullptr);
    ~RegisterView() override;

    /** Reloads the series list and the rows. */
    void reload();
    [[nodiscard]] core::Direction direction() const
    {
        return m_direction;
    }
    /** The register book and year shown. */
    [[nodiscard]] QString seriesCode() const;
    [[nodiscard]] int year() const;
    /** True while the entries are being ordered and filtered; listingReady() follows. */
    [[nodiscard]] bool isLoading() const;

Q_SIGNALS:
    /** Enter or a double-click on a row: open that document. */
    void documentActivated(core::DocumentId id);
    /** The rows of the current book, year, order and filters are in the table. */
    void listingReady();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillFilters();
    void loadRows();
    void showListing(quint64 generation, const QList<core::DocumentId>& ids, const QString& error);
    void showSelected();

    core::Workspace& m_workspace;
    core::Direction m_direction;
    QComboBox* m_series;
    QSpinBox* m_year;
    QComboBox* m_type;
    QComboBox* m_urgency;
    QLineEdit* m_search;
    QLabel* m_status;
    QTableView* m_table;
    RegisterTableModel* m_model;
    DocumentDetails* m_details;
    QSplitter* m_splitter;
    QTimer* m_searchDelay;
    core::RegisterOrder m_order = core::RegisterOrder::Number;
    bool m_ascending = false;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_stale = false;           ///< asked to load while hidden: loads when shown
    bool m_indexComplete = true;    ///< false when a search ran before the index had every document
    QList<QFuture<void>> m_pending; ///< listings still running
};

} // namespace vanthu::gui
