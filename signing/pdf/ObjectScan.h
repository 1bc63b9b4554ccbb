// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <vector>

namespace vanthu::signing::pdf
{

/** An "N G obj" header found by scanning the bytes, not through a cross-reference entry. */
struct ScannedHeader
{
    int number = 0;
    int generation = 0;
    qint64 offset = 0; ///< of the object number
};

/**
 * Every "N G obj" that starts a line (after spaces or tabs) in [@p from, @p to) of @p bytes, in file order: where a
 * viewer that rebuilds a damaged file's cross-reference data (poppler reads line by line) finds objects.
 */
[[nodiscard]] std::vector<ScannedHeader> scanObjectHeaders(QByteArrayView bytes, qint64 from, qint64 to);

/** Offsets of every "trailer" keyword that starts a line in @p bytes, in file order. */
[[nodiscard]] std::vector<qint64> scanTrailerKeywords(QByteArrayView bytes);

} // namespace vanthu::signing::pdf
