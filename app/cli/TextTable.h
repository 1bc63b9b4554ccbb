// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vanthu::cli
{

/** Lays out rows as aligned columns for the terminal; the last column is not padded. */
class TextTable final
{
public:
    explicit TextTable(QStringList headers);
    void addRow(QStringList cells);
    [[nodiscard]] QStringList lines() const;

    /** Cuts @p text to @p width characters, marking the cut with "…". */
    [[nodiscard]] static QString elide(const QString& text, int width);

private:
    QList<QStringList> m_rows;
};

} // namespace vanthu::cli
