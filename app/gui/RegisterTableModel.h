// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RegisterRow.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <optional>

namespace vanthu::gui
{

/**
 * Rows of a register or a search, fetched a page at a time as the view scrolls, so a register of a million entries
 * opens instantly. The page source is a function so the same model serves registers and search results.
 */
class RegisterTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** Returns the rows after @p after (nullopt: from the start), at most @p limit; sets @p more if there may be more.
     */
    using PageSource =
        std::function<QList<core::RegisterRow>(const std::optional<core::RegisterRow>& after, int limit, bool& more)>;

    enum Column
    {
        NumberColumn,
        DateColumn,
        CodeColumn,
        SubjectColumn,
        PartyColumn,
        UrgencyColumn,
        SignatureColumn, ///< the latest stored check of the signatures: green, yellow, red, or not checked
        ColumnCount
    };

    /** @p direction: the register shown, or nullopt for search results from both registers. */
    explicit RegisterTableModel(std::optional<core::Direction> direction, QObject* parent = nullptr);

    /** Replaces the rows with those of @p source, loading the first page at once. */
    void setSource(PageSource source);

    [[nodiscard]] const core::RegisterRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    /** Asks the owner for another order (sortRequested); the rows stay until it sets a new source. */
    void sort(int column, Qt::SortOrder order) override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    /** A header was clicked: the owner reads the rows again in that order. */
    void sortRequested(int column, Qt::SortOrder order);

private:
    std::optional<core::Direction> m_direction;
    PageSource m_source;
    QList<core::RegisterRow> m_rows;
    bool m_more = false;
};

} // namespace vanthu::gui
