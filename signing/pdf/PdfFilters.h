// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/pdf/PdfObject.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace vanthu::signing::pdf
{

/**
 * Decodes stream data by the stream dictionary's /Filter and /DecodeParms. Supports what cross-reference streams,
 * object streams and content streams use in practice: FlateDecode with PNG or TIFF-2 predictors. The output is capped
 * at @p maxOutput bytes so a deflate bomb fails instead of filling memory. Returns nullopt and sets @p error on
 * failure.
 */
[[nodiscard]] std::optional<QByteArray> decodeStream(const PdfObject& dictionary, QByteArrayView raw, qint64 maxOutput,
                                                     QString& error);

/** zlib-compresses @p data (for the streams we write). */
[[nodiscard]] QByteArray deflate(QByteArrayView data);

} // namespace vanthu::signing::pdf
