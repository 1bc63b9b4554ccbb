// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vanthu::render
{

/** The content of an administrative document laid out per NĐ30 Phụ lục I (cells 1–10b, 5a/5b, 7a–7c, 9a/9b). */
struct OfficialDocument
{
    QString parentAgency;    ///< ô 2, first line: governing agency
    QString agency;          ///< ô 2, second line: issuing agency
    QString codeLine;        ///< ô 3: "Số: 05/QĐ-SNV"
    QString placeDateLine;   ///< ô 4: "Hà Nội, ngày 05 tháng 3 năm 2026"
    QString typeTitle;       ///< ô 5a: "QUYẾT ĐỊNH"; empty for a công văn
    QString subject;         ///< ô 5a second line, or ô 5b "V/v …" for a công văn
    QStringList addressees;  ///< ô 9a: "Kính gửi" list (công văn)
    QStringList paragraphs;  ///< ô 6: body
    QString signerAuthority; ///< ô 7a: "KT. GIÁM ĐỐC"; may be empty
    QString signerPosition;  ///< ô 7b: "PHÓ GIÁM ĐỐC"
    QString signerName;      ///< ô 7b: full name
    QStringList recipients;  ///< ô 9b: lines after "Nơi nhận:"
    QString urgencyStamp;    ///< ô 10b: "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"; empty for none
    QString metadataTitle;   ///< PDF document title
};

/**
 * Renders @p document as an A4 PDF with embedded Liberation Serif and a real text layer. Needs a QGuiApplication
 * (the offscreen platform is enough). Errors: Unsupported when the font is missing; Internal when painting fails.
 */
[[nodiscard]] Result<QByteArray> renderOfficialDocument(const OfficialDocument& document);

} // namespace vanthu::render
