// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>

namespace vanthu::render
{

/**
 * Signature appearances per Nghị định 30/2020 Phụ lục I, drawn as one-page PDFs the signer imports as the widget's
 * appearance (so fonts are embedded and subset by Qt's PDF writer, with every Vietnamese glyph). Needs a
 * QGuiApplication (offscreen is enough).
 */

/**
 * The leader's signature image (blue, transparent PNG) or the agency's red seal, scaled to fit @p sizePoints with
 * its aspect ratio kept and centred. Errors: InvalidInput for a null image.
 */
[[nodiscard]] Result<QByteArray> imageAppearance(const QImage& image, QSizeF sizePoints);

/**
 * The agency signature on an attachment in a separate file: "<number/symbol>; <time>" in the Times-compatible serif
 * (Liberation Serif), size 10, upright, black, on one line. @p sizePoints comes from attachmentTextSize().
 */
[[nodiscard]] Result<QByteArray> attachmentTextAppearance(const QString& text, QSizeF sizePoints);

/** The box @p text needs in the attachment style (10 pt serif plus a small margin). */
[[nodiscard]] Result<QSizeF> attachmentTextSize(const QString& text);

/**
 * A filled form field of an issued document (the number in ô 3, the day, month and year in ô 4): @p text centred in
 * @p sizePoints, Liberation Serif 13 pt (smaller when it would not fit), italic for the date as Phụ lục I prescribes.
 */
[[nodiscard]] Result<QByteArray> fieldTextAppearance(const QString& text, QSizeF sizePoints, bool italic);

} // namespace vanthu::render
