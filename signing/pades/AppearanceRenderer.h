// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

namespace vanthu::signing
{

/**
 * Paints signature appearances as one-page PDFs (PadesSigner imports them). Implemented with Qt Gui in render/
 * (QtAppearanceRenderer), so signing itself needs no Gui: an invisible signature never loads it.
 */
class AppearanceRenderer
{
public:
    virtual ~AppearanceRenderer() = default;

    /** The pixel size of the image in @p imageFile (PNG or another format Qt reads). Errors: unreadable image. */
    [[nodiscard]] virtual Result<QSizeF> imageSize(const QByteArray& imageFile) const = 0;
    /** The image, scaled to fit @p size with its aspect kept and centred. */
    [[nodiscard]] virtual Result<QByteArray> imageAppearance(const QByteArray& imageFile, QSizeF size) const = 0;
    /** The box the attachment text needs (10 pt serif). */
    [[nodiscard]] virtual Result<QSizeF> attachmentTextSize(const QString& text) const = 0;
    [[nodiscard]] virtual Result<QByteArray> attachmentTextAppearance(const QString& text, QSizeF size) const = 0;
    /** A filled number or date field (13 pt serif, italic for the date). */
    [[nodiscard]] virtual Result<QByteArray> fieldTextAppearance(const QString& text, QSizeF size,
                                                                 bool italic) const = 0;
};

/** Millimetres to PDF points. */
[[nodiscard]] constexpr double millimetresToPoints(double millimetres)
{
    return millimetres / 25.4 * 72.0;
}

} // namespace vanthu::signing
