// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vanthu::core
{

/**
 * Builds a ZIP archive in memory (APPNOTE 6.3: local headers, deflated data, central directory), enough for Office
 * Open XML packages. Entry times are fixed at 1980-01-01 so the same content gives the same bytes.
 */
class ZipWriter final
{
public:
    /** Adds a deflated entry. Errors: Internal when zlib fails. */
    [[nodiscard]] Result<void> add(const QString& name, const QByteArray& content);
    /** The finished archive. */
    [[nodiscard]] QByteArray finish();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    QByteArray m_data;
    QList<Entry> m_entries;
};

} // namespace vanthu::core
