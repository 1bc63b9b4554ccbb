// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/pdf/PdfObject.h"

#include <QDateTime>
#include <QString>

namespace vanthu::signing::pdf
{

/** A PDF text string (ISO 32000-1 §7.9.2.2): plain ASCII as a literal, anything else as UTF-16BE with a BOM. */
[[nodiscard]] PdfObject textString(const QString& text);
/** Decodes a PDF text string (UTF-16BE with BOM, UTF-8 with BOM, or PDFDocEncoding read as Latin-1). */
[[nodiscard]] QString fromTextString(const QByteArray& bytes);
/** A PDF date "D:YYYYMMDDHHmmSS+07'00'" for @p time in Vietnam time, with the full offset. */
[[nodiscard]] QByteArray pdfDate(const QDateTime& time);

} // namespace vanthu::signing::pdf
