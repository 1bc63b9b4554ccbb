// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "signing/pades/PadesSigner.h"

#include <QDateTime>
#include <QImage>
#include <QRectF>
#include <QString>

#include <optional>

namespace vanthu::signing
{

/** The three appearances of Nghị định 30/2020 Phụ lục I, or none (an invisible signature). */
enum class AppearanceKind
{
    None,
    Leader,     ///< the leader's signature image in the signer's cell
    Agency,     ///< the red seal at its real size over the left third of the leader's signature
    Attachment, ///< "<number/symbol>; <time>" at the top right of page 1, no image
};

/** One file to sign, as the CLI and the desktop app describe it. */
struct FileSignJob
{
    QString inputPath;
    QString outputPath;
    AppearanceKind appearance = AppearanceKind::None;
    /** Explicit place: page (0-based) and rectangle in points. Wins over the anchor and the defaults. */
    std::optional<int> pageIndex;
    std::optional<QRectF> rect;
    /** Text whose position places the leader's signature (the signer's title, e.g. "CHỦ TỊCH"). */
    QString anchor;
    QImage image; ///< signature image or seal
    double sealDiameterMillimetres = 36.0;
    QString numberSymbol; ///< for the attachment text, e.g. "05/QĐ-UBND"
    SignRequest request;  ///< digest, time, reason, location, timestamper
};

struct FileSignResult
{
    QString outputPath;
    QString fieldName;
    int pageIndex = -1;
    QRectF rect;
    qint64 bytes = 0;
    bool timestamped = false;
};

/**
 * Reads the input, works out the appearance and its place, signs, and writes the output atomically (temporary file,
 * fsync, rename), refusing to overwrite the input. Needs a QGuiApplication for appearances with text or images.
 */
[[nodiscard]] Result<FileSignResult> signFile(const FileSignJob& job, SigningKey& key);

} // namespace vanthu::signing
