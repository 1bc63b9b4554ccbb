// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/Direction.h"

#include <QString>
#include <QStringList>

namespace vanthu::core
{

/**
 * Which documents a series numbers (NĐ30 Điều 15, Phụ lục I II.3): the agency-wide administrative series, the secret
 * series, the shared series of copies, or a series of its own for listed types (each QPPL type, an advisory body).
 */
enum class SeriesScope
{
    General,
    Secret,
    Copies,
    Types,
};

[[nodiscard]] QString seriesScopeKey(SeriesScope scope);
[[nodiscard]] Result<SeriesScope> parseSeriesScope(const QString& text);

/**
 * A numbering series (dãy số) of the agency. Numbers run from 01 on 1 January, are unique per (series, year), and
 * have no gaps. Incoming series give the số đến; outgoing series give the số of issued documents.
 */
struct NumberingSeries
{
    qint64 id = 0;
    QString code; ///< short unique code: "VB", "MAT", "SAO", "QPPL-QD", "DEN"
    QString name; ///< "Văn bản hành chính"
    Direction direction = Direction::Outgoing;
    SeriesScope scope = SeriesScope::General;
    QStringList typeKeys;        ///< for SeriesScope::Types: the document types it numbers
    bool legalNormative = false; ///< numbers văn bản quy phạm pháp luật (one series per QPPL type)
    QString issuerAbbreviation;  ///< ký hiệu issuer when not the agency's own (an advisory body); usually empty
};

} // namespace vanthu::core
